import { Field, Int, ObjectType } from 'type-graphql';
import { flagCertificatesForReply } from '../certification/certificate-lapse';
import { In, type DataSource } from 'typeorm';
import { systemActor } from '../../auth/caller';
import { TenantScope } from '../../auth/tenant-scope';
import { invalidCsvRows } from '../../common/csv-import';
import { type AppError, forbidden } from '../../common/errors';
import { TransactionScope } from '../../common/transaction-scope';
import type { RequestContext } from '../../context';
import type { Client } from '../clients/client.entity';
import { Role } from '../users/role';
import { parseArgumentBaseCsv, type ArgumentBaseColumn, type ArgumentBaseRow, type RowProblem } from './argument-base.csv';
import { Reply, ReplyStatus } from './reply.entity';
import { ExampleSource, SituationExample } from './situation-example.entity';
import { Situation } from './situation.entity';
import { ErrorReason } from '../../common/error-reasons';
import { insertNewSituations, situationsPerRound } from './argument-base-bulk-insert';
import { recordEvents } from '../webhooks/record-event';
import { WebhookEventType } from '../webhooks/webhook-event-type';
import { ArgumentBaseImport } from './argument-base-import.entity';
import { ImportProgress } from './argument-base-import-progress';

@ObjectType({ description: 'What an import did, row by row.' })
export class ArgumentBaseImportResult {
  @Field(() => Int, { description: 'Rows read from the file.' })
  rows: number;

  @Field(() => Int, { description: 'Situations that did not exist (by key) and were created.' })
  created: number;

  @Field(() => Int, { description: 'Existing situations whose title, category, topic, examples or reply changed.' })
  updated: number;

  @Field(() => Int, { description: 'Rows identical to what the base already held.' })
  unchanged: number;
}

export interface ImportOptions {
  approve: boolean;
  /**
   * Only situations whose key is new may be written (their replies as DRAFT): a row that would change
   * an existing situation refuses the whole file. What a responsible person may import.
   */
  onlyNewSituations?: boolean;
  /** Told how many rows are written so far, between rounds of statements (the CLI's progress, the admin's bar); awaited. */
  onProgress?: (done: number, total: number) => unknown;
}

/**
 * The reply a CSV row stands for: the situation's general reply (made for every platform kind, not
 * retired), the oldest first, so that a re-import updates the reply an earlier import created and
 * leaves replies written for particular platform kinds alone.
 */
export function replyOfRow<R extends Pick<Reply, 'status' | 'platformKinds' | 'createdAt'>>(replies: R[]): R | undefined {
  return replies
    .filter((reply) => reply.status !== ReplyStatus.RETIRED && reply.platformKinds.length === 0)
    .sort((left, right) => left.createdAt.getTime() - right.createdAt.getTime())[0];
}

/** The columns in which a row differs from the situation it names: nothing means the row is unchanged. */
function differences(row: ArgumentBaseRow, situation: Situation, examples: SituationExample[], reply: Reply | undefined): ArgumentBaseColumn[] {
  const columns: ArgumentBaseColumn[] = [];
  if (situation.title !== row.title) columns.push('situation');
  if (situation.category !== row.category) columns.push('category');
  const current = new Set(examples.map((example) => example.text));
  const wanted = new Set(row.examples);
  if ([...current].some((text) => !wanted.has(text)) || [...wanted].some((text) => !current.has(text))) columns.push('examples');
  if (!reply || reply.text !== row.reply) columns.push('reply');
  if (situation.topic !== row.topic) columns.push('topic');
  return columns;
}

function existingSituationsTouched(problems: RowProblem[]): AppError {
  const lines = problems.length;
  return forbidden(
    `${lines} ${lines === 1 ? 'row would change a situation that already exists' : 'rows would change situations that already exist'}; only a PR specialist may change approved words. ` +
      `Nothing was imported. First: line ${problems[0].line}: ${problems[0].message}.`,
    { reason: ErrorReason.EXISTING_SITUATIONS, problems, requiredRoles: [Role.PR_SPECIALIST] },
  );
}

