import { apiKeys } from './api-keys';
import { auditEvents } from './audit-events';
import { brief, briefVersions } from './briefs';
import { caseStories } from './case-stories';
import { certificates, questionCategories, questions, quizAttempts, quizzes } from './certification';
import { cases } from './cases';
import { clients } from './clients';
import { escalations } from './escalations';
import { myQuestions } from './my-questions';
import { platforms } from './platforms';
import { kpiRevisions } from './kpi-revisions';
import { reports } from './reports';
import { metricEntries } from './metric-entries';
import { posts } from './posts';
import type { AdminResource } from './registry/admin-resource';
import type { ResourceDefinition } from './resource-definition';
import { representatives } from './representatives';
import { replies, situations } from './situations';
import { users } from './users';
import { webhookDeliveries, webhookEndpoints } from './webhooks';

/**
 * The registry: every resource of the panel, each declared in its own folder's index.ts. Adding a
 * resource is a folder and one line here; the App, the Menu, the data provider and the i18n
 * provider read nothing else.
 */
export const adminResources: readonly AdminResource[] = [
  cases,
  myQuestions,
  escalations,
  caseStories,
  brief,
  briefVersions,
  situations,
  replies,
  platforms,
  representatives,
  clients,
  users,
  apiKeys,
  webhookEndpoints,
  webhookDeliveries,
  auditEvents,
  questionCategories,
  questions,
  quizzes,
  quizAttempts,
  certificates,
  metricEntries,
  posts,
  reports,
  kpiRevisions,
];

/** react-admin resource name → how it maps onto the GraphQL API (for the data provider). */
export const resourceDefinitions: Record<string, ResourceDefinition> = Object.fromEntries(
  adminResources.flatMap((resource) => (resource.graphql ? [[resource.name, resource.graphql]] : [])),
);

/** The resource whose records have this GraphQL type ("Situation" → situations), for links. */
export function resourceOfType(type: string): AdminResource | undefined {
  return adminResources.find((resource) => resource.graphql?.type === type);
}
