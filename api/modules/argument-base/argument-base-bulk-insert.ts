import { randomUUID } from 'node:crypto';
import { actorParameters, AUDIT_INSERT_COLUMNS, auditRowsSql } from '../../common/bulk-audit';
import type { TransactionScope } from '../../common/transaction-scope';
import type { ArgumentBaseRow } from './argument-base.csv';
import { Reply, type ReplyStatus } from './reply.entity';
import { ExampleSource, SituationExample } from './situation-example.entity';
import { Situation } from './situation.entity';

/** Situations written per round of statements, at the least: the progress moves between rounds. */
export const NEW_SITUATIONS_PER_ROUND = 1_000;

/** Rounds in a large file: each round's statements run the match index's statement triggers once more. */
const MOST_ROUNDS = 10;

/**
 * The round for a file of `total` new situations: 1,000, or a tenth of the file when that is more.
 * Every round upserts again the vocabulary terms earlier rounds counted, so fewer rounds cost less
 * (30,000 situations: 52.6 s in rounds of 3,000 against 63.3 s in rounds of 1,000, measured in one
 * run, the larger rounds second); ten progress steps still move the bar.
 */
export function situationsPerRound(total: number): number {
  return Math.max(NEW_SITUATIONS_PER_ROUND, Math.ceil(total / MOST_ROUNDS));
}

export interface NewReplyState {
  status: ReplyStatus;
  approvedById: string | null;
  approvedAt: Date | null;
}

/**
 * Creates the situations of rows whose key is new, with their examples and reply, in three set-based
 * statements (situations, then examples, then replies) instead of four inserts per row. Each
 * statement audits every row it writes (action IMPORT, the snapshot TransactionScope.insert would
 * record) and, through the match index's statement triggers, indexes them; all inside `transaction`.
 */
export async function insertNewSituations(transaction: TransactionScope, rows: ArgumentBaseRow[], reply: NewReplyState): Promise<string[]> {
  if (!rows.length) return [];
  const { manager, tenant } = transaction;
  const actor = actorParameters(transaction.actor);
  const parameters = { clientId: '$client', actor: ['$2', '$3', '$4', '$5'] as [string, string, string, string] };
  const ids = rows.map(() => randomUUID());
  const audited = (target: typeof Situation | typeof SituationExample | typeof Reply, source: string) =>
    `audited AS (INSERT INTO audit_event ${AUDIT_INSERT_COLUMNS} ${auditRowsSql(manager, target, { source, alias: 'n', action: 'IMPORT', parameters })})`;

  await tenant.sql(
    `WITH created AS (
       INSERT INTO situation (id, client_id, key, title, category, topic, is_archived)
       SELECT id, $client, key, title, category::consumer_cycle_category, topic, false
         FROM unnest($6::uuid[], $7::text[], $8::text[], $9::text[], $10::text[]) AS i(id, key, title, category, topic)
       RETURNING *
     ), ${audited(Situation, 'created')}
     SELECT count(*) FROM created`,
    [...actor, ids, rows.map((row) => row.key), rows.map((row) => row.title), rows.map((row) => row.category), rows.map((row) => row.topic)],
  );

  const examples = rows.flatMap((row, index) => row.examples.map((text) => ({ situationId: ids[index], text })));
  await tenant.sql(
    `WITH created AS (
       INSERT INTO situation_example (client_id, situation_id, text, source, case_id)
       SELECT $client, situation_id, text, '${ExampleSource.CURATED}', NULL
         FROM unnest($6::uuid[], $7::text[]) WITH ORDINALITY AS i(situation_id, text, position) ORDER BY position
       RETURNING *
     ), ${audited(SituationExample, 'created')}
     SELECT count(*) FROM created`,
    [...actor, examples.map((example) => example.situationId), examples.map((example) => example.text)],
  );

  const replies = await tenant.sql<{ id: string }>(
    `WITH created AS (
       INSERT INTO reply (client_id, situation_id, text, theses, variants, platform_kinds, revision, status, approved_by_id, approved_at)
       SELECT $client, situation_id, text, '{}', '{}', '{}', 1, $8::reply_status, $9::uuid, $10::timestamptz
         FROM unnest($6::uuid[], $7::text[]) WITH ORDINALITY AS i(situation_id, text, position) ORDER BY position
       RETURNING *
     ), ${audited(Reply, 'created')}
     SELECT id FROM created`,
    [...actor, ids, rows.map((row) => row.reply), reply.status, reply.approvedById, reply.approvedAt],
  );
  return replies.map((row) => row.id);
}
