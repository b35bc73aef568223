import { badInput } from '../../common/errors';
import { isUuid } from '../../common/ids';
import { paginate, SortOrder, type ListMetadata } from '../../common/list';
import { containing } from '../../common/sql';
import type { RequestContext } from '../../context';
import type { TransactionScope } from '../../common/transaction-scope';
import { Situation } from '../argument-base/situation.entity';
import { loadBriefInForce } from '../briefs/brief-in-force';
import { Mention } from '../mentions/mention.entity';
import { Platform } from '../platforms/platform.entity';
import { Role } from '../users/role';
import { confirmCaseExample } from './base-learning';
import { caseDeadline } from './case-deadline';
import type { CaseDashboard, CaseFilter, CaseListArgs, CaseResultInput, ClassifyCaseInput, MoveCaseInput } from './case.inputs';
import { AWAITING_ANSWER, CaseStatus, FINAL_STATUSES } from './case-status';
import { Case } from './case.entity';
import { illegalMove, transition } from './case-workflow';
import { ErrorReason } from '../../common/error-reasons';

const SORTABLE = {
  requestedAt: 'caseRow.requestedAt',
  deadlineAt: 'caseRow.deadlineAt',
  status: 'caseRow.status',
  createdAt: 'caseRow.createdAt',
  firstResponseAt: 'caseRow.firstResponseAt',
  category: 'caseRow.category',
};

/** The overdue queue: nobody has answered, the case is still open, and its deadline has passed. */
export const OVERDUE_SQL = `(caseRow.firstResponseAt IS NULL AND caseRow.status IN ('NEW', 'IN_PROGRESS') AND caseRow.deadlineAt < now())`;

function casesMatching(context: RequestContext, filter: CaseFilter = {}) {
  const query = context.tenant.query(Case, 'caseRow');
  const id = (value: string) => (isUuid(value) ? value : null);
  if (filter.ids) query.andWhere('caseRow.id = ANY(:ids)', { ids: filter.ids.filter(isUuid) });
  if (filter.status) query.andWhere('caseRow.status = :status', { status: filter.status });
  if (filter.statuses) query.andWhere('caseRow.status = ANY(:statuses)', { statuses: filter.statuses });
  if (filter.open !== undefined) query.andWhere(`caseRow.status ${filter.open ? 'NOT IN' : 'IN'} (:...finalStatuses)`, { finalStatuses: FINAL_STATUSES });
  if (filter.category) query.andWhere('caseRow.category = :category', { category: filter.category });
  if (filter.platformId) query.andWhere('caseRow.platformId = :platformId', { platformId: id(filter.platformId) });
  if (filter.authorId) query.andWhere('caseRow.authorId = :authorId', { authorId: id(filter.authorId) });
  if (filter.representativeUserId) query.andWhere('caseRow.representativeUserId = :representativeUserId', { representativeUserId: id(filter.representativeUserId) });
  if (filter.overdue !== undefined) query.andWhere(filter.overdue ? OVERDUE_SQL : `${OVERDUE_SQL} IS NOT TRUE`);
  if (filter.sentiment || filter.q) {
    query.innerJoin(Mention, 'mention', 'mention.id = caseRow.mentionId');
    if (filter.sentiment) query.andWhere('mention.sentiment = :sentiment', { sentiment: filter.sentiment });
    if (filter.q) query.andWhere('(mention.text ILIKE :q OR mention.authorHandle ILIKE :q OR mention.authorName ILIKE :q)', { q: containing(filter.q) });
  }
  return query;
}

export function listCases(context: RequestContext, args: CaseListArgs): Promise<Case[]> {
  return paginate(casesMatching(context, args.filter), args, SORTABLE, { field: 'requestedAt', order: SortOrder.DESC }).getMany();
}

export async function countCases(context: RequestContext, filter?: CaseFilter): Promise<ListMetadata> {
  return { count: await casesMatching(context, filter).getCount() };
}

export function getCase(context: RequestContext, id: string): Promise<Case> {
  return context.tenant.get(Case, id);
}

export function isOverdue(caseRow: Case, now = new Date()): boolean {
  return !caseRow.firstResponseAt && AWAITING_ANSWER.includes(caseRow.status) && caseRow.deadlineAt !== null && caseRow.deadlineAt < now;
}

const MOVED_BY_OTHER_OPERATIONS: Partial<Record<CaseStatus, string>> = {
  [CaseStatus.ANSWERED]: 'A case becomes ANSWERED when its post is logged with logReaction.',
  [CaseStatus.RESOLVED]: 'A case becomes RESOLVED when its result is recorded with recordCaseResult.',
};

export async function moveCase(context: RequestContext, id: string, input: MoveCaseInput): Promise<Case> {
  return context.transaction(async (transaction) => {
    const caseRow = await transaction.tenant.get(Case, id, 'pessimistic_write');
    return applyMove(context, transaction, caseRow, input.status, input.note, input.version);
  });
}

