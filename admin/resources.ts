import { apiKeyResource } from './api-keys';
import { auditEventResource } from './audit-events';
import { briefVersionResource } from './briefs';
import { clientResource } from './clients';
import { platformResource } from './platforms';
import type { ResourceDefinition } from './resource-definition';
import { userResource } from './users';
import { replyResource, situationResource } from './situations';
import { caseStoryResource } from './case-stories';
import { caseResource } from './cases';
import { escalationResource } from './escalations';
import { representativeResource } from './representatives';

/** react-admin resource name → how it maps onto the GraphQL API. */
export const resourceDefinitions: Record<string, ResourceDefinition> = {
  clients: clientResource,
  users: userResource,
  'api-keys': apiKeyResource,
  'audit-events': auditEventResource,
  platforms: platformResource,
  situations: situationResource,
  replies: replyResource,
  'brief-versions': briefVersionResource,
  representatives: representativeResource,
  cases: caseResource,
  escalations: escalationResource,
  'case-stories': caseStoryResource,
};
