/**
 * npm run eval:match [-- --data DIR --folds 5 --seed 14 --curve 0,1,3,5]: the honest measure of matching
 * (scripts/match-evaluation.ts) on the shared evaluation data (DIR/argument-base.csv and
 * DIR/dev-mentions.jsonl), in a scratch database:
 * - k-fold cross-validation over all labelled material (the base's phrasings and the dev posts), folds
 *   fixed by a seeded hash, the learned weights chosen inside the training folds only;
 * - the learning curve: top-1 / top-3 / category with 0, 1, 3, 5 confirmed posts per situation fed
 *   through ingestMentions and logReaction, measured on texts not fed.
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
import { evaluateMatching } from './match-evaluation-report';

const options = new Command('eval:match')
  .option('--data <dir>', 'folder with argument-base.csv and dev-mentions.jsonl', path.resolve(projectRoot, '../shared/eval'))
  .option('--folds <count>', 'folds of the cross-validation', (value) => Number.parseInt(value, 10), 5)
  .option('--seed <seed>', 'seed of the folds and of the learning curve order', (value) => Number.parseInt(value, 10), 14)
  .option('--curve <counts>', 'confirmed posts per situation on the learning curve', '0,1,3,5')
  .option('--no-curve-run', 'skip the learning curve')
  .option('--save-curve <file>', "keep the learning curve's SQL answers in this file (JSON)")
  .option('--save-folds <file>', "keep the cross-validation's SQL answers in this file (JSON)")
  .parse()
  .opts<{ data: string; folds: number; seed: number; curve: string; curveRun: boolean; saveCurve?: string; saveFolds?: string }>();

async function main(): Promise<void> {
  const csv = fs.readFileSync(path.join(options.data, 'argument-base.csv'), 'utf8');
  const posts = fs
    .readFileSync(path.join(options.data, 'dev-mentions.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line));
  const database = await createTestDatabase();
  const dataSource = await new DataSource({ type: 'postgres', url: database.url, entities, namingStrategy: new SnakeNamingStrategy() }).initialize();
  try {
    const report = await evaluateMatching(dataSource, csv, posts, {
      folds: options.folds,
      seed: options.seed,
      curve: options.curveRun ? options.curve.split(',').map(Number) : [],
      postsLabel: 'dev posts',
      postsSeen: true,
      saveCurve: options.saveCurve,
      saveFolds: options.saveFolds,
    });
    console.log(report.lines.join('\n'));
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
