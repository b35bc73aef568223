/**
 * matchSituations, the hot path of external tools, against a bare node:http + pg server sending the
 * same SQL, side by side in one run, on generated bases of 1,000 and 100,000 situations.
 */
import path from 'node:path';
import { DataSource } from 'typeorm';
import { projectRoot } from '../api/config';
import { entities } from '../api/database/entities';
import { SnakeNamingStrategy } from '../api/database/naming-strategy';
import { ApiKeyScope } from '../api/modules/api-keys/api-key-scope';
import { importCsvAsSystem } from '../api/modules/argument-base/argument-base-import.service';
import { csvPartFor } from '../api/modules/argument-base/argument-base.csv';
import type { Client } from '../api/modules/clients/client.entity';
import { makeApiKey, makeClient } from '../seeds/factories';
import fs from 'node:fs';
import { addGeneratedSituations, BaseVocabulary } from './lib/argument-base-generator';
import { load, report, warmUp, type LoadResult } from './lib/load';
import { startApi, startBare } from './lib/processes';

const SIZES = [1_000, 100_000];
const POST = 'Здравствуйте! Уже 40 минут не могу дозвониться на горячую линию, музыка играет, а карта заблокирована. Что делать?';
const DEMO_BASE = path.join(projectRoot, 'seeds/argument-base.csv');

interface Prepared {
  size: number;
  client: Client;
  secret: string;
}

export async function matchingBench(databaseUrl: string): Promise<void> {
  const dataSource = await new DataSource({ type: 'postgres', url: databaseUrl, entities, namingStrategy: new SnakeNamingStrategy() }).initialize();
  const vocabulary = new BaseVocabulary(DEMO_BASE);
  const realBase = csvPartFor(fs.readFileSync(DEMO_BASE, 'utf8'), 'bank-severny');
  const prepared: Prepared[] = [];
  for (const size of SIZES) {
    const started = Date.now();
    const client = await makeClient(dataSource, { brandName: 'Банк «Северный»' });
    // The real 22 situations are among the generated ones, so the post has its true match to find.
    await importCsvAsSystem(dataSource, client, realBase.replace(/\nbank-severny,/g, `\n${client.slug},`), { approve: true });
    await addGeneratedSituations(dataSource, client, size - 22, vocabulary, size);
    const { secret } = await makeApiKey(dataSource, client, [ApiKeyScope.REPLIES_READ]);
    prepared.push({ size, client, secret });
    console.log(`generated a base of ${size.toLocaleString('en')} situations in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  await dataSource.destroy();

  const api = await startApi(databaseUrl);
  const bare = await startBare('dist/bench/bare/matching.js', databaseUrl);
  const results = new Map<number, { api: LoadResult; bare: LoadResult }>();
  try {
    for (const { size, client, secret } of prepared) {
      const apiOptions = {
        url: `${api.url}/graphql`,
        headers: { authorization: `Bearer ${secret}` },
        body: JSON.stringify({
          query: 'query($text: String!) { matchSituations(input: { text: $text, limit: 3 }) { category noMatch matches { score situation { key title } reply { text } } guidance { briefInForce moveToPrivate } } }',
          variables: { text: POST },
        }),
      };
      const bareOptions = { url: bare.url, body: JSON.stringify({ clientId: client.id, brandName: client.brandName, text: POST }) };
      await warmUp(apiOptions);
      await warmUp(bareOptions);
      const bareResult = await load(`bare node:http + pg, ${size.toLocaleString('en')} situations`, bareOptions);
      const apiResult = await load(`Repbase matchSituations, ${size.toLocaleString('en')} situations`, apiOptions);
      report(`matchSituations on ${size.toLocaleString('en')} situations, 10 connections, 5 s each`, [bareResult, apiResult], bareResult);
      results.set(size, { api: apiResult, bare: bareResult });
    }
  } finally {
    await api.stop();
    await bare.stop();
  }
  const [small, large] = SIZES.map((size) => results.get(size)!);
  console.log('\nThe bare server sends the same SQL (brief in force + MATCH_SQL) and returns its JSON; the ranking the API does in TypeScript after the SQL is not in the bare numbers.');
  for (const size of SIZES) {
    const { api: apiResult, bare: bareResult } = results.get(size)!;
    console.log(`throughput, API / bare at ${size.toLocaleString('en')}: ${(apiResult.requestsPerSecond / bareResult.requestsPerSecond).toFixed(2)} (goal >= 0.5)`);
  }
  console.log(`p50 at 100,000 / p50 at 1,000, API: ${(large.api.p50 / Math.max(small.api.p50, 1)).toFixed(2)} (goal <= 3); bare: ${(large.bare.p50 / Math.max(small.bare.p50, 1)).toFixed(2)}`);
}
