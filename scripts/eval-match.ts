/**
 * npm run eval:match [-- --data DIR]: imports the evaluation argument base through the importer
 * into a scratch database and measures the matcher on the dev posts (DIR/dev-mentions.jsonl):
 * top-1 and top-3 situation accuracy, no-match precision and recall, category accuracy.
 *
 * --feedback: the base learning from confirmed work. A fixed half of the posts (every other post of
 * each client, in file order) is fed through the product as confirmed cases (ingested, then answered
 * with the expected situation's reply: eval-feedback.ts); the other half is measured before and after.
 */
import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { Command } from 'commander';
import { DataSource } from 'typeorm';
import { projectRoot } from '../api/config';
import { entities } from '../api/database/entities';
import { SnakeNamingStrategy } from '../api/database/naming-strategy';
import { createTestDatabase } from '../api/database/scratch-database';
import { importCsvAsSystem } from '../api/modules/argument-base/argument-base-import.service';
import { csvPartFor } from '../api/modules/argument-base/argument-base.csv';
import { rankPost } from '../api/modules/matching/match-post';
import { queryMatchCandidates } from '../api/modules/matching/match-query';
import { brandWords, meaningfulText } from '../api/modules/matching/post-text';
import { makeClient } from '../seeds/factories';
import { demoClients } from '../seeds/demo-people';
import { feedConfirmedCases } from './eval-feedback';

interface Mention {
  client: string;
  text: string;
  expected_key: string | null;
  expected_category: string;
}

const options = new Command('eval:match')
  .option('--data <dir>', 'folder with argument-base.csv and dev-mentions.jsonl', path.resolve(projectRoot, '../shared/eval'))
  .option('--verbose', 'print every miss')
  .option('--dump <file>', 'also write what the SQL returned for every post (JSON), to study the ranking offline')
  .option('--feedback', 'feed half of the posts as confirmed cases, measure the other half before and after')
  .parse()
  .opts<{ data: string; verbose?: boolean; dump?: string; feedback?: boolean }>();

type Clients = Map<string, Awaited<ReturnType<typeof makeClient>>>;

interface Figures {
  posts: number;
  withKey: number;
  expectedNone: number;
  top1: number;
  top3: number;
  categoryRight: number;
  saidNone: number;
  saidNoneRight: number;
}

async function measure(dataSource: DataSource, clients: Clients, mentions: Mention[]): Promise<Figures> {
  const figures: Figures = { posts: mentions.length, withKey: 0, expectedNone: 0, top1: 0, top3: 0, categoryRight: 0, saidNone: 0, saidNoneRight: 0 };
  for (const mention of mentions) {
    const ranking = await rankPost(dataSource.manager, clients.get(mention.client)!, mention.text);
    const keys = ranking.noMatch ? [] : ranking.ranked.map((entry) => entry.situation.key);
    if (ranking.category === mention.expected_category) figures.categoryRight += 1;
    if (ranking.noMatch) figures.saidNone += 1;
    if (mention.expected_key === null) {
      figures.expectedNone += 1;
      if (ranking.noMatch) figures.saidNoneRight += 1;
    } else {
      figures.withKey += 1;
      if (keys[0] === mention.expected_key) figures.top1 += 1;
      if (keys.slice(0, 3).includes(mention.expected_key)) figures.top3 += 1;
    }
    const miss = keys[0] !== (mention.expected_key ?? undefined) || ranking.category !== mention.expected_category;
    if (options.verbose && miss) {
      const shown = ranking.ranked.slice(0, 3).map((entry) => `${entry.situation.key}=${entry.score.toFixed(3)}`).join(' ');
      console.log(`- expected ${mention.expected_key} ${mention.expected_category}; got ${ranking.noMatch ? '(no match) ' : ''}${shown} ${ranking.category}\n  ${mention.text.slice(0, 140)}`);
    }
  }
  return figures;
}

const ratio = (part: number, whole: number) => (whole ? (part / whole).toFixed(3) : 'n/a');

