/**
 * npm run eval:match [-- --data DIR]: imports the evaluation argument base through the importer
 * into a scratch database and measures the matcher on the dev posts (DIR/dev-mentions.jsonl):
 * top-1 and top-3 situation accuracy, no-match precision and recall, category accuracy.
 *
 * --folds N: also reports the figures on fixed parts of the posts (line number modulo N), so that
 * weights tuned while looking at one part can be checked on another; it tunes nothing itself.
 *
 * --feedback: the base learning from confirmed work. Part 0 of two (even lines) is fed through the
 * product as confirmed cases (ingested, then answered with the expected situation's reply, the
 * category corrected where ingest got it wrong: eval-feedback.ts); part 1 (odd lines) is measured
 * before and after. --fed-part 1 swaps the parts, so that the weights of the feedback can be tuned
 * on one split and checked on the other.
 *
 * --leave-one-out: a check that needs no dev post: each curated example of the base is taken out of it
 * (in a transaction rolled back after) and matched as a post; its own situation should be found.
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
import { TenantScope } from '../api/auth/tenant-scope';
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
  /** Its line in the file, counting from 0: decides its part for --folds and --feedback. */
  line: number;
}

const options = new Command('eval:match')
  .option('--data <dir>', 'folder with argument-base.csv and dev-mentions.jsonl', path.resolve(projectRoot, '../shared/eval'))
  .option('--verbose', 'print every miss')
  .option('--folds <count>', 'also report the figures on this many fixed parts of the posts (line number modulo count)', (value) => Number.parseInt(value, 10))
  .option('--only-fold <index>', 'with --folds and --verbose, print only the misses of this part', (value) => Number.parseInt(value, 10))
  .option('--dump <file>', 'also write what the SQL returned for every post (with --feedback: for the measured half, after feeding) as JSON, to study the ranking offline')
  .option('--feedback', 'feed the even lines as confirmed cases, measure the odd lines before and after')
  .option('--leave-one-out', "match each curated example of the base as a post, with it taken out of the base")
  .option('--fed-part <index>', 'with --feedback, which part of two is fed (0, the default: even lines; 1: odd lines, to tune on the other split)', (value) => Number.parseInt(value, 10), 0)
  .parse()
  .opts<{ data: string; verbose?: boolean; dump?: string; folds?: number; onlyFold?: number; feedback?: boolean; fedPart: number; leaveOneOut?: boolean }>();

type Clients = Map<string, Awaited<ReturnType<typeof makeClient>>>;

interface Tally {
  posts: number;
  withKey: number;
  top1: number;
  top3: number;
  categoryRight: number;
  saidNone: number;
  saidNoneRight: number;
  expectedNone: number;
}

const emptyTally = (): Tally => ({ posts: 0, withKey: 0, top1: 0, top3: 0, categoryRight: 0, saidNone: 0, saidNoneRight: 0, expectedNone: 0 });
const ratio = (part: number, whole: number) => (whole ? (part / whole).toFixed(3) : 'n/a');

function printTally(tally: Tally): void {
  console.log(`\nposts: ${tally.posts} (${tally.withKey} with a situation, ${tally.expectedNone} without)`);
  console.log(`top-1 situation accuracy   ${ratio(tally.top1, tally.withKey)}   (target 0.80)`);
  console.log(`top-3 situation accuracy   ${ratio(tally.top3, tally.withKey)}   (target 0.95)`);
  console.log(`no-match precision         ${ratio(tally.saidNoneRight, tally.saidNone)}   (${tally.saidNoneRight} of ${tally.saidNone} "no match" answers were right)`);
  console.log(`no-match recall            ${ratio(tally.saidNoneRight, tally.expectedNone)}   (${tally.saidNoneRight} of ${tally.expectedNone} posts without a situation)`);
  console.log(`category accuracy          ${ratio(tally.categoryRight, tally.posts)}   (target 0.85)`);
}

function printComparison(title: string, before: Tally, after: Tally): void {
  const row = (label: string, part: (tally: Tally) => number, whole: (tally: Tally) => number) =>
    console.log(`${label.padEnd(27)}${ratio(part(before), whole(before)).padEnd(10)}${ratio(part(after), whole(after))}`);
  console.log(`\n${title}: ${after.posts} posts (${after.withKey} with a situation, ${after.expectedNone} without)`);
  console.log(`${''.padEnd(27)}${'before'.padEnd(10)}after feedback`);
  row('top-1 situation accuracy', (tally) => tally.top1, (tally) => tally.withKey);
  row('top-3 situation accuracy', (tally) => tally.top3, (tally) => tally.withKey);
  row('no-match precision', (tally) => tally.saidNoneRight, (tally) => tally.saidNone);
  row('no-match recall', (tally) => tally.saidNoneRight, (tally) => tally.expectedNone);
  row('category accuracy', (tally) => tally.categoryRight, (tally) => tally.posts);
}

