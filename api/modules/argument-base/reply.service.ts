import { hydrate } from '../../database/hydrate';
import { badInput, conflict, notFound, type FieldProblem } from '../../common/errors';
import { flagCertificatesForReply } from '../certification/certificate-lapse';
import { isUuid } from '../../common/ids';
import { paginate, SortOrder, type ListMetadata } from '../../common/list';
import { containing } from '../../common/sql';
import { matchesSearch } from './word-search';
import type { TransactionScope } from '../../common/transaction-scope';
import type { RequestContext } from '../../context';
import { Role } from '../users/role';
import { ReplyRevision } from './reply-revision.entity';
import { Reply, ReplyStatus } from './reply.entity';
import type { CreateReplyInput, ReplyFilter, ReplyListArgs, UpdateReplyInput } from './reply.inputs';
import { Situation } from './situation.entity';
import { ErrorReason } from '../../common/error-reasons';
import { IsNull, Not } from 'typeorm';
import { hasHistory, rowsOf, type HistoryCheck } from '../../common/history';
import { Reaction } from '../cases/reaction.entity';
import { Escalation } from '../escalations/escalation.entity';
import { loadBriefInForce } from '../briefs/brief-in-force';
import { assertFourEyes } from '../briefs/four-eyes';
import { assertNoBreach, checkReplyWordings, overrideReasonOf } from './brief-breaches';
import { ReplyDelivery } from './reply-delivery.entity';
import { recordEvent } from '../webhooks/record-event';
import { WebhookEventType } from '../webhooks/webhook-event-type';

const SORTABLE = { createdAt: 'reply.createdAt', updatedAt: 'reply.updatedAt', status: 'reply.status', approvedAt: 'reply.approvedAt', revision: 'reply.revision' };

/**
 * The statuses of the replies the caller may see: the one rule for lists, loaders and the CSV export.
 * Drafts and retired replies are the PR specialists' working material (ADMIN holds every role);
 * everyone else, responsible people, representatives and API keys included, sees approved replies only.
 */
export function visibleReplyStatuses(context: RequestContext): ReplyStatus[] {
  return context.hasRole(Role.PR_SPECIALIST) ? Object.values(ReplyStatus) : [ReplyStatus.APPROVED];
}

function repliesMatching(context: RequestContext, filter: ReplyFilter = {}) {
  const query = context.tenant.query(Reply, 'reply');
  query.andWhere('reply.status = ANY(:visibleStatuses)', { visibleStatuses: visibleReplyStatuses(context) });
  if (filter.ids) query.andWhere('reply.id = ANY(:ids)', { ids: filter.ids.filter(isUuid) });
  if (filter.situationId) query.andWhere('reply.situationId = :situationId', { situationId: isUuid(filter.situationId) ? filter.situationId : null });
  if (filter.status) query.andWhere('reply.status = :status', { status: filter.status });
  if (filter.q?.trim()) {
    query.andWhere(
      `(${matchesSearch('reply.text')} OR EXISTS (SELECT 1 FROM unnest(reply.variants || reply.theses) AS wording WHERE ${matchesSearch('wording')}))`,
      { q: filter.q.trim(), qLiteral: containing(filter.q) },
    );
  }
  return query;
}

export function listReplies(context: RequestContext, args: ReplyListArgs): Promise<Reply[]> {
  return paginate(repliesMatching(context, args.filter), args, SORTABLE, { field: 'createdAt', order: SortOrder.ASC }).getMany();
}

export async function countReplies(context: RequestContext, filter?: ReplyFilter): Promise<ListMetadata> {
  return { count: await repliesMatching(context, filter).getCount() };
}

/** A reply the caller may see; a draft is NOT_FOUND for those who may not (as if it did not exist). */
export async function getReply(context: RequestContext, id: string): Promise<Reply> {
  const reply = await context.tenant.get(Reply, id);
  if (!visibleReplyStatuses(context).includes(reply.status)) throw notFound('Reply', id);
  return reply;
}

/** The replies of a situation the caller may see, for many situations in one query. */
const repliesBySituation = (context: RequestContext) => context.loaders.manyBy(Reply, 'situationId', { order: { createdAt: 'ASC', id: 'ASC' } });

/** The same order as the loader's, for a list that reads the replies in its own statement (see primeRepliesOf). */
export const REPLIES_JSON_OF = (situation: string) =>
  `(SELECT coalesce(json_agg(row_to_json(r) ORDER BY r.created_at, r.id), '[]') FROM reply r WHERE r.situation_id = ${situation}.id AND r.client_id = ${situation}.client_id)`;

