import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { DataSource } from 'typeorm';
import { ConsumerCycleCategory } from '../../api/modules/argument-base/consumer-cycle-category';
import type { Client } from '../../api/modules/clients/client.entity';

/**
 * Generated argument bases for benchmarks: Russian-like text sampled from the words of a real base
 * (so word frequencies, lengths and morphology look like the real thing), at any size.
 */
export class BaseVocabulary {
  private readonly words: string[];

  constructor(csvPath: string) {
    const rows = parse(fs.readFileSync(csvPath, 'utf8'), { columns: true, bom: true }) as Record<string, string>[];
    const text = rows.map((row) => `${row.situation} ${row.examples} ${row.reply}`).join(' ');
    this.words = (text.toLowerCase().match(/\p{L}{2,}/gu) ?? []).filter((word) => word !== 'name' && word !== 'brand');
  }

  /** A random "sentence" of `from`..`to` words, drawn with the real base's word frequencies. */
  sentence(from: number, to: number, random: () => number): string {
    const length = from + Math.floor(random() * (to - from + 1));
    const picked = Array.from({ length }, () => this.words[Math.floor(random() * this.words.length)]);
    const sentence = picked.join(' ');
    return sentence.charAt(0).toUpperCase() + sentence.slice(1);
  }
}

/** A small seeded generator, so two runs generate the same base. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = Math.imul(state ^ (state >>> 15), 1 | state);
    value ^= value + Math.imul(value ^ (value >>> 7), 61 | value);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Adds `count` generated situations (title, two examples, one approved reply each) to the client's
 * base. Rows go in by batches of set-based INSERTs, which the match index's statement triggers index
 * in one call per statement (migration MatchIndexPerStatement): what makes 100,000 quick.
 */
export async function addGeneratedSituations(dataSource: DataSource, client: Client, count: number, vocabulary: BaseVocabulary, seed = 1): Promise<void> {
  const random = seededRandom(seed);
  const categories = Object.values(ConsumerCycleCategory);
  const topics = ['cards', 'credit', 'deposits', 'app', 'service', 'sales', 'prices', 'company', 'support'];
  const batch = 2000;
  for (let offset = 0; offset < count; offset += batch) {
    const size = Math.min(batch, count - offset);
    const situations = Array.from({ length: size }, (_, index) => ({
      id: randomUUID(),
      key: `generated-${seed}-${offset + index}`,
      title: vocabulary.sentence(3, 7, random),
      category: categories[Math.floor(random() * categories.length)],
      topic: topics[Math.floor(random() * topics.length)],
    }));
    const examples = situations.flatMap((situation) => [0, 1].map(() => ({ id: randomUUID(), situationId: situation.id, text: vocabulary.sentence(7, 16, random) })));
    const replies = situations.map((situation) => ({ id: randomUUID(), situationId: situation.id, text: `{name}, здравствуйте! ${vocabulary.sentence(25, 45, random)}.` }));
    await dataSource.query(
      `INSERT INTO situation (id, client_id, key, title, category, topic)
       SELECT id, $2, key, title, category::consumer_cycle_category, topic FROM unnest($1::uuid[], $3::text[], $4::text[], $5::text[], $6::text[]) AS t(id, key, title, category, topic)`,
      [situations.map((row) => row.id), client.id, situations.map((row) => row.key), situations.map((row) => row.title), situations.map((row) => row.category), situations.map((row) => row.topic)],
    );
    await dataSource.query(
      `INSERT INTO situation_example (id, client_id, situation_id, text) SELECT id, $2, situation_id, text FROM unnest($1::uuid[], $3::uuid[], $4::text[]) AS t(id, situation_id, text)`,
      [examples.map((row) => row.id), client.id, examples.map((row) => row.situationId), examples.map((row) => row.text)],
    );
    await dataSource.query(
      `INSERT INTO reply (id, client_id, situation_id, text, status, approved_at) SELECT id, $2, situation_id, text, 'APPROVED', now() FROM unnest($1::uuid[], $3::uuid[], $4::text[]) AS t(id, situation_id, text)`,
      [replies.map((row) => row.id), client.id, replies.map((row) => row.situationId), replies.map((row) => row.text)],
    );
  }
  await dataSource.query('ANALYZE situation; ANALYZE situation_match_document; ANALYZE situation_match_term; ANALYZE situation_match_vocabulary');
}
