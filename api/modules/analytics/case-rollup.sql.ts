/**
 * The daily rollups behind caseAnalytics, and the current text of their triggers (migration
 * CaseRollups runs these statements; a later change is a new migration).
 *
 * Every case adds exactly one contribution to `case_daily_rollup`, on the row of the client-local day
 * it was requested (cohort semantics: a day's figures are about the cases that came in that day) and
 * of its platform, representative and category; a case with a situation adds one to
 * `case_situation_daily` too. The triggers subtract the old contribution and add the new one in the
 * same transaction as the case write, so the rollups equal the raw tables after every commit.
 * Response and resolution times are kept as sums (averages are exact) and as counts per bucket of
 * RESPONSE_BUCKET_EDGES (percentiles are interpolated within a bucket: approximate).
 * A client's time-zone change rebuilds that client's rollups, since its days move.
 */

/** Upper edges, in minutes, of the time buckets: bucket i holds times in (edge[i-1], edge[i]]; the last bucket is open. */
export const RESPONSE_BUCKET_EDGES = [5, 10, 15, 30, 45, 60, 90, 120, 180, 240, 360, 480, 720, 1080, 1440, 2160, 2880, 4320, 7200, 10080, 20160, 43200] as const;
export const BUCKET_COUNT = RESPONSE_BUCKET_EDGES.length + 1;

const buckets = Array.from({ length: BUCKET_COUNT }, (_unused, index) => index);
export const firstResponseColumns = buckets.map((index) => `fr_${index}`);
export const resolutionColumns = buckets.map((index) => `rt_${index}`);

const COUNTS = ['cases', 'answered', 'resolved', 'problems_solved', 'positive_feedback', 'with_deadline', 'answered_within_deadline', 'positive', 'neutral', 'negative', 'resolution_count'];
const SUMS = ['first_response_seconds', 'resolution_seconds'];
/** Every additive column of case_daily_rollup, in one order. */
export const DAILY_MEASURES = [...COUNTS, ...SUMS, ...firstResponseColumns, ...resolutionColumns];

const DAILY_KEY = ['client_id', 'day', 'platform_id', 'representative_user_id', 'category'];
const SITUATION_KEY = [...DAILY_KEY, 'situation_id'];
const TOTALS_KEY = ['client_id', 'day', 'category'];
const SITUATION_TOTALS_KEY = [...TOTALS_KEY, 'situation_id'];

/**
 * Each figure is kept twice: per platform and representative (the `_daily`/`_rollup` tables, read when
 * the question names a platform or a representative) and per client and category only (the `_totals`
 * tables, read otherwise): the dashboard's usual question reads days × categories rows, not
 * days × platforms × representatives × categories.
 */
export const ROLLUP_TABLES = {
  byPlatformAndRepresentative: { daily: 'case_daily_rollup', situations: 'case_situation_daily' },
  byClient: { daily: 'case_daily_totals', situations: 'case_situation_totals' },
} as const;

const bucketOf = (seconds: string) =>
  `CASE ${RESPONSE_BUCKET_EDGES.map((edge, index) => `WHEN ${seconds} <= ${edge * 60} THEN ${index}`).join(' ')} ELSE ${BUCKET_COUNT - 1} END`;

const KEY_TYPES: Record<string, string> = {
  client_id: 'uuid NOT NULL REFERENCES "client"("id") ON DELETE CASCADE',
  day: 'date NOT NULL',
  platform_id: 'uuid NOT NULL',
  representative_user_id: 'uuid',
  category: 'consumer_cycle_category',
  situation_id: 'uuid NOT NULL',
};
const measureColumns = [
  ...COUNTS.map((column) => `"${column}" integer NOT NULL DEFAULT 0`),
  ...SUMS.map((column) => `"${column}" double precision NOT NULL DEFAULT 0`),
  ...[...firstResponseColumns, ...resolutionColumns].map((column) => `"${column}" integer NOT NULL DEFAULT 0`),
];
const createTable = (table: string, key: string[], measures: string[]) => [
  `CREATE TABLE "${table}" (${[...key.map((column) => `"${column}" ${KEY_TYPES[column]}`), ...measures].join(', ')})`,
  `CREATE UNIQUE INDEX "${table}_key" ON "${table}" (${key.map((column) => `"${column}"`).join(', ')}) NULLS NOT DISTINCT`,
];
const situationCount = ['"cases" integer NOT NULL DEFAULT 0'];

const createTables = [
  ...createTable('case_daily_rollup', DAILY_KEY, measureColumns),
  ...createTable('case_daily_totals', TOTALS_KEY, measureColumns),
  ...createTable('case_situation_daily', SITUATION_KEY, situationCount),
  ...createTable('case_situation_totals', SITUATION_TOTALS_KEY, situationCount),
  // The sentiment lives on the mention; the case keeps a copy so that a delete (also a cascade from
  // the mention, which is gone by then) still knows which sentiment column to take the case from.
  `ALTER TABLE "mention_case" ADD "mention_sentiment" sentiment`,
  `UPDATE "mention_case" c SET "mention_sentiment" = m."sentiment" FROM "mention" m WHERE m."id" = c."mention_id"`,
];


