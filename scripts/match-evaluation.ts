/**
 * The honest measure of matching (README, "How matching works", Measured): k-fold cross-validation over
 * all labelled material, and a learning curve through the product's own ingest and logReaction path.
 * Used by `npm run eval:match` on the shared evaluation data and by tests/api/match-evaluation.test.ts
 * on the small sample kept in the repository.
 *
 * Every SQL answer is kept and ranked afterwards, so that weights (the `Tunable` settings) are chosen
 * on the training folds of each fold only, and the figures of a fold come from weights that never saw it.
 */
import type { DataSource } from 'typeorm';
import { TenantScope } from '../api/auth/tenant-scope';
import { importCsvAsSystem } from '../api/modules/argument-base/argument-base-import.service';
import { csvPartFor, parseArgumentBaseCsv, writeArgumentBaseCsv } from '../api/modules/argument-base/argument-base.csv';
import type { ConsumerCycleCategory } from '../api/modules/argument-base/consumer-cycle-category';
import type { Client } from '../api/modules/clients/client.entity';
import { queryMatchCandidates, type MatchQueryResult } from '../api/modules/matching/match-query';
import { rankCandidates, type Ranking } from '../api/modules/matching/matching.ranking';
import { brandWords, meaningfulText } from '../api/modules/matching/post-text';
import { demoClients } from '../seeds/demo-people';
import { makeClient } from '../seeds/factories';
import { openFeedback } from './eval-feedback';

/** A text whose situation (or its absence) is known: a phrasing of the base or a labelled post. */
export interface LabelledText {
  client: string;
  key: string | null;
  category: ConsumerCycleCategory;
  text: string;
  source: 'base' | 'post';
}

/** A labelled post as the evaluation files hold it (one JSON object a line). */
export interface LabelledPost {
  client: string;
  text: string;
  expected_key: string | null;
  expected_category: string;
}

/** All labelled material of the given clients: the base's own phrasings and the posts. */
export function labelledMaterial(csv: string, posts: LabelledPost[]): LabelledText[] {
  const slugs = [...new Set([...posts.map((post) => post.client), ...csvClients(csv)])];
  const phrasings = slugs.flatMap((client) =>
    parseArgumentBaseCsv(csvPartFor(csv, client), client).rows.flatMap((row) =>
      row.examples.map((text) => ({ client, key: row.key, category: row.category, text, source: 'base' as const })),
    ),
  );
  return [
    ...phrasings,
    ...posts.map((post) => ({ client: post.client, key: post.expected_key, category: post.expected_category as ConsumerCycleCategory, text: post.text, source: 'post' as const })),
  ];
}

function csvClients(csv: string): string[] {
  return [...new Set(csv.split('\n').slice(1).map((line) => line.split(',')[0]).filter((slug) => /^[a-z0-9-]+$/.test(slug)))];
}

/** FNV-1a: a fixed, seeded order, the same on every machine and run. */
export function seededHash(seed: number, text: string): number {
  let hash = (2166136261 ^ seed) >>> 0;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 16777619) >>> 0;
  }
  return hash;
}

export function seededOrder<T>(items: T[], seed: number, textOf: (item: T) => string): T[] {
  return [...items].sort((left, right) => seededHash(seed, textOf(left)) - seededHash(seed, textOf(right)) || textOf(left).localeCompare(textOf(right)));
}

/** What the SQL answered for one labelled text, ranked later under each setting. */
export interface Outcome {
  item: LabelledText;
  result: MatchQueryResult;
  /** The fold (cross-validation) or round (learning curve) it was measured in. */
  part: number;
}

export interface Figures {
  posts: number;
  withKey: number;
  top1: number;
  top3: number;
  category: number;
  saidNone: number;
  saidNoneRight: number;
  expectedNone: number;
}

export const emptyFigures = (): Figures => ({ posts: 0, withKey: 0, top1: 0, top3: 0, category: 0, saidNone: 0, saidNoneRight: 0, expectedNone: 0 });

export function addOutcome(figures: Figures, item: LabelledText, ranking: Ranking): void {
  const keys = ranking.noMatch ? [] : ranking.ranked.map((entry) => entry.situation.key);
  figures.posts += 1;
  if (ranking.category === item.category) figures.category += 1;
  if (ranking.noMatch) figures.saidNone += 1;
  if (item.key === null) {
    figures.expectedNone += 1;
    if (ranking.noMatch) figures.saidNoneRight += 1;
  } else {
    figures.withKey += 1;
    if (keys[0] === item.key) figures.top1 += 1;
    if (keys.slice(0, 3).includes(item.key)) figures.top3 += 1;
  }
}