/**
 * Writes the rows into the client's base inside `transaction` (all or nothing: the caller's
 * transaction). Rows upsert by key; CONFIRMED examples (learned from real posts) are never touched.
 */
export async function importRows(transaction: TransactionScope, rows: ArgumentBaseRow[], options: ImportOptions & { approvedById: string | null }): Promise<ArgumentBaseImportResult> {
  const tenant = transaction.tenant;
  const keys = rows.map((row) => row.key);
  // One array parameter (30,000 keys would otherwise bind 30,000 parameters), joined as a set: `= ANY(:keys)`
  // compared every situation of every client with every key, 15 s for a file of 30,000 rows.
  const situations = keys.length ? await tenant.query(Situation, 'situation').andWhere('situation.key IN (SELECT unnest(CAST(:keys AS text[])))', { keys }).getMany() : [];
  const situationIds = situations.map((situation) => situation.id);
  const [examples, replies] = situationIds.length
    ? await Promise.all([
        tenant.find(SituationExample, { where: { situationId: In(situationIds), source: ExampleSource.CURATED }, order: { createdAt: 'ASC', id: 'ASC' } }),
        tenant.find(Reply, { where: { situationId: In(situationIds) } }),
      ])
    : [[], []];
  const situationByKey = new Map(situations.map((situation) => [situation.key, situation]));
  const approvedReplies: string[] = [];
  const approval = () => (options.approve ? { status: ReplyStatus.APPROVED, approvedById: options.approvedById, approvedAt: new Date() } : { status: ReplyStatus.DRAFT, approvedById: null, approvedAt: null });
  const result: ArgumentBaseImportResult = { rows: rows.length, created: 0, updated: 0, unchanged: 0 };
  const examplesOf = (situation: Situation) => examples.filter((example) => example.situationId === situation.id);
  const replyOf = (situation: Situation) => replyOfRow(replies.filter((candidate) => candidate.situationId === situation.id));

  if (options.onlyNewSituations) {
    const problems = rows.flatMap((row): RowProblem[] => {
      const situation = situationByKey.get(row.key);
      const columns = situation ? differences(row, situation, examplesOf(situation), replyOf(situation)) : [];
      return columns.length ? [{ line: row.line, column: columns[0], message: `situation "${row.key}" already exists and its ${columns.join(', ')} would change`, reason: ErrorReason.EXISTING_SITUATIONS, value: row.key }] : [];
    });
    if (problems.length) throw existingSituationsTouched(problems);
  }

  // New situations go in by set-based rounds (argument-base-bulk-insert.ts); existing ones are compared and changed row by row.
  const fresh = rows.filter((row) => !situationByKey.has(row.key));
  const perRound = situationsPerRound(fresh.length);
  let done = 0;
  let reported = 0;
  const progress = async (force: boolean) => {
    if (!options.onProgress || done === reported || (!force && done - reported < perRound)) return;
    reported = done;
    await options.onProgress(done, rows.length);
  };
  for (let start = 0; start < fresh.length; start += perRound) {
    const round = fresh.slice(start, start + perRound);
    approvedReplies.push(...(await insertNewSituations(transaction, round, approval())));
    result.created += round.length;
    done += round.length;
    await progress(true);
  }

  for (const row of rows) {
    const situation = situationByKey.get(row.key);
    if (!situation) continue;
    let changed = false;
    if (situation.title !== row.title || situation.category !== row.category || situation.topic !== row.topic) {
      await transaction.update(Situation, situation, { title: row.title, category: row.category, topic: row.topic }, { action: 'IMPORT' });
      changed = true;
    }
    // Examples are a set: their order in the cell means nothing, so only the ones gone or new are written.
    const current = examplesOf(situation);
    const wanted = new Set(row.examples);
    for (const example of current) {
      if (wanted.has(example.text)) continue;
      await transaction.remove(SituationExample, example, { action: 'IMPORT' });
      changed = true;
    }
    const present = new Set(current.map((example) => example.text));
    for (const text of row.examples) {
      if (present.has(text)) continue;
      await transaction.insert(SituationExample, { situationId: situation.id, text, source: ExampleSource.CURATED, caseId: null }, { action: 'IMPORT' });
      changed = true;
    }
    const reply = replyOf(situation);
    if (!reply) {
      approvedReplies.push((await transaction.insert(Reply, { situationId: situation.id, text: row.reply, theses: [], variants: [], platformKinds: [], revision: 1, ...approval() }, { action: 'IMPORT' })).id);
      changed = true;
    } else if (reply.text !== row.reply) {
      // New words were never approved: without `approve` they go back to DRAFT and are not served.
      const reworded = await transaction.update(Reply, reply, { text: row.reply, revision: reply.revision + 1, ...approval() }, { action: 'IMPORT' });
      if (options.approve) await flagCertificatesForReply(transaction, reworded);
      approvedReplies.push(reply.id);
      changed = true;
    } else if (options.approve && reply.status !== ReplyStatus.APPROVED) {
      await flagCertificatesForReply(transaction, await transaction.update(Reply, reply, approval(), { action: 'APPROVE' }));
      approvedReplies.push(reply.id);
      changed = true;
    }
    if (changed) result.updated += 1;
    else result.unchanged += 1;
    done += 1;
    await progress(false);
  }
  await progress(true);
  if (options.approve) await recordEvents(transaction, [{ type: WebhookEventType.REPLY_APPROVED, target: Reply, ids: approvedReplies }]);
  return result;
}