// Only the columns the rollups read: assigning a case or logging a note elsewhere moves nothing.
const WATCHED = ['client_id', 'requested_at', 'platform_id', 'representative_user_id', 'category', 'situation_id', 'status', 'first_response_at', 'finished_at', 'deadline_at', 'resolved', 'positive_feedback', 'mention_sentiment'];
const watched = (alias: string) => `(${WATCHED.map((column) => `${alias}.${column}`).join(', ')})`;

/**
 * The one statement that moves cases into the rollups: `source` yields mention_case rows with a
 * `sign` (1 adds a case, -1 takes it away). The statement triggers run it on their transition tables
 * (one statement per write, however many cases it touched: an ingest batch of 1,000 cases is one
 * upsert), and case_rollup_rebuild on a client's whole table. Rows are grouped first (an upsert may
 * touch a rollup row once) and written in key order (concurrent writers lock them in one order).
 */
function upsert(table: string, key: string[], sums: string[], columns: readonly string[], where = 'true'): string {
  const selected = key.map((column) => (column === 'day' ? 'local_day' : column)).join(', ');
  return `
    INSERT INTO ${table} AS r (${[...key, ...columns].join(', ')})
    SELECT ${selected}, ${sums.join(', ')}
      FROM bucketed WHERE ${where}
     GROUP BY ${selected} ORDER BY ${selected}
    ON CONFLICT (${key.join(', ')}) DO UPDATE SET ${columns.map((column) => `${column} = r.${column} + EXCLUDED.${column}`).join(', ')}`;
}

export function rollupStatement(source: string): string {
  // In the order of DAILY_MEASURES.
  const measures = [
    'sum(sign)',
    'sum(sign * (first_response_at IS NOT NULL)::int)',
    "sum(sign * (status = 'RESOLVED')::int)",
    'sum(sign * (resolved IS TRUE)::int)',
    'sum(sign * positive_feedback::int)',
    'sum(sign * (deadline_at IS NOT NULL)::int)',
    'sum(sign * (deadline_at IS NOT NULL AND first_response_at IS NOT NULL AND first_response_at <= deadline_at)::int)',
    "sum(sign * (mention_sentiment = 'POSITIVE')::int)",
    "sum(sign * (mention_sentiment IS DISTINCT FROM 'POSITIVE' AND mention_sentiment IS DISTINCT FROM 'NEGATIVE')::int)",
    "sum(sign * (mention_sentiment = 'NEGATIVE')::int)",
    'sum(sign * (resolution IS NOT NULL)::int)',
    'sum(sign * coalesce(response, 0))',
    'sum(sign * coalesce(resolution, 0))',
    ...buckets.map((index) => `sum(sign * (response_bucket = ${index})::int)`),
    ...buckets.map((index) => `sum(sign * (resolution_bucket = ${index})::int)`),
  ];
  return `
  WITH source AS (${source}),
  timed AS (
    SELECT source.*, (source.requested_at AT TIME ZONE client.time_zone)::date AS local_day,
           CASE WHEN source.first_response_at IS NOT NULL THEN greatest(0, extract(epoch FROM source.first_response_at - source.requested_at)) END AS response,
           CASE WHEN source.status = 'RESOLVED' AND source.finished_at IS NOT NULL THEN greatest(0, extract(epoch FROM source.finished_at - source.requested_at)) END AS resolution
      FROM source JOIN client ON client.id = source.client_id
  ),
  bucketed AS (
    SELECT timed.*,
           CASE WHEN response IS NULL THEN -1 ELSE ${bucketOf('response')} END AS response_bucket,
           CASE WHEN resolution IS NULL THEN -1 ELSE ${bucketOf('resolution')} END AS resolution_bucket
      FROM timed
  ),
  daily AS (${upsert('case_daily_rollup', DAILY_KEY, measures, DAILY_MEASURES)}),
  totals AS (${upsert('case_daily_totals', TOTALS_KEY, measures, DAILY_MEASURES)}),
  situations AS (${upsert('case_situation_daily', SITUATION_KEY, ['sum(sign)'], ['cases'], 'situation_id IS NOT NULL')})
  ${upsert('case_situation_totals', SITUATION_TOTALS_KEY, ['sum(sign)'], ['cases'], 'situation_id IS NOT NULL')}`;
}

const copySentiment = `
CREATE FUNCTION case_rollup_copy_sentiment() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- A statement that inserts the mention and its case together (the ingest) cannot see the mention
  -- yet, and passes the sentiment itself.
  IF NEW.mention_sentiment IS NULL THEN
    SELECT sentiment INTO NEW.mention_sentiment FROM mention WHERE mention.id = NEW.mention_id;
  END IF;
  RETURN NEW;
END $$`;

