/**
 * Importing an argument base: Repbase's import (what `npm run import` runs: parsing, validation,
 * upsert by key, audit, match index, one transaction) against a bare COPY of the same rows into the
 * same tables (their match index triggers following, nothing else), in one run, for 3,000 and 30,000
 * situations of one reply and two phrasings each.
 */
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { from as copyFrom } from 'pg-copy-streams';
import type { PoolClient } from 'pg';
import { DataSource } from 'typeorm';
import { projectRoot } from '../api/config';
import { entities } from '../api/database/entities';
import { SnakeNamingStrategy } from '../api/database/naming-strategy';
import { importCsvAsSystem } from '../api/modules/argument-base/argument-base-import.service';
import { parseArgumentBaseCsv, writeArgumentBaseCsv, type ArgumentBaseRow } from '../api/modules/argument-base/argument-base.csv';
import { fastCsvLines, parseCsvRecords } from '../api/common/csv-import';
import { ConsumerCycleCategory } from '../api/modules/argument-base/consumer-cycle-category';
import type { Client } from '../api/modules/clients/client.entity';
import { makeClient } from '../seeds/factories';
import { BaseVocabulary, seededRandom } from './lib/argument-base-generator';
import { MatchIndexBulkWrites1796610000000 } from '../api/database/migrations/1796610000000-MatchIndexBulkWrites';

// BENCH_IMPORT_SIZES=3000 runs only the smaller base.
const SIZES = (process.env.BENCH_IMPORT_SIZES ?? '3000,30000').split(',').map(Number);
// Sizes also measured with the match index as it was before MatchIndexBulkWrites (its `down`), in the same run.
const BEFORE_SIZES = new Set((process.env.BENCH_IMPORT_BEFORE_SIZES ?? '3000').split(',').filter(Boolean).map(Number));
// BENCH_IMPORT_REPBASE_FIRST=1 runs the import before the bare COPY in each pair (the order favours whichever runs first).
const REPBASE_FIRST = process.env.BENCH_IMPORT_REPBASE_FIRST === '1';
const DEMO_BASE = path.join(projectRoot, 'seeds/argument-base.csv');

type Row = Omit<ArgumentBaseRow, 'line'>;

function generatedRows(count: number, vocabulary: BaseVocabulary, seed: number): Row[] {
  const random = seededRandom(seed);
  const categories = Object.values(ConsumerCycleCategory);
  const topics = ['cards', 'credit', 'deposits', 'app', 'service', 'sales', 'prices', 'company', 'support'];
  return Array.from({ length: count }, (_, index) => ({
    key: `imported-${index}`,
    title: vocabulary.sentence(3, 7, random),
    category: categories[Math.floor(random() * categories.length)],
    topic: topics[Math.floor(random() * topics.length)],
    examples: [vocabulary.sentence(7, 16, random), vocabulary.sentence(7, 16, random)],
    reply: `{name}, здравствуйте! ${vocabulary.sentence(25, 45, random)}.`,
  }));
}

/** COPY text format: tabs between fields, \N for null; the generated words hold no tab, newline or backslash. */
const line = (values: (string | null)[]) => values.map((value) => (value === null ? '\\N' : value)).join('\t') + '\n';

async function copy(connection: PoolClient, statement: string, lines: string[]): Promise<void> {
  await pipeline(Readable.from(lines), connection.query(copyFrom(statement)));
}

/** The same rows straight into the same tables with COPY, in one transaction; the match index's triggers still run. */
async function bareCopy(dataSource: DataSource, client: Client, rows: Row[], withoutIndex = false): Promise<number> {
  const pool = (dataSource.driver as unknown as { master: { connect(): Promise<PoolClient> } }).master;
  const connection = await pool.connect();
  const started = performance.now();
  try {
    await connection.query('BEGIN');
    // The floor: no trigger (so no match index) and no foreign-key check; the rows are rolled back.
    if (withoutIndex) await connection.query('SET LOCAL session_replication_role = replica');
    const ids = rows.map(() => randomUUID());
    await copy(connection, 'COPY situation (id, client_id, key, title, category, topic) FROM STDIN', rows.map((row, index) => line([ids[index], client.id, row.key, row.title, row.category, row.topic])));
    await copy(connection, 'COPY situation_example (client_id, situation_id, text) FROM STDIN', rows.flatMap((row, index) => row.examples.map((text) => line([client.id, ids[index], text]))));
    await copy(connection, `COPY reply (client_id, situation_id, text, status, approved_at) FROM STDIN`, rows.map((row, index) => line([client.id, ids[index], row.reply, 'APPROVED', new Date().toISOString()])));
    await connection.query(withoutIndex ? 'ROLLBACK' : 'COMMIT');
  } catch (error) {
    await connection.query('ROLLBACK');
    throw error;
  } finally {
    connection.release();
  }
  return (performance.now() - started) / 1000;
}

