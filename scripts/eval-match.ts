/**
 * npm run eval:match [-- --data DIR]: imports the evaluation argument base through the importer
 * into a scratch database and measures the matcher on the dev posts (DIR/dev-mentions.jsonl):
 * top-1 and top-3 situation accuracy, no-match precision and recall, category accuracy.
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
  .parse()
  .opts<{ data: string; verbose?: boolean; dump?: string }>();

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
    const clients = new Map<string, Awaited<ReturnType<typeof makeClient>>>();
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
    let withKey = 0, top1 = 0, top3 = 0, categoryRight = 0, saidNone = 0, saidNoneRight = 0, expectedNone = 0;
    for (const mention of mentions) {
      const ranking = await rankPost(dataSource.manager, clients.get(mention.client)!, mention.text);
      const keys = ranking.noMatch ? [] : ranking.ranked.map((entry) => entry.situation.key);
      if (ranking.category === mention.expected_category) categoryRight += 1;
      if (ranking.noMatch) saidNone += 1;
      if (mention.expected_key === null) {
        expectedNone += 1;
        if (ranking.noMatch) saidNoneRight += 1;
      } else {
        withKey += 1;
        if (keys[0] === mention.expected_key) top1 += 1;
        if (keys.slice(0, 3).includes(mention.expected_key)) top3 += 1;
      }
      const miss = keys[0] !== (mention.expected_key ?? undefined) || ranking.category !== mention.expected_category;
      if (options.verbose && miss) {
        const shown = ranking.ranked.slice(0, 3).map((entry) => `${entry.situation.key}=${entry.score.toFixed(3)}`).join(' ');
        console.log(`- expected ${mention.expected_key} ${mention.expected_category}; got ${ranking.noMatch ? '(no match) ' : ''}${shown} ${ranking.category}\n  ${mention.text.slice(0, 140)}`);
      }
    }
    const ratio = (part: number, whole: number) => (whole ? (part / whole).toFixed(3) : 'n/a');
    console.log(`\nposts: ${mentions.length} (${withKey} with a situation, ${expectedNone} without)`);
    console.log(`top-1 situation accuracy   ${ratio(top1, withKey)}   (target 0.80)`);
    console.log(`top-3 situation accuracy   ${ratio(top3, withKey)}   (target 0.95)`);
    console.log(`no-match precision         ${ratio(saidNoneRight, saidNone)}   (${saidNoneRight} of ${saidNone} "no match" answers were right)`);
    console.log(`no-match recall            ${ratio(saidNoneRight, expectedNone)}   (${saidNoneRight} of ${expectedNone} posts without a situation)`);
    console.log(`category accuracy          ${ratio(categoryRight, mentions.length)}   (target 0.85)`);
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
