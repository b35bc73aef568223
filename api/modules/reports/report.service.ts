import { IsNull } from 'typeorm';
import { ErrorReason } from '../../common/error-reasons';
import { badInput, conflict, forbidden } from '../../common/errors';
import { isUuid } from '../../common/ids';
import { paginate, SortOrder, type ListMetadata } from '../../common/list';
import type { TransactionScope } from '../../common/transaction-scope';
import type { RequestContext } from '../../context';
import { periodRange } from '../kpis/client-days';
import { KpiPeriod } from '../kpis/kpi-metric';
import { Platform } from '../platforms/platform.entity';
import { Representative } from '../representatives/representative.entity';
import { Role } from '../users/role';
import { figuresFromFacts } from './report-figures';
import { NotificationKind } from '../notifications/notification-kind';
import { notify, prSpecialistsOf } from '../notifications/notify';
import { recordEvent } from '../webhooks/record-event';
import { WebhookEventType } from '../webhooks/webhook-event-type';
import { assertReportAllows, ReportAction } from './report-lifecycle';
import { Report, ReportStatus } from './report.entity';
import type { CreateReportInput, ReportCommentInput, ReportFilter, ReportListArgs, UpdateReportInput } from './report.inputs';

const SORTABLE = { firstDay: 'report.firstDay', status: 'report.status', submittedAt: 'report.submittedAt', createdAt: 'report.createdAt' };

const isReviewer = (context: RequestContext) => context.hasRole(Role.PR_SPECIALIST);

function ownRepresentative(context: RequestContext): Promise<Representative | null> {
  return context.tenant.findOne(Representative, { where: { userId: context.user.id } });
}

/** A representative reads their own reports only; a PR specialist reads all of the client's. */
async function readableReports(context: RequestContext, filter: ReportFilter = {}) {
  const query = context.tenant.query(Report, 'report');
  const own = filter.mine || !isReviewer(context) || filter.awaitingReview ? await ownRepresentative(context) : null;
  if (filter.mine || !isReviewer(context)) query.andWhere('report.representativeId = :own', { own: own?.id ?? null });
  if (filter.awaitingReview) {
    query.andWhere('report.status = :submitted', { submitted: ReportStatus.SUBMITTED });
    if (own) query.andWhere('report.representativeId <> :self', { self: own.id });
  }
  if (filter.ids) query.andWhere('report.id = ANY(:ids)', { ids: filter.ids.filter(isUuid) });
  if (filter.status) query.andWhere('report.status = :status', { status: filter.status });
  if (filter.representativeId) query.andWhere('report.representativeId = :representativeId', { representativeId: isUuid(filter.representativeId) ? filter.representativeId : null });
  if (filter.platformId) query.andWhere('report.platformId = :platformId', { platformId: isUuid(filter.platformId) ? filter.platformId : null });
  return query;
}

export async function listReports(context: RequestContext, args: ReportListArgs): Promise<Report[]> {
  return paginate(await readableReports(context, args.filter), args, SORTABLE, { field: 'firstDay', order: SortOrder.DESC }).getMany();
}

export async function countReports(context: RequestContext, filter?: ReportFilter): Promise<ListMetadata> {
  return { count: await (await readableReports(context, filter)).getCount() };
}

async function assertMayRead(context: RequestContext, report: Report): Promise<void> {
  if (isReviewer(context)) return;
  const own = await ownRepresentative(context);
  if (own?.id !== report.representativeId) throw forbidden("This is another representative's report: a representative reads only their own.", { reason: ErrorReason.NOT_YOUR_REPORT });
}

export async function getReport(context: RequestContext, id: string): Promise<Report> {
  const report = await context.tenant.get(Report, id);
  await assertMayRead(context, report);
  return report;
}

/** Whose report: its representative's staff account. */
async function authorOf(transaction: TransactionScope, report: Report): Promise<string> {
  return (await transaction.tenant.get(Representative, report.representativeId)).userId;
}

async function reportFor(transaction: TransactionScope, context: RequestContext, id: string, action: ReportAction, expectedVersion: number): Promise<Report> {
  const report = await transaction.tenant.get(Report, id, 'pessimistic_write');
  const author = await authorOf(transaction, report);
  const reviewing = action === ReportAction.ACCEPT || action === ReportAction.RETURN;
  if (reviewing && author === context.user.id) {
    throw forbidden('Nobody accepts or returns their own report: another PR specialist reviews it.', { reason: ErrorReason.OWN_REPORT });
  }
  if (!reviewing && author !== context.user.id) {
    throw forbidden("This is another representative's report: only its author edits and submits it.", { reason: ErrorReason.NOT_YOUR_REPORT });
  }
  assertReportAllows(report, action);
  if (report.version !== expectedVersion) {
    throw conflict(`The report was changed since you read it (version ${expectedVersion}, now ${report.version}): reload it and try again.`, {
      reason: ErrorReason.STALE_VERSION,
      currentVersion: report.version,
    });
  }
  return report;
}

/** The representative reported on: a representative always themselves; a PR specialist whom they name. */
async function representativeFor(context: RequestContext, representativeId: string | null | undefined): Promise<Representative> {
  const own = await ownRepresentative(context);
  if (representativeId && isReviewer(context)) return context.tenant.get(Representative, representativeId);
  if (representativeId && own?.id !== representativeId) {
    throw forbidden('A representative writes only their own reports: leave representativeId out.', { reason: ErrorReason.NOT_YOUR_REPORT });
  }
  if (!own) {
    throw badInput({ field: 'representativeId', message: 'name the representative: you are not registered as a representative of this client' }, ErrorReason.NOT_A_REPRESENTATIVE);
  }
  return own;
}

