/**
 * The no-match calibration (api/modules/matching/no-match.ts) fitted on training outcomes: a logistic
 * regression of "the base holds the post's situation" on what the ranking saw, then the threshold that
 * scores best on the same training outcomes. The evaluation fits it inside each fold's training folds.
 */
import { rankCandidates, type Ranking } from '../api/modules/matching/matching.ranking';
import { evidenceFeatures, matchConfidence, NO_MATCH, type NoMatchCalibration } from '../api/modules/matching/no-match';
import { addOutcome, emptyFigures, rates, type Outcome, type Tunable } from './match-evaluation';

/** L2-regularised logistic regression by Newton's method; few features, a few hundred rows. */
export function fitLogistic(rows: { features: number[]; label: number }[], penalty = 1): number[] {
  const size = rows[0]?.features.length ?? 0;
  let weights = new Array(size).fill(0);
  for (let iteration = 0; iteration < 50; iteration += 1) {
    const gradient = weights.map((weight, index) => (index === 0 ? 0 : penalty * weight));
    const hessian = weights.map((_, row) => weights.map((__, column) => (row === column && row > 0 ? penalty : 0)));
    for (const { features, label } of rows) {
      const p = 1 / (1 + Math.exp(-features.reduce((sum, feature, index) => sum + feature * weights[index], 0)));
      for (let row = 0; row < size; row += 1) {
        gradient[row] += (p - label) * features[row];
        for (let column = 0; column < size; column += 1) hessian[row][column] += p * (1 - p) * features[row] * features[column];
      }
    }
    const step = solve(hessian, gradient);
    weights = weights.map((weight, index) => weight - step[index]);
    if (step.every((value) => Math.abs(value) < 1e-8)) break;
  }
  return weights;
}

/** Gaussian elimination with partial pivoting. */
export function solve(matrix: number[][], vector: number[]): number[] {
  const size = vector.length;
  const a = matrix.map((row, index) => [...row, vector[index]]);
  for (let column = 0; column < size; column += 1) {
    let pivot = column;
    for (let row = column + 1; row < size; row += 1) if (Math.abs(a[row][column]) > Math.abs(a[pivot][column])) pivot = row;
    [a[column], a[pivot]] = [a[pivot], a[column]];
    if (Math.abs(a[column][column]) < 1e-12) continue;
    for (let row = 0; row < size; row += 1) {
      if (row === column) continue;
      const factor = a[row][column] / a[column][column];
      for (let k = column; k <= size; k += 1) a[row][k] -= factor * a[column][k];
    }
  }
  return a.map((row, index) => (Math.abs(row[index]) < 1e-12 ? 0 : row[size] / row[index]));
}

const withCalibration = (ranking: Ranking, calibration: NoMatchCalibration): Ranking => {
  const confidence = ranking.ranked.length ? matchConfidence(ranking.evidence, calibration) : 0;
  return { ...ranking, confidence, noMatch: confidence < calibration.threshold };
};

/** Fits the calibration on outcomes ranked by the product's ranking. */
export function fitCalibration(outcomes: Outcome[], rankingOf: (outcome: Outcome) => Ranking = (outcome) => rankCandidates(outcome.result)): NoMatchCalibration {
  const ranked = outcomes.map((outcome) => ({ outcome, ranking: rankingOf(outcome) }));
  const rows = ranked.map(({ outcome, ranking }) => ({ features: evidenceFeatures(ranking.evidence), label: outcome.item.key === null ? 0 : 1 }));
  const [intercept, best, gap, held, meanings, single] = fitLogistic(rows);
  let chosen: NoMatchCalibration = { ...NO_MATCH, intercept, best, gap, held, meanings, single, threshold: 0 };
  let bestScore = -Infinity;
  // Saying "no match" to an answerable post is the costliest error: recall of answerable posts counts as much as the no-match F1.
  for (let threshold = 0.02; threshold < 0.96; threshold += 0.02) {
    const calibration = { ...chosen, threshold };
    const figures = emptyFigures();
    for (const { outcome, ranking } of ranked) addOutcome(figures, outcome.item, withCalibration(ranking, calibration));
    const rate = rates(figures);
    const score = (rate.noMatchF1 ?? 0) + rate.top3;
    if (score > bestScore + 1e-9) [bestScore, chosen] = [score, calibration];
  }
  return chosen;
}

/** The calibration as a setting the evaluation fits per fold. */
export function calibratedSetting(base: Tunable): Tunable {
  return {
    name: `${base.name}, calibrated no-match`,
    rank: base.rank,
    fit: (training) => {
      const calibration = fitCalibration(training, (outcome) => base.rank(outcome.result));
      return { name: `${base.name}, calibrated no-match`, rank: (result) => withCalibration(base.rank(result), calibration) };
    },
  };
}