/** One case's move inside the caller's transaction: moveCase for one, moveCases for many. */
export async function applyMove(context: RequestContext, transaction: TransactionScope, caseRow: Case, status: CaseStatus, note: string | null | undefined, expectedVersion?: number): Promise<Case> {
  const elsewhere = MOVED_BY_OTHER_OPERATIONS[status];
  if (elsewhere) throw illegalMove(caseRow, status, elsewhere);
  if (caseRow.status === status) throw illegalMove(caseRow, status, 'It is already there.');
  const changes = await transition(transaction, caseRow, status, note?.trim() || null);
  if (status === CaseStatus.IN_PROGRESS && !caseRow.representativeUserId && context.hasRole(Role.REPRESENTATIVE)) {
    changes.representativeUserId = context.user.id;
  }
  return transaction.update(Case, caseRow, changes, { expectedVersion, action: 'MOVE' });
}

export async function recordCaseResult(context: RequestContext, id: string, input: CaseResultInput): Promise<Case> {
  return context.transaction(async (transaction) => {
    const caseRow = await transaction.tenant.get(Case, id, 'pessimistic_write');
    const target = input.resolved ? CaseStatus.RESOLVED : CaseStatus.CLOSED;
    const result = {
      resolved: input.resolved,
      positiveFeedback: input.positiveFeedback,
      siteVisit: input.siteVisit,
      promoUsed: input.promoUsed,
      resultNote: input.note?.trim() || caseRow.resultNote,
    };
    // A finished case may still get its result completed (the thanks often come later), not reversed.
    if (FINAL_STATUSES.includes(caseRow.status)) {
      if (caseRow.status !== target) throw illegalMove(caseRow, target, 'Its result can be completed but not reversed.');
      return transaction.update(Case, caseRow, result, { expectedVersion: input.version, action: 'RECORD_RESULT' });
    }
    if (AWAITING_ANSWER.includes(caseRow.status)) {
      throw illegalMove(caseRow, target, 'Nobody has answered yet: log the post with logReaction first, or move it to CLOSED if no answer is needed.');
    }
    const changes = await transition(transaction, caseRow, target, input.note?.trim() || null);
    return transaction.update(Case, caseRow, { ...changes, ...result }, { expectedVersion: input.version, action: 'RECORD_RESULT' });
  });
}

/**
 * Sets the case's category and situation (a person's correction of what classification suggested),
 * recomputes the response deadline for the category, and makes the post a confirmed example of the
 * situation.
 */
export async function classifyCase(context: RequestContext, id: string, input: ClassifyCaseInput): Promise<Case> {
  if (!input.category && !input.situationId) throw badInput({ field: 'category', message: 'give a category, a situationId or both' }, ErrorReason.CATEGORY_OR_SITUATION_REQUIRED);
  return context.transaction(async (transaction) => {
    const caseRow = await transaction.tenant.get(Case, id, 'pessimistic_write');
    const situation = input.situationId ? await transaction.tenant.get(Situation, input.situationId) : null;
    if (situation?.isArchived) throw badInput({ field: 'situationId', message: `the situation "${situation.title}" is archived` }, ErrorReason.SITUATION_ARCHIVED);
    const category = input.category ?? situation?.category ?? caseRow.category;
    const changes: Partial<Case> = { category, ...(situation ? { situationId: situation.id } : {}) };
    if (category !== caseRow.category) {
      const [brief, platform] = await Promise.all([loadBriefInForce(transaction.tenant), transaction.tenant.get(Platform, caseRow.platformId)]);
      Object.assign(changes, caseDeadline(brief?.content.responseDeadlines ?? [], caseRow.requestedAt, platform.kind, category));
    }
    if (situation) {
      const mention = await transaction.tenant.get(Mention, caseRow.mentionId);
      await confirmCaseExample(transaction, caseRow, situation.id, mention.text);
    }
    return transaction.update(Case, caseRow, changes, { expectedVersion: input.version, action: 'CLASSIFY' });
  });
}

/** The dashboard card's figures, in one statement. */
export async function caseDashboard(context: RequestContext): Promise<CaseDashboard> {
  const [row] = (await context.tenant.sql(
    `SELECT count(*) FILTER (WHERE status NOT IN ('RESOLVED', 'CLOSED'))::int AS open,
            count(*) FILTER (WHERE first_response_at IS NULL AND status IN ('NEW', 'IN_PROGRESS') AND deadline_at < now())::int AS overdue,
            count(*) FILTER (WHERE first_response_at IS NULL AND status IN ('NEW', 'IN_PROGRESS'))::int AS awaiting_answer,
            avg(extract(epoch FROM first_response_at - requested_at) / 3600) FILTER (WHERE first_response_at >= now() - interval '30 days') AS average_hours,
            count(*) FILTER (WHERE first_response_at >= now() - interval '30 days')::int AS answered,
            count(*) FILTER (WHERE status = 'RESOLVED' AND finished_at >= now() - interval '30 days')::int AS resolved,
            (SELECT count(*) FROM escalation e WHERE e.client_id = $client AND e.status IN ('OPEN', 'ANSWERED'))::int AS open_escalations
       FROM mention_case WHERE client_id = $client`,
  )) as { open: number; overdue: number; awaiting_answer: number; average_hours: string | null; answered: number; resolved: number; open_escalations: number }[];
  return {
    open: row.open,
    overdue: row.overdue,
    awaitingAnswer: row.awaiting_answer,
    averageFirstResponseHours: row.average_hours === null ? null : Math.round(Number(row.average_hours) * 10) / 10,
    answeredLast30Days: row.answered,
    resolvedLast30Days: row.resolved,
    openEscalations: row.open_escalations,
  };
}

