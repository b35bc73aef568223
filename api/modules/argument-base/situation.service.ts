import { conflict } from '../../common/errors';
import { isUuid } from '../../common/ids';
import { entitiesOf, paginate, SortOrder, type ListMetadata } from '../../common/list';
import { hydrate } from '../../database/hydrate';
import { primeRepliesOf, REPLIES_JSON_OF } from './reply.service';
import { containing } from '../../common/sql';
import { matchesSearch } from './word-search';
import type { TransactionScope } from '../../common/transaction-scope';
import type { RequestContext } from '../../context';
import { ExampleSource, SituationExample } from './situation-example.entity';
import { Situation } from './situation.entity';
import type { CreateSituationInput, SituationFilter, SituationListArgs, UpdateSituationInput } from './situation.inputs';
import { ErrorReason } from '../../common/error-reasons';
import { assertTopicInForce } from '../briefs/brief-topics';
import { Not } from 'typeorm';
import { hasHistory, rowsFoundBy, rowsOf, type HistoryCheck } from '../../common/history';
import { Case } from '../cases/case.entity';
import { Reaction } from '../cases/reaction.entity';
import { Escalation } from '../escalations/escalation.entity';
import { Mention } from '../mentions/mention.entity';
import { ReplyDelivery } from './reply-delivery.entity';
import { ReplyRevision } from './reply-revision.entity';
import { Reply, ReplyStatus } from './reply.entity';

const SORTABLE = {
  title: 'situation.title',
  key: 'situation.key',
  category: 'situation.category',
  topic: 'situation.topic',
  createdAt: 'situation.createdAt',
  updatedAt: 'situation.updatedAt',
};

function situationsMatching(context: RequestContext, filter: SituationFilter = {}) {
  const query = context.tenant.query(Situation, 'situation');
  if (filter.ids) query.andWhere('situation.id = ANY(:ids)', { ids: filter.ids.filter(isUuid) });
  if (filter.q?.trim()) {
    query.andWhere(
      `(${matchesSearch('situation.title')} OR situation.key ILIKE :qLiteral OR EXISTS (
        SELECT 1 FROM situation_example example
        WHERE example.situation_id = situation.id AND example.client_id = situation.client_id AND ${matchesSearch('example.text')}))`,
      { q: filter.q.trim(), qLiteral: containing(filter.q) },
    );
  }
  if (filter.category) query.andWhere('situation.category = :category', { category: filter.category });
  if (filter.topic) query.andWhere('situation.topic = :topic', { topic: filter.topic });
  if (!filter.ids) query.andWhere('situation.isArchived = :archived', { archived: filter.isArchived ?? false });
  return query;
}

/**
 * A page of situations. When the query asks for their examples or replies, those are read in the
 * same statement and handed to the loaders the field resolvers use: one statement for the page.
 */
export async function listSituations(context: RequestContext, args: SituationListArgs, asks: { examples?: boolean; replies?: boolean } = {}): Promise<Situation[]> {
  const page = paginate(situationsMatching(context, args.filter), args, SORTABLE, { field: 'title', order: SortOrder.ASC });
  const related: Record<string, string> = {};
  if (asks.examples) related.examples = EXAMPLES_JSON_OF(page.escape(page.alias));
  if (asks.replies) related.replies = REPLIES_JSON_OF(page.escape(page.alias));
  const rows = await entitiesOf(page, related);
  for (const { entity, with: read } of rows) {
    if (asks.examples) examplesBySituation(context).prime(entity.id, (read.examples as Record<string, unknown>[]).map((row) => hydrate(context.dataSource, SituationExample, row)));
    if (asks.replies) primeRepliesOf(context, entity.id, read.replies as Record<string, unknown>[]);
  }
  return rows.map((row) => row.entity);
}

const examplesBySituation = (context: RequestContext) => context.loaders.manyBy(SituationExample, 'situationId', { order: { createdAt: 'ASC', text: 'ASC' } });
const EXAMPLES_JSON_OF = (situation: string) =>
  `(SELECT coalesce(json_agg(row_to_json(e) ORDER BY e.created_at, e.text), '[]') FROM situation_example e WHERE e.situation_id = ${situation}.id AND e.client_id = ${situation}.client_id)`;

export async function countSituations(context: RequestContext, filter?: SituationFilter): Promise<ListMetadata> {
  return { count: await situationsMatching(context, filter).getCount() };
}

export function getSituation(context: RequestContext, id: string): Promise<Situation> {
  return context.tenant.get(Situation, id);
}

/** The situation's example phrasings, oldest first, for many situations in one query. */
export function examplesOf(context: RequestContext, situation: Situation): SituationExample[] | Promise<SituationExample[]> {
  const loader = examplesBySituation(context);
  return loader.peek(situation.id) ?? loader.load(situation.id);
}

async function assertKeyFree(transaction: TransactionScope, key: string, exceptId?: string): Promise<void> {
  const holder = await transaction.tenant.findOne(Situation, { where: { key } });
  if (holder && holder.id !== exceptId) {
    throw conflict(`The client already has a situation with the key "${key}" ("${holder.title}"). Choose another key.`, {
      reason: ErrorReason.DUPLICATE_KEY,
      fields: [{ field: 'key', message: 'is already used by another situation of this client' }],
    });
  }
}

