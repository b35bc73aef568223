/**
 * node dist/scripts/match-rerank-study.js FOLDS.json CURVE.json [--inner] [--without feature,...]: the
 * learned reranker (match-rerank.ts) beside the hand-set mix, on SQL answers kept by
 * `npm run eval:match -- --save-folds FOLDS.json --save-curve CURVE.json`, with the same folds and rounds.
 * Every fit sees only the training folds or the other rounds of the curve (and the answers about texts
 * not measured there); --inner chooses the penalty inside them too, --without leaves features out.
 */
import fs from 'node:fs';
import { calibratedSetting } from './match-calibration';
import { crossFitted, figuresLine, type Figures, type Outcome, type Tunable } from './match-evaluation';
import { rerankerSetting, type RerankOptions } from './match-rerank';
import { learnedSettings } from './match-settings';
import { RERANK_FEATURES } from '../api/modules/matching/reranker';
import type { MatchQueryResult } from '../api/modules/matching/match-query';
import { EMPTY_RANKING, rankBy, rankingSignals } from '../api/modules/matching/matching.ranking';

const [foldsFile, curveFile, ...rest] = process.argv.slice(2);
const without = rest.includes('--without') ? rest[rest.indexOf('--without') + 1].split(',') : [];
const options: RerankOptions = {
  ...(rest.includes('--inner') ? { penalty: undefined } : {}),
  ...(without.length ? { features: RERANK_FEATURES.filter((name) => !without.includes(name)) } : {}),
};
const folds: Outcome[] = JSON.parse(fs.readFileSync(foldsFile, 'utf8'));
// --lines even|odd DEV.jsonl: count only the dev posts of those lines (1-based) of the file, the others still trained on.
const linesOption = rest.includes('--lines') ? { parity: rest[rest.indexOf('--lines') + 1], file: rest[rest.indexOf('--lines') + 2] } : null;
const lineOf = new Map<string, number>();
if (linesOption) {
  fs.readFileSync(linesOption.file, 'utf8')
    .split('\n')
    .forEach((text, index) => text.trim() && lineOf.set(JSON.parse(text).text, index + 1));
}
const counted = (outcome: Outcome) => {
  if (!linesOption) return true;
  const line = outcome.item.source === 'post' ? lineOf.get(outcome.item.text) : undefined;
  return line !== undefined && line % 2 === (linesOption.parity === 'even' ? 0 : 1);
};
const curve = new Map<number, Outcome[]>(JSON.parse(fs.readFileSync(curveFile, 'utf8')));

/** The hand-set mix alone, as the product ranked before the reranker. */
const handSet: Tunable = {
  name: 'hand-set mix',
  rank: (result: MatchQueryResult) => {
    const signals = rankingSignals(result);
    return signals ? rankBy(signals, signals.mixed) : EMPTY_RANKING;
  },
};
const line = (label: string, { figures, chosen }: { figures: Figures; chosen: string[] }) => console.log(`${figuresLine(label, figures)}  [${[...new Set(chosen)].join(', ')}]`);

console.log(`== cross-validation${without.length ? `, without ${without.join(', ')}` : ''}`);
line('hand-set mix, calibrated in folds', crossFitted(folds, [calibratedSetting(handSet)], counted));
line('reranker, calibrated in folds', crossFitted(folds, [rerankerSetting('reranker', folds, curve, folds, { ...options, calibrate: true })], counted));
console.log('== learning curve');
for (const [count, measured] of curve) {
  line(`${count}: hand-set mix`, crossFitted(measured, [handSet], counted));
  line(`${count}: hand-set mix, confirmed weights chosen`, crossFitted(measured, [handSet, ...learnedSettings(handSet.rank)], counted));
  line(`${count}: reranker`, crossFitted(measured, [rerankerSetting('reranker', folds, curve, measured, options)], counted));
}
