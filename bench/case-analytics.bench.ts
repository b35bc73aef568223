/**
 * caseAnalytics (a 30-day month by day, against the 30 days before) on clients of 10^4 and 10^6 cases
 * spread over a year, beside a bare SQL query computing the same figures from the raw tables, in one
 * run. Cases are generated in SQL (generate_series), through the rollup triggers like any case write.
 */
import { performance } from 'node:perf_hooks';
import { Client as PgClient } from 'pg';
import { DataSource } from 'typeorm';
import { entities } from '../api/database/entities';
import { SnakeNamingStrategy } from '../api/database/naming-strategy';
import type { Client } from '../api/modules/clients/client.entity';
import { Role } from '../api/modules/users/role';
import { makeClient, makePlatform, makeSituation, makeUser } from '../seeds/factories';
import { startApi } from './lib/processes';

const SIZES = [10_000, 1_000_000];
const RUNS = 40;
const PERIOD = { from: '2026-11-01', to: '2026-11-30', previousFrom: '2026-10-02' };

const QUERY = `query($from: String!, $to: String!) { caseAnalytics(from: $from, to: $to, groupBy: DAY) {
  summary { mentionsIn { current previous } answered { current } firstResponseMedianMinutes { current } shareAnsweredWithinDeadline { current } }
  series { start mentionsIn answered firstResponse { averageMinutes medianMinutes p90Minutes } }
  firstResponseDistribution { band cases { current } } categories { category cases { current previous } } sentiments { sentiment cases { current } }
  situations { title cases { current previous } } } }`;

const GENERATE = `
WITH author AS (
  INSERT INTO author (client_id, platform_id, handle, handle_key) VALUES ($1::uuid, ($2::uuid[])[1], 'bench' || $6::int, 'bench' || $6::int) RETURNING id
), mentions AS (
  INSERT INTO mention (client_id, platform_id, author_id, author_handle, text, posted_at, sentiment, category, situation_id)
  SELECT $1::uuid, ($2::uuid[])[1 + (h / 7) % array_length($2::uuid[], 1)], (SELECT id FROM author), 'bench', 'Вопрос ' || n,
         timestamptz '2026-12-01 00:00+03' - (n::float8 / $5::int * interval '365 days'),
         (ARRAY['POSITIVE', 'NEUTRAL', 'NEUTRAL', 'NEGATIVE'])[1 + (h / 13) % 4]::sentiment,
         -- A situation has its category: the 20 situations fall into the 8 categories.
         (enum_range(NULL::consumer_cycle_category))[1 + (h % 20) % 8],
         ($3::uuid[])[1 + h % 20]
    FROM (SELECT n, hashtext(n::text || ($6::int)::text) & 2147483647 AS h FROM generate_series(1, $5::int) AS n) numbered
  RETURNING id, platform_id, author_id, posted_at, sentiment, category, situation_id, (hashtext(id::text) & 2147483647) AS h
)
INSERT INTO mention_case (client_id, mention_id, platform_id, author_id, status, category, situation_id, requested_at, deadline_at,
                          representative_user_id, first_response_at, finished_at, resolved, positive_feedback, mention_sentiment)
SELECT $1::uuid, id, platform_id, author_id,
       (CASE WHEN h % 10 < 5 THEN 'RESOLVED' WHEN h % 10 < 8 THEN 'ANSWERED' ELSE 'NEW' END)::case_status,
       category, situation_id, posted_at, posted_at + interval '4 hours',
       ($4::uuid[])[1 + (h / 17) % array_length($4::uuid[], 1)],
       CASE WHEN h % 10 < 8 THEN posted_at + (h % 1440) * interval '1 minute' END,
       CASE WHEN h % 10 < 5 THEN posted_at + (h % 4000) * interval '1 minute' END,
       CASE WHEN h % 10 < 5 THEN true END, h % 7 = 0, sentiment
  FROM mentions`;

