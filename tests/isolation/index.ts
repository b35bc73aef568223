import { argumentBaseCases } from './argument-base.cases';
import { briefCases } from './briefs.cases';
import { foundationCases } from './foundation.cases';
import type { IsolationCase } from './harness';
import { platformCases } from './platforms.cases';
import { crmCaseCases } from './crm-cases.cases';
import { crmPeopleCases } from './crm-people.cases';
import { matchingCases } from './matching.cases';
import { crmIntegrationCases } from './crm-integration.cases';
import { bulkAndRoutingCases } from './bulk-and-routing.cases';
import { deleteCases } from './deletes.cases';
import { notificationCases } from './notifications.cases';
import { certificationStandardCases } from './certification-standard.cases';
import { certificationCases } from './certification.cases';
import { kpiCases } from './kpis.cases';
import { kpiRevisionCases } from './kpi-revisions.cases';
import { onBehalfCases, webhookCases } from './webhooks.cases';
import { reportCases } from './reports.cases';
import { analyticsCases } from './analytics.cases';

/** Every module's isolation cases; each module adds its file here. */
export const isolationCases: IsolationCase<any>[] = [
  ...foundationCases,
  ...platformCases,
  ...argumentBaseCases,
  ...briefCases,
  ...crmPeopleCases,
  ...crmCaseCases,
  ...matchingCases,
  ...crmIntegrationCases,
  ...bulkAndRoutingCases,
  ...deleteCases,
  ...notificationCases,
  ...certificationStandardCases,
  ...certificationCases,
  ...kpiCases,
  ...kpiRevisionCases,
  ...webhookCases,
  ...onBehalfCases,
  ...reportCases,
  ...analyticsCases,
];