/**
 * Node's share of the import: reading the file with csv-parse (what the import did before
 * fastCsvLines) and with the one-pass reader, and the whole parse and validation the import runs;
 * the best of three each, on the same file.
 */
function readingSeconds(csv: string): { csvParse: number; fastReader: number; parseAndValidate: number } {
  const best = (work: () => unknown) => {
    let seconds = Infinity;
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const started = performance.now();
      work();
      seconds = Math.min(seconds, (performance.now() - started) / 1000);
    }
    return seconds;
  };
  return { csvParse: best(() => parseCsvRecords(csv)), fastReader: best(() => fastCsvLines(csv)), parseAndValidate: best(() => parseArgumentBaseCsv(csv, 'bench')) };
}

async function repbaseImport(dataSource: DataSource, client: Client, csv: string): Promise<{ seconds: number; progress: number[] }> {
  const started = performance.now();
  const progress: number[] = [];
  const result = await importCsvAsSystem(dataSource, client, csv, { approve: true, onProgress: () => progress.push((performance.now() - started) / 1000) });
  if (result.created !== csv.split('\r\n').length - 2) throw new Error(`the import created ${result.created} situations`);
  return { seconds: (performance.now() - started) / 1000, progress };
}

export async function argumentBaseImportBench(databaseUrl: string): Promise<void> {
  const dataSource = await new DataSource({ type: 'postgres', url: databaseUrl, entities, namingStrategy: new SnakeNamingStrategy() }).initialize();
  const vocabulary = new BaseVocabulary(DEMO_BASE);
  try {
    const indexVersion = async (version: 'before' | 'now') => {
      const runner = dataSource.createQueryRunner();
      try {
        await new MatchIndexBulkWrites1796610000000()[version === 'before' ? 'down' : 'up'](runner);
      } finally {
        await runner.release();
      }
    };
    for (const size of SIZES) {
      const rows = generatedRows(size, vocabulary, size);
      const csv = writeArgumentBaseCsv('bench', rows);
      const table: Record<string, string>[] = [];
      let progress: number[] = [];
      let documents = 0;
      for (const version of BEFORE_SIZES.has(size) ? (['before', 'now'] as const) : (['now'] as const)) {
        if (version === 'before') await indexVersion('before');
        // Whichever runs second writes into tables already holding the first one's rows (bigger indexes).
        const client = await makeClient(dataSource);
        let bareSeconds = REPBASE_FIRST ? 0 : await bareCopy(dataSource, await makeClient(dataSource), rows);
        const repbase = await repbaseImport(dataSource, client, writeArgumentBaseCsv(client.slug, rows));
        if (REPBASE_FIRST) bareSeconds = await bareCopy(dataSource, await makeClient(dataSource), rows);
        if (version === 'before') await indexVersion('now');
        documents = (await dataSource.query('SELECT count(*)::int AS count FROM situation_match_document WHERE client_id = $1', [client.id]))[0].count;
        const index = version === 'before' ? 'match index before MatchIndexBulkWrites' : 'match index now';
        table.push(
          { import: `bare COPY into the same tables (${index})`, seconds: bareSeconds.toFixed(2), 'vs bare': '1.00' },
          { import: `Repbase importCsvAsSystem (${index})`, seconds: repbase.seconds.toFixed(2), 'vs bare': (bareSeconds / repbase.seconds).toFixed(2) },
        );
        progress = repbase.progress;
      }
      const floor = await bareCopy(dataSource, await makeClient(dataSource), rows, true);
      table.unshift({ import: 'bare COPY, no trigger (no match index), no foreign-key check', seconds: floor.toFixed(2), 'vs bare': '' });
      console.log(`\nargument-base import, ${size.toLocaleString('en')} situations, ${REPBASE_FIRST ? 'Repbase first, then the bare COPY' : 'bare COPY first, then Repbase'} (${(Buffer.byteLength(csv) / 1e6).toFixed(1)} MB CSV, one reply and two phrasings each; ${documents.toLocaleString('en')} match documents)`);
      console.table(table);
      const reading = readingSeconds(csv);
      console.log(
        `reading the file in Node (best of 3): csv-parse ${reading.csvParse.toFixed(3)} s, one-pass reader ${reading.fastReader.toFixed(3)} s; ` +
          `the import's whole parse and validation ${reading.parseAndValidate.toFixed(3)} s`,
      );
      console.log(`progress reported ${progress.length} times, at ${progress.map((at) => at.toFixed(1)).join(', ')} s`);
    }
  } finally {
    await dataSource.destroy();
  }
}
