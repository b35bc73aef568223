import type { ResourceDefinition } from '../resource-definition';

export const auditEventResource: ResourceDefinition = {
  type: 'AuditEvent',
  plural: 'AuditEvents',
  fields: 'id createdAt actorType actorLabel actorName entityType entityId action before after',
  filterType: 'AuditEventFilter',
};