export interface Rates {
  top1: number;
  top3: number;
  category: number;
  noMatchF1: number | null;
}

export function rates(figures: Figures): Rates {
  const precision = figures.saidNone ? figures.saidNoneRight / figures.saidNone : 0;
  const recall = figures.expectedNone ? figures.saidNoneRight / figures.expectedNone : 0;
  return {
    top1: figures.withKey ? figures.top1 / figures.withKey : 0,
    top3: figures.withKey ? figures.top3 / figures.withKey : 0,
    category: figures.posts ? figures.category / figures.posts : 0,
    noMatchF1: figures.expectedNone ? (precision + recall ? (2 * precision * recall) / (precision + recall) : 0) : null,
  };
}

/**
 * A setting of the weights that are learned from labelled material rather than set by hand: it ranks
 * a SQL answer, and `fit` (when given) learns what it needs from training outcomes first (the no-match
 * calibration). The first of a list is the product's default.
 */
export interface Tunable {
  name: string;
  rank: (result: MatchQueryResult) => Ranking;
  fit?: (training: Outcome[]) => Tunable;
}

export const productSetting: Tunable = { name: 'product', rank: rankCandidates };

/** The objective weights are chosen by: top-1, then category, then no-match F1 and top-3. */
function objective(outcomes: Outcome[], rankingOf: (outcome: Outcome) => Ranking): number {
  const figures = emptyFigures();
  for (const outcome of outcomes) addOutcome(figures, outcome.item, rankingOf(outcome));
  const rate = rates(figures);
  return rate.top1 + 0.5 * rate.category + 0.25 * (rate.noMatchF1 ?? 0) + 0.1 * rate.top3;
}

/** Each setting's ranking of each outcome, computed once (settings without a fit do not depend on the fold). */
function memoised(setting: Tunable): (outcome: Outcome) => Ranking {
  const known = new WeakMap<Outcome, Ranking>();
  return (outcome) => {
    let ranking = known.get(outcome);
    if (!ranking) known.set(outcome, (ranking = setting.rank(outcome.result)));
    return ranking;
  };
}

/**
 * Figures over all parts (of the outcomes `counted`), each part ranked by the setting chosen (and
 * fitted) on all outcomes of the other parts only; with the setting each part chose.
 */
export function crossFitted(outcomes: Outcome[], settings: Tunable[], counted: (outcome: Outcome) => boolean = () => true): { figures: Figures; chosen: string[] } {
  const figures = emptyFigures();
  const chosen: string[] = [];
  const rankers = settings.map(memoised);
  const parts = [...new Set(outcomes.map((outcome) => outcome.part))].sort((left, right) => left - right);
  for (const part of parts) {
    const training = outcomes.filter((outcome) => outcome.part !== part);
    const fitted = settings.map((setting, index) => ({ setting: setting.fit ? setting.fit(training) : setting, rank: setting.fit ? null : rankers[index] }));
    const scored = fitted.map(({ setting, rank }) => ({ setting, rank: rank ?? memoised(setting), score: 0 }));
    for (const entry of scored) entry.score = objective(training, entry.rank);
    const best = scored.reduce((winner, entry) => (entry.score > winner.score ? entry : winner));
    chosen.push(best.setting.name);
    for (const outcome of outcomes.filter((candidate) => candidate.part === part && counted(candidate))) addOutcome(figures, outcome.item, best.rank(outcome));
  }
  return { figures, chosen };
}

export type Clients = Map<string, Client>;

/** One scratch client per slug of the material, its part of the CSV imported and approved. */
export async function importClients(dataSource: DataSource, csv: string, slugs: string[], suffix = ''): Promise<Clients> {
  const clients: Clients = new Map();
  for (const slug of slugs) {
    const client = await makeClient(dataSource, { slug: `${slug}${suffix}`, name: slug, brandName: brandOf(slug) });
    // The file names its clients by their slugs; a scratch copy of a client gets its rows under its own.
    const { rows } = parseArgumentBaseCsv(csvPartFor(csv, slug), slug);
    await importCsvAsSystem(dataSource, client, writeArgumentBaseCsv(client.slug, rows), { approve: true });
    clients.set(slug, client);
  }
  return clients;
}

const brandOf = (slug: string) => demoClients.find((candidate) => candidate.slug === slug)?.brandName ?? slug;

async function ask(tenant: TenantScope, text: string): Promise<MatchQueryResult> {
  return queryMatchCandidates(tenant, meaningfulText(text, brandWords(tenant.client.brandName)));
}