const normalised = (text: string) => text.trim().replace(/\s+/g, ' ');

/** The phrasings once each, in the order given (the same words in another case count as the same). */
function distinctPhrasings(examples: string[]): string[] {
  const seen = new Set<string>();
  return examples.map(normalised).filter((text) => {
    const identity = text.toLowerCase();
    return text && !seen.has(identity) && Boolean(seen.add(identity));
  });
}

/** Makes the situation's curated examples exactly `wanted`; confirmed examples are left alone. */
async function replaceCuratedExamples(transaction: TransactionScope, situation: Situation, wanted: string[]): Promise<void> {
  const current = await transaction.tenant.find(SituationExample, { where: { situationId: situation.id, source: ExampleSource.CURATED } });
  const phrasings = distinctPhrasings(wanted);
  const keep = new Set(phrasings.map((text) => text.toLowerCase()));
  const kept = new Set<string>();
  for (const example of current) {
    const identity = normalised(example.text).toLowerCase();
    if (keep.has(identity) && !kept.has(identity)) kept.add(identity);
    else await transaction.remove(SituationExample, example);
  }
  // Stamped one millisecond apart so they read back in the order given (one transaction shares now()).
  const base = Date.now();
  const added = phrasings.filter((text) => !kept.has(text.toLowerCase()));
  for (const [index, text] of added.entries()) {
    await transaction.insert(SituationExample, { situationId: situation.id, text, source: ExampleSource.CURATED, caseId: null, createdAt: new Date(base + index) });
  }
}

export async function createSituation(context: RequestContext, input: CreateSituationInput): Promise<Situation> {
  return context.transaction(async (transaction) => {
    await assertKeyFree(transaction, input.key);
    await assertTopicInForce(transaction.tenant, input.topic);
    const situation = await transaction.insert(Situation, {
      key: input.key,
      title: normalised(input.title),
      category: input.category,
      topic: input.topic ?? null,
    });
    if (input.examples?.length) await replaceCuratedExamples(transaction, situation, input.examples);
    return situation;
  });
}

export async function updateSituation(context: RequestContext, id: string, input: UpdateSituationInput): Promise<Situation> {
  const { version, examples, ...sent } = input;
  // Only the topic can be cleared; a null anywhere else means "leave as it is".
  const changes = Object.fromEntries(Object.entries(sent).filter(([field, value]) => value !== null || field === 'topic')) as Partial<Situation>;
  return context.transaction(async (transaction) => {
    const situation = await transaction.tenant.get(Situation, id);
    if (changes.key !== undefined && changes.key !== situation.key) await assertKeyFree(transaction, changes.key, situation.id);
    if (changes.topic && changes.topic !== situation.topic) await assertTopicInForce(transaction.tenant, changes.topic);
    if (changes.title !== undefined) changes.title = normalised(changes.title);
    // The row is updated even when only the examples change: its version guards them against lost edits too.
    const updated = await transaction.update(Situation, situation, changes, { expectedVersion: version });
    if (examples) await replaceCuratedExamples(transaction, updated, examples);
    return updated;
  });
}

/** What makes a situation part of the record: work done with it, or words approved and served from it. */
function situationHistory(situationId: string): HistoryCheck[] {
  return [
    rowsOf(Case, { situationId }),
    rowsOf(Mention, { situationId }),
    rowsOf(Escalation, { situationId }),
    rowsOf(Reaction, { situationId }),
    rowsOf(ReplyDelivery, { situationId }),
    rowsOf(SituationExample, { situationId, source: ExampleSource.CONFIRMED }),
    rowsOf(Reply, { situationId, status: Not(ReplyStatus.DRAFT) }),
    rowsFoundBy((tenant) =>
      tenant
        .query(ReplyRevision, 'revision')
        .innerJoin(Reply, 'reply', 'reply.id = revision.replyId')
        .andWhere('reply.situationId = :situationId', { situationId })
        .andWhere('revision.approvedAt IS NOT NULL'),
    ),
  ];
}

/**
 * Deletes as a PR specialist expects: a situation nobody used (no cases, posts or escalations, no
 * reply ever approved) is removed with its examples and draft replies; one with history is archived,
 * kept for the record and never matched again. An archived one is refused (ALREADY_ARCHIVED).
 */
export async function deleteSituation(context: RequestContext, id: string): Promise<Situation> {
  return context.transaction(async (transaction) => {
    const situation = await transaction.tenant.get(Situation, id, 'pessimistic_write');
    if (situation.isArchived) {
      throw conflict(`The situation "${situation.title}" is already archived.`, { reason: ErrorReason.ALREADY_ARCHIVED });
    }
    if (await hasHistory(transaction.tenant, situationHistory(situation.id))) {
      return transaction.update(Situation, situation, { isArchived: true }, { action: 'ARCHIVE' });
    }
    // Removed one by one so that each is in the audit log; the match index follows by its triggers.
    for (const reply of await transaction.tenant.find(Reply, { where: { situationId: situation.id } })) await transaction.remove(Reply, reply);
    for (const example of await transaction.tenant.find(SituationExample, { where: { situationId: situation.id } })) await transaction.remove(SituationExample, example);
    await transaction.remove(Situation, situation);
    return situation;
  });
}
