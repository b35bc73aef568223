/**
 * What counting every API-key request costs: the authentication statement without the quota (as it
 * was) against the one that also counts the request (api/auth/authenticate.ts), 10 connections
 * sending it for one key (every count on the same row: the worst case), side by side in one run:
 * the two alternate for a few rounds and the best round of each is kept, as the machine may be busy.
 */
import { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { ApiKeyScope } from '../api/modules/api-keys/api-key-scope';
import { hashApiKeySecret } from '../api/modules/api-keys/api-key-secret';
import { API_KEY_WITH_USAGE } from '../api/auth/authenticate';
import { entities } from '../api/database/entities';
import { SnakeNamingStrategy } from '../api/database/naming-strategy';
import { makeApiKey, makeClient } from '../seeds/factories';

const WITHOUT_QUOTA = `SELECT row_to_json(k) AS api_key, row_to_json(c) AS client
  FROM api_key k JOIN client c ON c.id = k.client_id
 WHERE k.secret_hash = $1 AND k.revoked_at IS NULL`;

const CONNECTIONS = 10;
const SECONDS = 3;
const ROUNDS = 3;

async function statementsPerSecond(pool: Pool, sql: string, hash: string): Promise<{ perSecond: number; p99: number }> {
  const latencies: number[] = [];
  const until = Date.now() + SECONDS * 1000;
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      while (Date.now() < until) {
        const started = process.hrtime.bigint();
        await pool.query(sql, [hash]);
        latencies.push(Number(process.hrtime.bigint() - started) / 1e6);
      }
    }),
  );
  latencies.sort((left, right) => left - right);
  return { perSecond: latencies.length / SECONDS, p99: latencies[Math.floor(latencies.length * 0.99)] };
}

export async function apiKeyQuotaBench(databaseUrl: string): Promise<void> {
  const dataSource = await new DataSource({ type: 'postgres', url: databaseUrl, entities, namingStrategy: new SnakeNamingStrategy() }).initialize();
  const { secret } = await makeApiKey(dataSource, await makeClient(dataSource), [ApiKeyScope.REPLIES_READ]);
  await dataSource.destroy();
  const hash = hashApiKeySecret(secret);
  const pool = new Pool({ connectionString: databaseUrl, max: CONNECTIONS });
  try {
    for (const sql of [WITHOUT_QUOTA, API_KEY_WITH_USAGE]) await pool.query(sql, [hash]);
    const best = (results: { perSecond: number; p99: number }[]) => results.reduce((left, right) => (right.perSecond > left.perSecond ? right : left));
    const withoutRounds = [];
    const countedRounds = [];
    for (let round = 0; round < ROUNDS; round += 1) {
      withoutRounds.push(await statementsPerSecond(pool, WITHOUT_QUOTA, hash));
      countedRounds.push(await statementsPerSecond(pool, API_KEY_WITH_USAGE, hash));
    }
    const without = best(withoutRounds);
    const counted = best(countedRounds);
    console.log(`\nAPI-key authentication statement, one key, ${CONNECTIONS} connections, best of ${ROUNDS} rounds of ${SECONDS} s`);
    console.table([
      { statement: 'without the quota', 'statements/s': Math.round(without.perSecond), 'p99 ms': without.p99.toFixed(2), 'vs without': '1.00' },
      { statement: 'counting the request', 'statements/s': Math.round(counted.perSecond), 'p99 ms': counted.p99.toFixed(2), 'vs without': (counted.perSecond / without.perSecond).toFixed(2) },
    ]);
  } finally {
    await pool.end();
  }
}
