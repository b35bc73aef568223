/**
 * npm run -s build:api && node dist/scripts/match-rerank-study.js FOLDS.json CURVE.json: the learned
 * reranker (match-rerank.ts) against the product's ranking on SQL answers kept by
 * `npm run eval:match -- --save-folds FOLDS.json --save-curve CURVE.json`, with the same folds and rounds.
 */
import fs from 'node:fs';
import { calibratedSetting } from './match-calibration';
import { crossFitted, figuresLine, productSetting, type Outcome, type Tunable } from './match-evaluation';
import { rerankedSetting, type RerankOptions } from './match-rerank';
import { learnedSettings } from './match-settings';

const [foldsFile, curveFile, ...rest] = process.argv.slice(2);
const only = rest.length ? rest : null;
const folds: Outcome[] = JSON.parse(fs.readFileSync(foldsFile, 'utf8'));
const curve = new Map<number, Outcome[]>(fs.existsSync(curveFile) ? JSON.parse(fs.readFileSync(curveFile, 'utf8')) : []);

const variants: { name: string; options: RerankOptions }[] = [
  { name: 'all features, penalty 1', options: { penalty: 1 } },
  { name: 'all features, penalty 0.1', options: { penalty: 0.1 } },
  { name: 'all features, penalty 10', options: { penalty: 10 } },
];

const wanted = (name: string) => !only || only.some((word) => name.includes(word));

console.log('== cross-validation');
console.log(figuresLine('product, calibrated in folds', crossFitted(folds, [calibratedSetting(productSetting)]).figures));
for (const { name, options } of variants.filter((variant) => wanted(variant.name))) {
  console.log(figuresLine(`rerank ${name}`, crossFitted(folds, [rerankedSetting(name, { ...options, calibrate: true })]).figures));
}
console.log('== learning curve');
for (const [count, measured] of curve) {
  console.log(figuresLine(`${count}: product`, crossFitted(measured, [productSetting]).figures));
  console.log(figuresLine(`${count}: product + learned settings`, crossFitted(measured, [productSetting, ...learnedSettings()]).figures));
  for (const { name, options } of variants.filter((variant) => wanted(variant.name))) {
    console.log(figuresLine(`${count}: rerank ${name}`, crossFitted(measured, [rerankedSetting(name, options)]).figures));
    const pooled: Tunable = rerankedSetting(name, {
      ...options,
      extra: (training) => {
        const parts = new Set(training.map((outcome) => outcome.part));
        return [...curve].filter(([other]) => other !== count).flatMap(([, outcomes]) => outcomes.filter((outcome) => parts.has(outcome.part)));
      },
    });
    console.log(figuresLine(`${count}: rerank ${name}, all counts`, crossFitted(measured, [pooled]).figures));
  }
}
