/**
 * Mention ingest: 10,000 mentions pushed through ingestMentions in batches of 1,000 (validation,
 * known-post lookup, sentiment, classification by the matcher against the demo car dealer's argument
 * base, deadlines, escalations, authors, cases, an audit event per row, one transaction per batch),
 * beside two bare `pg` baselines in the same run: a plain insert of the same rows (authors, mentions,
 * cases; nothing else), and the fair one, the same insert after sending the matcher's batch statement
 * (BATCH_MATCH_SQL, the same parameters) that ingest sends, so that the ratio shows what Repbase adds
 * beyond the classification's SQL. Then the same 10,000 again through the API: all known, nothing written.
 */
import { randomUUID } from 'node:crypto';
import { Client as PgClient } from 'pg';
import { DataSource } from 'typeorm';
import { ApiKeyScope } from '../api/modules/api-keys/api-key-scope';
import { entities } from '../api/database/entities';
import { SnakeNamingStrategy } from '../api/database/naming-strategy';
import fs from 'node:fs';
import { importCsvAsSystem } from '../api/modules/argument-base/argument-base-import.service';
import { csvPartFor } from '../api/modules/argument-base/argument-base.csv';
import { DEMO_ARGUMENT_BASE } from '../seeds/demo-argument-base-csv';
import { makeApiKey, makeClient, makePlatform } from '../seeds/factories';
import { startApi } from './lib/processes';
import { BATCH_MATCH_SQL, batchMatchParameters } from '../api/modules/matching/match-batch';
import { brandWords, meaningfulText } from '../api/modules/matching/post-text';
import { CLIENT_PLACEHOLDER } from '../api/auth/tenant-scope';

const TOTAL = 10_000;
const BATCH = 1_000;

const TEXTS = [
  'Подскажите, сколько стоит первое ТО и можно ли записаться на субботу?',
  'Третью неделю жду запчасть по гарантии, менеджер не перезванивает. Безобразие!',
  'Забрал машину вчера, спасибо менеджеру за терпение и подробную консультацию!',
  'Есть ли трейд-ин для машины старше восьми лет и сколько занимает оценка?',
  'Почему списали комиссию за обслуживание карты, если обещали бесплатно?',
];

interface Row {
  externalId: string;
  url: string;
  authorHandle: string;
  authorName: string;
  text: string;
  postedAt: string;
}

function rows(): Row[] {
  const start = Date.now() - 30 * 24 * 3600_000;
  return Array.from({ length: TOTAL }, (_, index) => {
    const id = `bench-${index}-${randomUUID().slice(0, 8)}`;
    return {
      externalId: id,
      url: `https://forum.example/topic/${id}`,
      authorHandle: `reader${index % 2000}`,
      authorName: `Читатель ${index % 2000}`,
      text: `${TEXTS[index % TEXTS.length]} (${index})`,
      postedAt: new Date(start + index * 60_000).toISOString(),
    };
  });
}

async function viaApi(url: string, key: string, platformId: string, batches: Row[][]): Promise<{ seconds: number; created: number; escalated: number }> {
  const started = performance.now();
  let created = 0;
  let escalated = 0;
  for (const batch of batches) {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
      body: JSON.stringify({
        query: 'mutation($input: [MentionInput!]!) { ingestMentions(input: $input) { created known escalated } }',
        variables: { input: batch.map((row) => ({ ...row, platformId })) },
      }),
    });
    const body = (await response.json()) as { data?: { ingestMentions: { created: number; escalated: number } }; errors?: unknown[] };
    if (body.errors) throw new Error(`ingestMentions failed: ${JSON.stringify(body.errors)}`);
    created += body.data!.ingestMentions.created;
    escalated += body.data!.ingestMentions.escalated;
  }
  return { seconds: (performance.now() - started) / 1000, created, escalated };
}

/**
 * The same rows with bare pg: one transaction per batch, three set-based INSERTs, no checks, no audit.
 * With `classify`, each batch first sends the matcher's batch statement for the batch's distinct texts,
 * as ingest does (its parameters built by the same functions); the ranking in TypeScript is left out.
 */