/** Parses and imports a file into the transaction's client; bad rows throw INVALID_ROWS before any write. */
export async function importCsv(transaction: TransactionScope, client: Client, csv: string, options: ImportOptions & { approvedById: string | null }): Promise<ArgumentBaseImportResult> {
  const { rows, problems } = parseArgumentBaseCsv(csv, client.slug);
  if (problems.length) throw invalidCsvRows(problems);
  if (rows.length) await options.onProgress?.(0, rows.length);
  const result = await importRows(transaction, rows, options);
  await transaction.record({ entityType: 'ArgumentBase', entityId: client.id, action: 'IMPORT', after: { ...result, approve: options.approve } });
  return result;
}

/**
 * importArgumentBase: PR specialists (and administrators) import anything and may approve while
 * importing; a responsible person adds new situations only, their replies as DRAFT for a PR
 * specialist to review, and can never change (or take out of service) what is already there.
 */
export async function importArgumentBase(context: RequestContext, csv: string, approve: boolean, progressId?: string | null): Promise<ArgumentBaseImportResult> {
  const prSpecialist = context.hasRole(Role.PR_SPECIALIST);
  if (approve && !prSpecialist) {
    throw forbidden('Only a PR specialist may approve replies; import without approve and have them approved.', { reason: ErrorReason.MISSING_ROLE, requiredRoles: [Role.PR_SPECIALIST] });
  }
  // context.tenant is on the pool, not on the import's transaction: each progress write commits at once.
  const progress = progressId ? await ImportProgress.start(context.tenant, progressId, context.user.id) : null;
  try {
    const result = await context.transaction((transaction) =>
      importCsv(transaction, context.client, csv, { approve, onlyNewSituations: !prSpecialist, approvedById: approve ? context.user.id : null, onProgress: progress?.report }),
    );
    await progress?.finish(result);
    return result;
  } catch (error) {
    await progress?.fail(error);
    throw error;
  }
}

/** An import's progress, by the id its caller chose; NOT_FOUND outside the request's client. */
export function argumentBaseImport(context: RequestContext, id: string): Promise<ArgumentBaseImport> {
  return context.tenant.get(ArgumentBaseImport, id);
}

/** The CLI's import: one transaction, attributed to the system. */
export async function importCsvAsSystem(dataSource: DataSource, client: Client, csv: string, options: ImportOptions): Promise<ArgumentBaseImportResult> {
  // The same road as a request's: TransactionScope.run (a transaction that lost a race is run again), the tenant scope of the client.
  const owner = { actor: systemActor, currentClient: client, tenant: new TenantScope(client, dataSource.manager), noteAuditEvent: () => undefined };
  return TransactionScope.run(dataSource, owner, (transaction) => importCsv(transaction, client, csv, { ...options, approvedById: null }));
}
