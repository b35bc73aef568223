import { ErrorReason } from '../../common/error-reasons';
import { conflict } from '../../common/errors';
import { ReportStatus, type Report } from './report.entity';

/** What can happen to a report; each is one operation of the API. */
export enum ReportAction {
  EDIT = 'updateReport',
  SUBMIT = 'submitReport',
  ACCEPT = 'acceptReport',
  RETURN = 'returnReport',
}

/** DRAFT → SUBMITTED → ACCEPTED, or SUBMITTED → RETURNED → (edited) → SUBMITTED. */
export const REPORT_ACTIONS: Record<ReportStatus, ReportAction[]> = {
  [ReportStatus.DRAFT]: [ReportAction.EDIT, ReportAction.SUBMIT],
  [ReportStatus.SUBMITTED]: [ReportAction.ACCEPT, ReportAction.RETURN],
  [ReportStatus.RETURNED]: [ReportAction.EDIT, ReportAction.SUBMIT],
  [ReportStatus.ACCEPTED]: [],
};

const WHAT: Record<ReportAction, string> = {
  [ReportAction.EDIT]: 'edit it (updateReport)',
  [ReportAction.SUBMIT]: 'submit it for review (submitReport)',
  [ReportAction.ACCEPT]: 'accept it (acceptReport)',
  [ReportAction.RETURN]: 'return it with comments (returnReport)',
};

/** Refuses an action the report's state does not allow, saying what it does allow. */
export function assertReportAllows(report: Report, action: ReportAction): void {
  const allowed = REPORT_ACTIONS[report.status];
  if (allowed.includes(action)) return;
  const from = allowed.length ? `From ${report.status} you can ${allowed.map((next) => WHAT[next]).join(' or ')}.` : 'It is accepted and final.';
  throw conflict(`The report is ${report.status}, which does not allow ${action}. ${from}`, {
    reason: ErrorReason.ILLEGAL_TRANSITION,
    status: report.status,
    allowedActions: allowed,
  });
}