/** The same figures straight from the raw tables: exact percentiles, no rollups. */
const BARE = `
WITH c AS (
  SELECT c.*, (c.requested_at AT TIME ZONE 'Europe/Moscow')::date AS day, m.sentiment,
         extract(epoch FROM c.first_response_at - c.requested_at) / 60 AS response_minutes
    FROM mention_case c JOIN mention m ON m.id = c.mention_id
   WHERE c.client_id = $1 AND c.requested_at >= (($2::date)::timestamp AT TIME ZONE 'Europe/Moscow')
     AND c.requested_at < (($3::date + 1)::timestamp AT TIME ZONE 'Europe/Moscow')
)
SELECT day >= $4::date AS is_current, day, category, sentiment, count(*) AS cases, count(first_response_at) AS answered,
       count(*) FILTER (WHERE status = 'RESOLVED') AS resolved, avg(response_minutes) AS average,
       percentile_cont(0.5) WITHIN GROUP (ORDER BY response_minutes) AS median,
       percentile_cont(0.9) WITHIN GROUP (ORDER BY response_minutes) AS p90,
       count(*) FILTER (WHERE first_response_at <= deadline_at) AS within_deadline,
       count(*) FILTER (WHERE response_minutes <= 60) AS up_to_hour, count(*) FILTER (WHERE response_minutes > 1440) AS over_day,
       (SELECT json_agg(s) FROM (SELECT situation_id, count(*) FROM c WHERE day >= $4::date AND situation_id IS NOT NULL GROUP BY 1 ORDER BY 2 DESC LIMIT 10) s) AS situations
  FROM c GROUP BY GROUPING SETS ((day >= $4::date), (day >= $4::date, day), (day >= $4::date, category), (day >= $4::date, sentiment))`;

const median = (values: number[]) => [...values].sort((left, right) => left - right)[Math.floor(values.length / 2)];

async function timed(run: () => Promise<unknown>): Promise<number> {
  for (let warm = 0; warm < 5; warm += 1) await run();
  const times: number[] = [];
  for (let index = 0; index < RUNS; index += 1) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  return median(times);
}

export async function caseAnalyticsBench(databaseUrl: string): Promise<void> {
  const dataSource = await new DataSource({ type: 'postgres', url: databaseUrl, entities, namingStrategy: new SnakeNamingStrategy() }).initialize();
  const prepared: { size: number; client: Client; token: string }[] = [];
  for (const size of SIZES) {
    const started = Date.now();
    const client = await makeClient(dataSource);
    const platforms = await Promise.all([0, 1, 2, 3].map(() => makePlatform(dataSource, client)));
    const situations = [];
    for (let index = 0; index < 20; index += 1) situations.push(await makeSituation(dataSource, client, { title: `Ситуация ${index + 1}` }));
    const representatives = await Promise.all([0, 1, 2, 3, 4, 5].map(() => makeUser(dataSource, { roles: [[client, Role.REPRESENTATIVE]] })));
    const { token } = await makeUser(dataSource, { roles: [[client, Role.PR_SPECIALIST]] });
    for (let done = 0; done < size; done += 100_000) {
      await dataSource.query(GENERATE, [
        client.id,
        platforms.map((platform) => platform.id),
        situations.map((situation) => situation.id),
        representatives.map((representative) => representative.user.id),
        Math.min(100_000, size - done),
        done,
      ]);
    }
    await dataSource.query('ANALYZE mention_case; ANALYZE mention; ANALYZE case_daily_rollup; ANALYZE case_situation_daily');
    const [{ rows }] = await dataSource.query('SELECT count(*)::int AS rows FROM case_daily_rollup WHERE client_id = $1', [client.id]);
    console.log(`generated ${size.toLocaleString('en')} cases (${rows.toLocaleString('en')} rollup rows) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    prepared.push({ size, client, token });
  }
  await dataSource.destroy();

  const api = await startApi(databaseUrl);
  const bare = new PgClient({ connectionString: databaseUrl });
  await bare.connect();
  const results = new Map<number, { api: number; bare: number }>();
  try {
    for (const { size, client, token } of prepared) {
      const body = JSON.stringify({ query: QUERY, variables: { from: PERIOD.from, to: PERIOD.to } });
      const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-client': client.slug };
      const apiP50 = await timed(async () => {
        const response = await fetch(`${api.url}/graphql`, { method: 'POST', headers, body });
        const answer = (await response.json()) as { errors?: unknown };
        if (answer.errors) throw new Error(JSON.stringify(answer.errors));
      });
      const bareP50 = await timed(() => bare.query(BARE, [client.id, PERIOD.previousFrom, PERIOD.to, PERIOD.from]));
      results.set(size, { api: apiP50, bare: bareP50 });
    }
  } finally {
    await bare.end();
    await api.stop();
  }
  console.log(`\ncaseAnalytics, 30 days by day against the previous 30, cases over a year, ${RUNS} sequential requests (p50, ms)`);
  console.table(
    SIZES.map((size) => {
      const { api: apiP50, bare: bareP50 } = results.get(size)!;
      return { cases: size.toLocaleString('en'), 'API caseAnalytics (HTTP)': apiP50.toFixed(1), 'bare SQL on raw tables': bareP50.toFixed(1), 'API / bare': (apiP50 / bareP50).toFixed(2) };
    }),
  );
  const [small, large] = SIZES.map((size) => results.get(size)!);
  console.log(`p50 at 10^6 / p50 at 10^4, API: ${(large.api / small.api).toFixed(2)} (goal <= 3); bare SQL: ${(large.bare / small.bare).toFixed(2)}`);
}