function printFigures(figures: Figures): void {
  console.log(`\nposts: ${figures.posts} (${figures.withKey} with a situation, ${figures.expectedNone} without)`);
  console.log(`top-1 situation accuracy   ${ratio(figures.top1, figures.withKey)}   (target 0.80)`);
  console.log(`top-3 situation accuracy   ${ratio(figures.top3, figures.withKey)}   (target 0.95)`);
  console.log(`no-match precision         ${ratio(figures.saidNoneRight, figures.saidNone)}   (${figures.saidNoneRight} of ${figures.saidNone} "no match" answers were right)`);
  console.log(`no-match recall            ${ratio(figures.saidNoneRight, figures.expectedNone)}   (${figures.saidNoneRight} of ${figures.expectedNone} posts without a situation)`);
  console.log(`category accuracy          ${ratio(figures.categoryRight, figures.posts)}   (target 0.85)`);
}

function printComparison(before: Figures, after: Figures): void {
  const row = (label: string, part: (figures: Figures) => number, whole: (figures: Figures) => number) =>
    console.log(`${label.padEnd(27)}${ratio(part(before), whole(before)).padEnd(10)}${ratio(part(after), whole(after))}`);
  console.log(`\nthe measured half: ${after.posts} posts (${after.withKey} with a situation, ${after.expectedNone} without)`);
  console.log(`${''.padEnd(27)}${'before'.padEnd(10)}after feedback`);
  row('top-1 situation accuracy', (figures) => figures.top1, (figures) => figures.withKey);
  row('top-3 situation accuracy', (figures) => figures.top3, (figures) => figures.withKey);
  row('no-match precision', (figures) => figures.saidNoneRight, (figures) => figures.saidNone);
  row('no-match recall', (figures) => figures.saidNoneRight, (figures) => figures.expectedNone);
  row('category accuracy', (figures) => figures.categoryRight, (figures) => figures.posts);
}

/** Every other post of each client, in file order, is fed; the rest is measured. */
function split(mentions: Mention[]): { fed: Mention[]; measured: Mention[] } {
  const seen = new Map<string, number>();
  const fed: Mention[] = [];
  const measured: Mention[] = [];
  for (const mention of mentions) {
    const index = seen.get(mention.client) ?? 0;
    seen.set(mention.client, index + 1);
    (index % 2 === 0 ? fed : measured).push(mention);
  }
  return { fed, measured };
}

async function main(): Promise<void> {
  const csv = fs.readFileSync(path.join(options.data, 'argument-base.csv'), 'utf8');
  const mentions = fs
    .readFileSync(path.join(options.data, 'dev-mentions.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as Mention);
  const database = await createTestDatabase();
  const dataSource = await new DataSource({ type: 'postgres', url: database.url, entities, namingStrategy: new SnakeNamingStrategy() }).initialize();
  try {
    const clients: Clients = new Map();
    for (const slug of new Set(mentions.map((mention) => mention.client))) {
      const demo = demoClients.find((candidate) => candidate.slug === slug);
      const client = await makeClient(dataSource, { slug, name: demo?.name ?? slug, brandName: demo?.brandName ?? slug });
      const imported = await importCsvAsSystem(dataSource, client, csvPartFor(csv, slug), { approve: true });
      console.log(`${slug}: imported ${imported.created} situations`);
      clients.set(slug, client);
    }
    if (options.dump) {
      const dumped = [];
      for (const mention of mentions) {
        const client = clients.get(mention.client)!;
        dumped.push({ mention, result: await queryMatchCandidates(dataSource.manager, client.id, meaningfulText(mention.text, brandWords(client.brandName))) });
      }
      fs.writeFileSync(options.dump, JSON.stringify(dumped));
    }
    if (!options.feedback) {
      printFigures(await measure(dataSource, clients, mentions));
      return;
    }
    const { fed, measured } = split(mentions);
    const before = await measure(dataSource, clients, measured);
    for (const [slug, client] of clients) {
      const posts = fed.filter((mention) => mention.client === slug && mention.expected_key !== null).map((mention) => ({ text: mention.text, expectedKey: mention.expected_key! }));
      const confirmed = await feedConfirmedCases(dataSource, client, posts);
      console.log(`${slug}: ${posts.length} posts fed as answered cases, ${confirmed} confirmed examples in the base`);
    }
    printComparison(before, await measure(dataSource, clients, measured));
  } finally {
    await dataSource.destroy();
    await database.dispose();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
