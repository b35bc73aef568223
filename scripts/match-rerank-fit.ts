/**
 * node dist/scripts/match-rerank-fit.js FOLDS.json CURVE.json: the product's reranker weights
 * (api/modules/matching/reranker.ts), one fit on all SQL answers kept by
 * `npm run eval:match -- --save-folds FOLDS.json --save-curve CURVE.json` (every fold, every round and count).
 */
import fs from 'node:fs';
import { RERANK_FEATURES } from '../api/modules/matching/reranker';
import type { Outcome } from './match-evaluation';
import { candidateLists, fitReranker, RERANK_PENALTY } from './match-rerank';

const [foldsFile, curveFile] = process.argv.slice(2);
const folds: Outcome[] = JSON.parse(fs.readFileSync(foldsFile, 'utf8'));
const curve: [number, Outcome[]][] = JSON.parse(fs.readFileSync(curveFile, 'utf8'));
const outcomes = [...folds, ...curve.flatMap(([, measured]) => measured)];
const { weights } = fitReranker(outcomes, { penalty: RERANK_PENALTY });
console.log(`// ${candidateLists(outcomes).length} candidate lists of ${outcomes.length} answers, penalty ${RERANK_PENALTY}`);
console.log('{');
RERANK_FEATURES.forEach((name, index) => console.log(`  ${name}: ${Number(weights[index].toFixed(3))},`));
console.log('}');