/** Hands replies read with REPLIES_JSON_OF to the loader repliesOf uses, so that it sends nothing. */
export function primeRepliesOf(context: RequestContext, situationId: string, rows: Record<string, unknown>[]): void {
  repliesBySituation(context).prime(situationId, rows.map((row) => hydrate(context.dataSource, Reply, row)));
}

/** A situation's replies the caller may see; at once when a list primed them. */
export function repliesOf(context: RequestContext, situation: Situation): Reply[] | Promise<Reply[]> {
  const loader = repliesBySituation(context);
  const primed = loader.peek(situation.id);
  return primed ? visibleOf(context, primed) : loader.load(situation.id).then((replies) => visibleOf(context, replies));
}

function visibleOf(context: RequestContext, replies: Reply[]): Reply[] {
  const visible = visibleReplyStatuses(context);
  return replies.filter((reply) => visible.includes(reply.status));
}

/** Every kept revision of a reply, newest first, for many replies in one query. */
export function revisionsOf(context: RequestContext, reply: Reply): Promise<ReplyRevision[]> {
  return context.loaders.manyBy(ReplyRevision, 'replyId', { order: { revision: 'DESC' } }).load(reply.id);
}

const PLACEHOLDER = /\{([^{}]*)\}/g;
const KNOWN_PLACEHOLDERS = new Set(['name', 'brand']);

/** Unknown placeholders would reach the author as they are ("{имя}"): refuse them, naming where. */
function placeholderProblems(wording: { text?: string; variants?: string[] }): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const check = (field: string, text: string) => {
    const unknown = [...text.matchAll(PLACEHOLDER)].map((match) => match[0]).filter((placeholder) => !KNOWN_PLACEHOLDERS.has(placeholder.slice(1, -1)));
    if (unknown.length) {
      problems.push({ field, message: `only {name} (the author) and {brand} (the client) are filled in; ${unknown.join(', ')} would be sent as it is` });
    }
  };
  if (wording.text !== undefined) check('text', wording.text);
  wording.variants?.forEach((variant, index) => check(`variants.${index}`, variant));
  return problems;
}

const tidy = (texts: string[] | undefined) => texts?.map((text) => text.trim());
const sameList = (left: string[], right: string[]) => left.length === right.length && left.every((item, index) => item === right[index]);

function writeRevision(transaction: TransactionScope, reply: Reply): Promise<ReplyRevision> {
  return transaction.insert(ReplyRevision, {
    replyId: reply.id,
    revision: reply.revision,
    theses: reply.theses,
    text: reply.text,
    variants: reply.variants,
    createdById: transaction.actor.userId,
    approvedById: null,
    approvedAt: null,
    approvalOverrideReason: null,
  });
}

export async function createReply(context: RequestContext, input: CreateReplyInput): Promise<Reply> {
  const problems = placeholderProblems(input);
  if (problems.length) throw badInput(problems, ErrorReason.UNKNOWN_PLACEHOLDER);
  return context.transaction(async (transaction) => {
    const situation = await transaction.tenant.get(Situation, input.situationId);
    const reply = await transaction.insert(Reply, {
      situationId: situation.id,
      theses: tidy(input.theses) ?? [],
      text: input.text.trim(),
      variants: tidy(input.variants) ?? [],
      platformKinds: [...new Set(input.platformKinds ?? [])],
      status: ReplyStatus.DRAFT,
      approvedById: null,
      approvedAt: null,
      revision: 1,
    });
    await writeRevision(transaction, reply);
    return reply;
  });
}

export async function updateReply(context: RequestContext, id: string, input: UpdateReplyInput): Promise<Reply> {
  const problems = placeholderProblems(input);
  if (problems.length) throw badInput(problems, ErrorReason.UNKNOWN_PLACEHOLDER);
  return context.transaction(async (transaction) => {
    const reply = await transaction.tenant.get(Reply, id);
    const changes: Partial<Reply> = {};
    const text = input.text?.trim();
    const theses = tidy(input.theses ?? undefined);
    const variants = tidy(input.variants ?? undefined);
    if (text !== undefined && text !== reply.text) changes.text = text;
    if (theses && !sameList(theses, reply.theses)) changes.theses = theses;
    if (variants && !sameList(variants, reply.variants)) changes.variants = variants;
    const wordingChanged = Object.keys(changes).length > 0;
    if (input.platformKinds) changes.platformKinds = [...new Set(input.platformKinds)];
    if (wordingChanged) {
      // New words have not been approved by anyone: the reply leaves service until someone does.
      Object.assign(changes, { revision: reply.revision + 1, status: ReplyStatus.DRAFT, approvedById: null, approvedAt: null });
    }
    const updated = await transaction.update(Reply, reply, changes, { expectedVersion: input.version });
    if (wordingChanged) await writeRevision(transaction, updated);
    return updated;
  });
}