const triggerFunction = (name: string, source: string) => `
CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  ${rollupStatement(source)};
  RETURN NULL;
END $$`;

const changed = `${watched('old_case')} IS DISTINCT FROM ${watched('new_case')}`;
const onInsert = triggerFunction('case_rollup_on_insert', 'SELECT added.*, 1 AS sign FROM added_cases added');
const onDelete = triggerFunction('case_rollup_on_delete', 'SELECT removed.*, -1 AS sign FROM removed_cases removed');
const onUpdate = triggerFunction(
  'case_rollup_on_update',
  `SELECT old_case.*, -1 AS sign FROM cases_before old_case JOIN cases_after new_case ON new_case.id = old_case.id WHERE ${changed}
   UNION ALL
   SELECT new_case.*, 1 AS sign FROM cases_after new_case JOIN cases_before old_case ON old_case.id = new_case.id WHERE ${changed}`,
);

const mentionTrigger = `
CREATE FUNCTION case_rollup_on_mention_sentiment() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE mention_case SET mention_sentiment = NEW.sentiment WHERE mention_id = NEW.id;
  RETURN NULL;
END $$`;

/** Recomputes one client's rollups from the raw table: after a time-zone change, and for cases older than the triggers. */
const rebuildFunction = `
CREATE FUNCTION case_rollup_rebuild(target_client uuid) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM case_daily_rollup WHERE client_id = target_client;
  DELETE FROM case_daily_totals WHERE client_id = target_client;
  DELETE FROM case_situation_daily WHERE client_id = target_client;
  DELETE FROM case_situation_totals WHERE client_id = target_client;
  ${rollupStatement('SELECT c.*, 1 AS sign FROM mention_case c WHERE c.client_id = target_client')};
END $$`;

const clientTrigger = `
CREATE FUNCTION case_rollup_on_time_zone() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM case_rollup_rebuild(NEW.id);
  RETURN NULL;
END $$`;

export const CASE_ROLLUPS: string[] = [
  ...createTables,
  copySentiment,
  onInsert,
  onDelete,
  onUpdate,
  mentionTrigger,
  rebuildFunction,
  clientTrigger,
  `CREATE TRIGGER case_rollup_copy_sentiment BEFORE INSERT ON mention_case FOR EACH ROW EXECUTE FUNCTION case_rollup_copy_sentiment()`,
  `CREATE TRIGGER case_rollup_insert AFTER INSERT ON mention_case REFERENCING NEW TABLE AS added_cases FOR EACH STATEMENT EXECUTE FUNCTION case_rollup_on_insert()`,
  `CREATE TRIGGER case_rollup_delete AFTER DELETE ON mention_case REFERENCING OLD TABLE AS removed_cases FOR EACH STATEMENT EXECUTE FUNCTION case_rollup_on_delete()`,
  `CREATE TRIGGER case_rollup_update AFTER UPDATE ON mention_case REFERENCING OLD TABLE AS cases_before NEW TABLE AS cases_after
     FOR EACH STATEMENT EXECUTE FUNCTION case_rollup_on_update()`,
  `CREATE TRIGGER case_rollup_mention_sentiment AFTER UPDATE OF sentiment ON mention FOR EACH ROW
     WHEN (OLD.sentiment IS DISTINCT FROM NEW.sentiment) EXECUTE FUNCTION case_rollup_on_mention_sentiment()`,
  `CREATE TRIGGER case_rollup_time_zone AFTER UPDATE OF time_zone ON client FOR EACH ROW
     WHEN (OLD.time_zone IS DISTINCT FROM NEW.time_zone) EXECUTE FUNCTION case_rollup_on_time_zone()`,
  `SELECT case_rollup_rebuild(id) FROM client`,
];

export const CASE_ROLLUPS_DROPS: string[] = [
  'DROP TRIGGER case_rollup_time_zone ON client',
  'DROP TRIGGER case_rollup_mention_sentiment ON mention',
  'DROP TRIGGER case_rollup_update ON mention_case',
  'DROP TRIGGER case_rollup_delete ON mention_case',
  'DROP TRIGGER case_rollup_insert ON mention_case',
  'DROP TRIGGER case_rollup_copy_sentiment ON mention_case',
  'DROP FUNCTION case_rollup_on_time_zone()',
  'DROP FUNCTION case_rollup_rebuild(uuid)',
  'DROP FUNCTION case_rollup_on_mention_sentiment()',
  'DROP FUNCTION case_rollup_on_update()',
  'DROP FUNCTION case_rollup_on_delete()',
  'DROP FUNCTION case_rollup_on_insert()',
  'DROP FUNCTION case_rollup_copy_sentiment()',
  'ALTER TABLE "mention_case" DROP COLUMN "mention_sentiment"',
  'DROP TABLE "case_situation_totals"',
  'DROP TABLE "case_situation_daily"',
  'DROP TABLE "case_daily_totals"',
  'DROP TABLE "case_daily_rollup"',
];
