import fs from 'node:fs';
import path from 'node:path';
import { evaluateMatching } from '../../scripts/match-evaluation-report';
import { useTestApp } from '../helpers/app';

const app = useTestApp();

/**
 * The evaluation command's folds and learning curve, on the small sample kept in the repository: the demo
 * dealer's base (22 situations, their own phrasings; tests/fixtures/matching-sample.csv) and twelve posts
 * written for this test, three of them about nothing the base covers (no dev post is copied). Figures are printed for the log; only the direction of the
 * learning curve is asserted.
 */
const SAMPLE = path.join(__dirname, '../fixtures');
const csv = fs.readFileSync(path.join(SAMPLE, 'matching-sample.csv'), 'utf8');
const posts = fs
  .readFileSync(path.join(SAMPLE, 'matching-sample-posts.jsonl'), 'utf8')
  .split('\n')
  .filter((line) => line.trim())
  .map((line) => JSON.parse(line));

describe('the evaluation of matching', () => {
  it('cross-validates on fixed folds and draws a learning curve that rises once confirmed posts teach the base', async () => {
    const report = await evaluateMatching(app.dataSource, csv, posts, { folds: 4, seed: 14, curve: [0, 1, 3], postsLabel: "repository's sample posts", postsSeen: false });
    console.log(report.lines.join('\n'));
    expect(report.lines.length).toBeGreaterThan(4);
    const [none, one, three] = [0, 1, 3].map((count) => report.curve.get(count)!);
    // Before confirmed posts taught the models, top-1 stayed 0.716 at 0, 1 and 3 confirmed posts per situation.
    // Top-3 is not asserted: with the reranker it starts near its ceiling here (0.943, then 0.932 and 0.932).
    expect(one.top1).toBeGreaterThanOrEqual(none.top1);
    expect(three.top1).toBeGreaterThan(none.top1 + 0.02);
  }, 600_000);
});