async function viaPg(
  databaseUrl: string,
  clientId: string,
  platformId: string,
  batches: Row[][],
  classify?: { brandName: string },
): Promise<{ seconds: number; created: number }> {
  const pg = new PgClient({ connectionString: databaseUrl });
  await pg.connect();
  const matchSql = BATCH_MATCH_SQL.replaceAll(CLIENT_PLACEHOLDER, '$1');
  const brand = classify ? brandWords(classify.brandName) : [];
  const started = performance.now();
  let created = 0;
  for (const batch of batches) {
    await pg.query('BEGIN');
    if (classify) {
      const texts = [...new Set(batch.map((row) => row.text))].map((text) => ({ text: meaningfulText(text, brand) }));
      await pg.query(matchSql, [clientId, ...batchMatchParameters(texts).parameters]);
    }
    await pg.query(
      `INSERT INTO author (client_id, platform_id, handle, handle_key, name)
       SELECT DISTINCT ON (handle) $1, $2, handle, lower(handle), name FROM unnest($3::text[], $4::text[]) AS i(handle, name)
       ON CONFLICT (client_id, platform_id, handle_key) DO NOTHING`,
      [clientId, platformId, batch.map((row) => row.authorHandle), batch.map((row) => row.authorName)],
    );
    const inserted = await pg.query(
      `WITH new_mentions AS (
         INSERT INTO mention (client_id, platform_id, external_id, url, author_id, author_handle, author_name, text, posted_at, sentiment)
         SELECT $1, $2, i.external_id, i.url, a.id, i.handle, i.name, i.text, i.posted_at, 'NEUTRAL'
           FROM unnest($3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::timestamptz[]) AS i(external_id, url, handle, name, text, posted_at)
           JOIN author a ON a.client_id = $1 AND a.platform_id = $2 AND a.handle_key = lower(i.handle)
         RETURNING id, platform_id, author_id, posted_at
       )
       INSERT INTO mention_case (client_id, mention_id, platform_id, author_id, requested_at)
       SELECT $1, id, platform_id, author_id, posted_at FROM new_mentions`,
      [
        clientId,
        platformId,
        batch.map((row) => row.externalId),
        batch.map((row) => row.url.replace('/topic/', classify ? '/pg-classified-topic/' : '/pg-topic/')),
        batch.map((row) => row.authorHandle),
        batch.map((row) => row.authorName),
        batch.map((row) => row.text),
        batch.map((row) => row.postedAt),
      ],
    );
    await pg.query('COMMIT');
    created += inserted.rowCount ?? 0;
  }
  const seconds = (performance.now() - started) / 1000;
  await pg.end();
  return { seconds, created };
}

export async function mentionIngestBench(databaseUrl: string): Promise<void> {
  const dataSource = await new DataSource({ type: 'postgres', url: databaseUrl, entities, namingStrategy: new SnakeNamingStrategy() }).initialize();
  const client = await makeClient(dataSource, { brandName: 'Автолидер' });
  // Classification is only real against a base: the dealer's 22 situations, as in the demo.
  await importCsvAsSystem(dataSource, client, csvPartFor(fs.readFileSync(DEMO_ARGUMENT_BASE, 'utf8'), 'autolider').replace(/^autolider,/gm, `${client.slug},`), { approve: true });
  // Statistics of what was loaded: the base and its match index. The CRM tables are left unanalysed, as in a
  // fresh installation: analysed empty, they would tell the planner they stay empty, and the cached plans of
  // the foreign-key checks would then scan the whole author and case tables for every row ingested.
  await dataSource.query(
    'ANALYZE situation, situation_example, reply, situation_match_document, situation_match_term, situation_match_vocabulary, situation_match_gram, situation_match_corpus',
  );
  const apiPlatform = await makePlatform(dataSource, client);
  const pgPlatform = await makePlatform(dataSource, client);
  const classifiedPlatform = await makePlatform(dataSource, client);
  const { secret } = await makeApiKey(dataSource, client, [ApiKeyScope.MENTIONS_WRITE]);
  await dataSource.destroy();

  const all = rows();
  const batches = Array.from({ length: TOTAL / BATCH }, (_, index) => all.slice(index * BATCH, (index + 1) * BATCH));
  const api = await startApi(databaseUrl);
  try {
    // Warm-up on a throwaway batch so that JIT and pools are ready before measuring.
    await viaApi(api.url, secret, apiPlatform.id, [rows().slice(0, 200)]);
    const bare = await viaPg(databaseUrl, client.id, pgPlatform.id, batches);
    const classified = await viaPg(databaseUrl, client.id, classifiedPlatform.id, batches, { brandName: client.brandName });
    const fresh = await viaApi(api.url, secret, apiPlatform.id, batches);
    const again = await viaApi(api.url, secret, apiPlatform.id, batches);
    if (bare.created !== TOTAL || classified.created !== TOTAL || fresh.created !== TOTAL || again.created !== 0) {
      throw new Error(`unexpected counts: bare ${bare.created}, bare classified ${classified.created}, API ${fresh.created}, API again ${again.created}`);
    }
    const line = (label: string, result: { seconds: number }) => ({
      run: label,
      mentions: TOTAL,
      seconds: Number(result.seconds.toFixed(2)),
      'mentions/s': Math.round(TOTAL / result.seconds),
      'vs bare insert': (bare.seconds / result.seconds).toFixed(2),
      'vs bare insert + classification SQL': (classified.seconds / result.seconds).toFixed(2),
    });
    console.log(`\ningestMentions: ${TOTAL} mentions in batches of ${BATCH}, one after another (${fresh.escalated} escalated at ingest)`);
    console.table([
      line('bare pg: INSERT authors, mentions, cases', bare),
      line('bare pg: BATCH_MATCH_SQL, then the same INSERTs', classified),
      line('Repbase ingestMentions (new)', fresh),
      line('Repbase ingestMentions (all known again)', again),
    ]);
    console.log(
      `throughput, ingestMentions / bare insert running the same classification SQL: ${(classified.seconds / fresh.seconds).toFixed(2)}`,
    );
  } finally {
    await api.stop();
  }
}