/**
 * Approves the reply's current revision. `revision`, when given, is the one the approver read: if
 * the wording changed since, approving would sign off words nobody reviewed, so it is a CONFLICT.
 */
export async function approveReply(context: RequestContext, id: string, revision?: number | null, overrideReason?: string | null): Promise<Reply> {
  return context.transaction(async (transaction) => {
    const reply = await transaction.tenant.get(Reply, id);
    if (revision != null && revision !== reply.revision) {
      throw conflict(`The reply was reworded after you read it (you read revision ${revision}, it is now ${reply.revision}). Read the new wording before approving it.`, {
        reason: ErrorReason.STALE_REVISION,
        expectedRevision: revision,
        currentRevision: reply.revision,
      });
    }
    if (reply.status === ReplyStatus.APPROVED) {
      throw conflict(`Revision ${reply.revision} of this reply is already approved.`, { reason: ErrorReason.ALREADY_APPROVED });
    }
    return approveIn(transaction, reply, { overrideReason });
  });
}

/**
 * Approves a reply's current revision inside the caller's transaction and keeps the revision approved.
 * Words that breach the brief in force are refused unless the approver says why (recorded on the
 * revision); under four eyes the revision's writer cannot approve it.
 */
export async function approveIn(transaction: TransactionScope, reply: Reply, options: { overrideReason?: string | null } = {}): Promise<Reply> {
  const kept = await transaction.tenant.findOne(ReplyRevision, { where: { replyId: reply.id, revision: reply.revision } });
  await assertFourEyes(transaction, { authors: [kept?.createdById ?? null], description: `revision ${reply.revision} of this reply` });
  const brief = await loadBriefInForce(transaction.tenant);
  const overrideReason = overrideReasonOf('overrideReason', options.overrideReason);
  const breaches = assertNoBreach(checkReplyWordings(reply, brief?.content ?? null, transaction.tenant.client.brandName), overrideReason, {
    text: 'text',
    reasonField: 'overrideReason',
  });
  const approval = { approvedById: transaction.actor.userId, approvedAt: new Date() };
  const approved = await transaction.update(Reply, reply, { status: ReplyStatus.APPROVED, ...approval }, { action: 'APPROVE' });
  const recorded = { ...approval, approvalOverrideReason: breaches.length ? overrideReason : null };
  if (kept) await transaction.update(ReplyRevision, kept, recorded, { action: 'APPROVE' });
  else await transaction.insert(ReplyRevision, { replyId: reply.id, revision: reply.revision, theses: reply.theses, text: reply.text, variants: reply.variants, createdById: null, ...recorded });
  await recordEvent(transaction, WebhookEventType.REPLY_APPROVED, approved);
  await flagCertificatesForReply(transaction, approved);
  return approved;
}

/** Takes a reply out of service; it stays readable, with its revisions, for history. */
export async function retireReply(context: RequestContext, id: string): Promise<Reply> {
  return context.transaction(async (transaction) => {
    const reply = await transaction.tenant.get(Reply, id);
    if (reply.status === ReplyStatus.RETIRED) throw conflict('This reply is already retired.', { reason: ErrorReason.ALREADY_RETIRED });
    return transaction.update(Reply, reply, { status: ReplyStatus.RETIRED }, { action: 'RETIRE' });
  });
}

/** What makes a reply part of the record: words once approved, served to a tool or posted. */
function replyHistory(replyId: string): HistoryCheck[] {
  return [
    rowsOf(ReplyRevision, { replyId, approvedAt: Not(IsNull()) }),
    rowsOf(ReplyDelivery, { replyId }),
    rowsOf(Reaction, { replyId }),
    rowsOf(Escalation, { replyId }),
  ];
}

/**
 * Deletes as a PR specialist expects: a draft never approved nor used is removed with its revisions;
 * a reply with history (approved once, served, posted) is retired, kept with its revisions. A
 * retired reply is refused (ALREADY_RETIRED).
 */
export async function deleteReply(context: RequestContext, id: string): Promise<Reply> {
  return context.transaction(async (transaction) => {
    const reply = await transaction.tenant.get(Reply, id, 'pessimistic_write');
    if (reply.status === ReplyStatus.RETIRED) throw conflict('This reply is already retired.', { reason: ErrorReason.ALREADY_RETIRED });
    if (reply.status !== ReplyStatus.DRAFT || (await hasHistory(transaction.tenant, replyHistory(reply.id)))) {
      return transaction.update(Reply, reply, { status: ReplyStatus.RETIRED }, { action: 'RETIRE' });
    }
    await transaction.remove(Reply, reply);
    return reply;
  });
}
