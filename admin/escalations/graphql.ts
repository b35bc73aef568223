import type { ResourceDefinition } from '../resource-definition';

export const escalationResource: ResourceDefinition = {
  type: 'Escalation',
  plural: 'Escalations',
  fields: 'id status reason question answer assigneeName assigneePosition dueAt isOverdue createdAt caseId version',
  filterType: 'EscalationFilter',
};