/** A new DRAFT for a period, its figures prefilled from the facts beside the brief's targets. */
export async function createReport(context: RequestContext, input: CreateReportInput): Promise<Report> {
  const representative = await representativeFor(context, input.representativeId);
  const platformId = input.platformId ?? null;
  if (platformId) await context.tenant.get(Platform, platformId);
  const period = input.period ?? KpiPeriod.MONTH;
  const { firstDay, lastDay } = periodRange(context.tenant.client.timeZone, period, input.at ?? new Date());
  return context.transaction(async (transaction) => {
    const existing = await transaction.tenant.findOne(Report, {
      where: { representativeId: representative.id, platformId: platformId ?? IsNull(), period, firstDay },
    });
    if (existing) {
      throw conflict(`There already is a report for this representative, platform and period (${firstDay} – ${lastDay}): edit it instead.`, {
        reason: ErrorReason.DUPLICATE_REPORT,
        reportId: existing.id,
      });
    }
    const scope = { representativeId: representative.id, platformId, period, firstDay, lastDay };
    const figures = await figuresFromFacts(transaction.tenant, scope);
    return transaction.insert(Report, { ...scope, status: ReportStatus.DRAFT, figures, createdById: context.user.id, comments: [] });
  });
}

export async function updateReport(context: RequestContext, id: string, input: UpdateReportInput): Promise<Report> {
  const { version, figures: corrections, ...texts } = input;
  return context.transaction(async (transaction) => {
    const report = await reportFor(transaction, context, id, ReportAction.EDIT, version);
    const figures = report.figures.map((figure) => {
      const correction = corrections?.find((candidate) => candidate.metric === figure.metric);
      // A form sends every figure back: only a changed value is a correction.
      if (!correction || (correction.value ?? null) === figure.value) return figure;
      return { ...figure, value: correction.value ?? null, corrected: true };
    });
    // A section cleared in a form arrives as null: it is an empty section.
    const sections = Object.fromEntries(Object.entries(texts).map(([section, text]) => [section, text ?? '']));
    return transaction.update(Report, report, { ...sections, figures }, { expectedVersion: version });
  });
}

/** DRAFT or RETURNED → SUBMITTED: figures not corrected by hand are taken from the facts once more, then frozen. */
export async function submitReport(context: RequestContext, id: string, version: number): Promise<Report> {
  return context.transaction(async (transaction) => {
    const report = await reportFor(transaction, context, id, ReportAction.SUBMIT, version);
    const figures = await figuresFromFacts(transaction.tenant, report, report.figures);
    const submitted = await transaction.update(Report, report, { status: ReportStatus.SUBMITTED, figures, submittedAt: new Date() }, { action: 'SUBMIT', expectedVersion: version });
    await notify(transaction, await prSpecialistsOf(transaction.tenant), {
      kind: NotificationKind.REPORT_SUBMITTED,
      title: 'Отчёт ждёт проверки',
      body: `${context.user.name} отправил(а) отчёт за период ${submitted.firstDay} — ${submitted.lastDay}.`,
      link: `/reports/${submitted.id}/show`,
    });
    await recordEvent(transaction, WebhookEventType.REPORT_SUBMITTED, submitted);
    return submitted;
  });
}

export async function acceptReport(context: RequestContext, id: string, version: number): Promise<Report> {
  return context.transaction(async (transaction) => {
    const report = await reportFor(transaction, context, id, ReportAction.ACCEPT, version);
    return transaction.update(Report, report, { status: ReportStatus.ACCEPTED, reviewedAt: new Date(), reviewedById: context.user.id }, { action: 'ACCEPT', expectedVersion: version });
  });
}

/** SUBMITTED → RETURNED, with an overall comment and, optionally, comments on single figures or sections. */
export async function returnReport(context: RequestContext, id: string, comment: string, comments: ReportCommentInput[], version: number): Promise<Report> {
  const reviewComment = comment.trim();
  if (!reviewComment) throw badInput({ field: 'comment', message: 'say what to change: the comment cannot be empty' }, ErrorReason.COMMENT_REQUIRED);
  if (reviewComment.length > 4000) throw badInput({ field: 'comment', message: 'comment can be at most 4000 characters' }, ErrorReason.TOO_LONG);
  const itemComments = comments.map((item) => ({ subject: item.subject, comment: item.comment.trim() })).filter((item) => item.comment);
  return context.transaction(async (transaction) => {
    const report = await reportFor(transaction, context, id, ReportAction.RETURN, version);
    const returned = await transaction.update(
      Report,
      report,
      { status: ReportStatus.RETURNED, reviewComment, comments: itemComments, reviewedAt: new Date(), reviewedById: context.user.id },
      { action: 'RETURN', expectedVersion: version },
    );
    const representative = await transaction.tenant.get(Representative, returned.representativeId);
    await notify(transaction, [representative.userId], {
      kind: NotificationKind.REPORT_RETURNED,
      title: 'Отчёт вернули на доработку',
      body: `${context.user.name}: ${reviewComment}${itemComments.length ? `\nЗамечаний к показателям и разделам: ${itemComments.length}.` : ''}`,
      link: `/reports/${returned.id}/show`,
    });
    return returned;
  });
}