/**
 * k-fold cross-validation: each labelled text falls in a fixed fold (seeded hash of its text); for each
 * fold the base's phrasings in it leave the base (in a transaction rolled back after) and every text
 * of the fold is asked as a post.
 */
export async function crossValidationOutcomes(dataSource: DataSource, clients: Clients, material: LabelledText[], folds: number, seed: number): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  for (let fold = 0; fold < folds; fold += 1) {
    const inFold = material.filter((item) => seededHash(seed, `${item.client}\n${item.text}`) % folds === fold);
    const runner = dataSource.createQueryRunner();
    await runner.startTransaction();
    try {
      for (const [slug, client] of clients) {
        const removed = inFold.filter((item) => item.client === slug && item.source === 'base');
        if (!removed.length) continue;
        await runner.manager.query(
          `DELETE FROM situation_example e USING situation s, unnest($2::text[], $3::text[]) AS held(key, text)
           WHERE s.id = e.situation_id AND s.client_id = $1 AND e.source = 'CURATED' AND s.key = held.key AND e.text = held.text`,
          [client.id, removed.map((item) => item.key), removed.map((item) => item.text)],
        );
      }
      for (const item of inFold) {
        const client = clients.get(item.client);
        if (client) outcomes.push({ item, part: fold, result: await ask(new TenantScope(client, runner.manager), item.text) });
      }
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  }
  return outcomes;
}

/**
 * The learning curve: the base is its situations' titles, replies and theses only, and every labelled
 * text of a situation is a post. In round r, one text of each situation (its r-th in a seeded order) is
 * measured and never fed; the others are fed, in that order, as answered cases through ingestMentions
 * and logReaction, `counts` at a time, and the measured texts are asked after each step. Each round is
 * a fresh copy of the base; every text is measured in one round. Texts with no situation are not used.
 */
export async function learningCurveOutcomes(
  dataSource: DataSource,
  csv: string,
  material: LabelledText[],
  counts: number[],
  seed: number,
  rounds?: number,
): Promise<Map<number, Outcome[]>> {
  const answerable = material.filter((item) => item.key !== null);
  const bySituation = new Map<string, LabelledText[]>();
  for (const item of answerable) {
    const key = `${item.client}\n${item.key}`;
    bySituation.set(key, [...(bySituation.get(key) ?? []), item]);
  }
  const texts = [...bySituation.values()].map((items) => seededOrder(items, seed, (item) => item.text));
  const roundCount = rounds ?? Math.min(...texts.map((items) => items.length));
  const outcomes = new Map(counts.map((count) => [count, [] as Outcome[]]));
  const session = await openFeedback(dataSource);
  try {
    for (let round = 0; round < roundCount; round += 1) {
      const slugs = [...new Set(answerable.map((item) => item.client))];
      const clients = await importClients(dataSource, csv, slugs, `-curve-${seed}-${round}`);
      for (const client of clients.values()) {
        await dataSource.query(`DELETE FROM situation_example WHERE client_id = $1 AND source = 'CURATED'`, [client.id]);
      }
      const measured = texts.map((items) => items[round % items.length]);
      const fedOrder = texts.map((items) => items.filter((_, index) => index !== round % items.length));
      let fed = 0;
      for (const count of [...counts].sort((left, right) => left - right)) {
        for (const [slug, client] of clients) {
          const posts = fedOrder
            .flatMap((items) => items.slice(fed, count))
            .filter((item) => item.client === slug)
            .map((item) => ({ text: item.text, expectedKey: item.key!, expectedCategory: item.category }));
          if (posts.length) await session.feed(client, posts);
        }
        fed = count;
        for (const item of measured) {
          outcomes.get(count)!.push({ item, part: round, result: await ask(new TenantScope(clients.get(item.client)!, dataSource.manager), item.text) });
        }
      }
    }
  } finally {
    await session.close();
  }
  return outcomes;
}

export const formatRate = (value: number | null) => (value === null ? 'n/a' : value.toFixed(3));

/** One line of figures: top-1, top-3, category, no-match F1, and the counts they are of. */
export function figuresLine(label: string, figures: Figures): string {
  const rate = rates(figures);
  return `${label.padEnd(44)} top-1 ${formatRate(rate.top1)}  top-3 ${formatRate(rate.top3)}  category ${formatRate(rate.category)}  no-match F1 ${formatRate(rate.noMatchF1)}  (${figures.withKey} with a situation, ${figures.expectedNone} without)`;
}