/** Ranks every post; returns the tally of all of them and of each of `folds` parts. */
async function measure(dataSource: DataSource, clients: Clients, mentions: Mention[], folds: number): Promise<{ total: Tally; byFold: Tally[] }> {
  const total = emptyTally();
  const byFold = Array.from({ length: folds }, emptyTally);
  for (const mention of mentions) {
    const ranking = await rankPost(new TenantScope(clients.get(mention.client)!, dataSource.manager), mention.text);
    const keys = ranking.noMatch ? [] : ranking.ranked.map((entry) => entry.situation.key);
    for (const tally of [total, byFold[mention.line % folds]]) {
      tally.posts += 1;
      if (ranking.category === mention.expected_category) tally.categoryRight += 1;
      if (ranking.noMatch) tally.saidNone += 1;
      if (mention.expected_key === null) {
        tally.expectedNone += 1;
        if (ranking.noMatch) tally.saidNoneRight += 1;
      } else {
        tally.withKey += 1;
        if (keys[0] === mention.expected_key) tally.top1 += 1;
        if (keys.slice(0, 3).includes(mention.expected_key)) tally.top3 += 1;
      }
    }
    const miss = keys[0] !== (mention.expected_key ?? undefined) || ranking.category !== mention.expected_category;
    const shownFold = options.onlyFold === undefined || mention.line % folds === options.onlyFold;
    if (options.verbose && miss && shownFold) {
      const shown = ranking.ranked.slice(0, 3).map((entry) => `${entry.situation.key}=${entry.score.toFixed(3)}`).join(' ');
      console.log(`- expected ${mention.expected_key} ${mention.expected_category}; got ${ranking.noMatch ? '(no match) ' : ''}${shown} ${ranking.category}\n  ${mention.text.slice(0, 140)}`);
    }
  }
  return { total, byFold };
}

/** Each curated example, taken out of the base inside a transaction that is rolled back, matched as a post. */
async function leaveOneOut(dataSource: DataSource, clients: Clients): Promise<void> {
  const tally = emptyTally();
  for (const client of clients.values()) {
    const examples = (await dataSource.query(
      `SELECT e.id, e.text, s.key, s.category FROM situation_example e JOIN situation s ON s.id = e.situation_id
       WHERE s.client_id = $1 AND e.source = 'CURATED' ORDER BY s.key, e.text`,
      [client.id],
    )) as { id: string; text: string; key: string; category: string }[];
    for (const example of examples) {
      const runner = dataSource.createQueryRunner();
      await runner.startTransaction();
      const ranking = await runner.manager
        .query('DELETE FROM situation_example WHERE id = $1', [example.id])
        .then(() => rankPost(new TenantScope(client, runner.manager), example.text))
        .finally(async () => {
          await runner.rollbackTransaction();
          await runner.release();
        });
      const keys = ranking.noMatch ? [] : ranking.ranked.map((entry) => entry.situation.key);
      tally.posts += 1;
      tally.withKey += 1;
      if (keys[0] === example.key) tally.top1 += 1;
      if (keys.slice(0, 3).includes(example.key)) tally.top3 += 1;
      if (ranking.category === example.category) tally.categoryRight += 1;
      if (ranking.noMatch) tally.saidNone += 1;
      if (options.verbose && keys[0] !== example.key) {
        console.log(`- ${example.key} ${example.category}; got ${ranking.noMatch ? '(no match) ' : ''}${ranking.ranked.slice(0, 3).map((entry) => entry.situation.key).join(' ')} ${ranking.category}\n  ${example.text}`);
      }
    }
  }
  console.log(`\n== the base's own examples, each left out and matched as a post`);
  printTally(tally);
}

async function main(): Promise<void> {
  const csv = fs.readFileSync(path.join(options.data, 'argument-base.csv'), 'utf8');
  const mentions = fs
    .readFileSync(path.join(options.data, 'dev-mentions.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line, index) => ({ ...(JSON.parse(line) as Omit<Mention, 'line'>), line: index }));
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
    const dump = async (dumpedMentions: Mention[]) => {
      if (!options.dump) return;
      const dumped = [];
      for (const mention of dumpedMentions) {
        const client = clients.get(mention.client)!;
        dumped.push({ mention, result: await queryMatchCandidates(new TenantScope(client, dataSource.manager), meaningfulText(mention.text, brandWords(client.brandName))) });
      }
      fs.writeFileSync(options.dump, JSON.stringify(dumped));
    };
    if (options.leaveOneOut) {
      await leaveOneOut(dataSource, clients);
      return;
    }
    if (options.feedback) {
      const fedPart = options.fedPart === 1 ? 1 : 0;
      const fed = mentions.filter((mention) => mention.line % 2 === fedPart);
      const measured = mentions.filter((mention) => mention.line % 2 !== fedPart);
      const answered = fed.filter((mention) => mention.expected_key !== null);
      const before = await measure(dataSource, clients, measured, 1);
      const answeredBefore = await measure(dataSource, clients, answered, 1);
      for (const [slug, client] of clients) {
        const posts = fed
          .filter((mention) => mention.client === slug && mention.expected_key !== null)
          .map((mention) => ({ text: mention.text, expectedKey: mention.expected_key!, expectedCategory: mention.expected_category }));
        const { confirmed, recategorised } = await feedConfirmedCases(dataSource, client, posts);
        console.log(`${slug}: ${posts.length} posts fed as answered cases (${recategorised} with the category corrected), ${confirmed} confirmed examples in the base`);
      }
      await dump(measured);
      printComparison('the measured half', before.total, (await measure(dataSource, clients, measured, 1)).total);
      // Not a measure of generalisation: the same words again, as when an author reposts a complaint elsewhere.
      printComparison('the fed posts themselves, asked again (a repost)', answeredBefore.total, (await measure(dataSource, clients, answered, 1)).total);
      return;
    }
    await dump(mentions);
    const folds = options.folds && options.folds > 1 ? options.folds : 1;
    const { total, byFold } = await measure(dataSource, clients, mentions, folds);
    if (folds > 1) {
      for (const [index, tally] of byFold.entries()) {
        console.log(`\n== part ${index} of ${folds} (lines where line number modulo ${folds} is ${index})`);
        printTally(tally);
      }
      console.log('\n== all posts');
    }
    printTally(total);
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
