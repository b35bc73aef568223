/**
 * The learned reranker (api/modules/matching/reranker.ts) fitted on training outcomes: a conditional
 * logit (softmax over each post's candidates) of "this candidate is the post's situation" on the
 * candidates' signals, L2-regularised. The evaluation fits it inside the training folds and on the other
 * rounds of the learning curve only, as it fits the no-match calibration (match-calibration.ts).
 */
import type { MatchQueryResult } from '../api/modules/matching/match-query';
import { rankingSignals, type Ranking, type RankingSignals } from '../api/modules/matching/matching.ranking';
import { NO_MATCH, type NoMatchCalibration } from '../api/modules/matching/no-match';
import { rerank, rerankFeatures, RERANK_FEATURES, type RerankWeights } from '../api/modules/matching/reranker';
import { fitCalibration } from './match-calibration';
import type { Outcome, Tunable } from './match-evaluation';

interface Prepared {
  signals: RankingSignals | null;
  features: number[][];
}

// The signals of an SQL answer do not depend on the fit: computed once per answer.
const preparedOf = new WeakMap<MatchQueryResult, Prepared>();

export function prepared(result: MatchQueryResult): Prepared {
  let known = preparedOf.get(result);
  if (!known) {
    const signals = rankingSignals(result);
    known = { signals, features: signals ? rerankFeatures(signals) : [] };
    preparedOf.set(result, known);
  }
  return known;
}

export interface CandidateList {
  features: number[][];
  correct: number;
}

/** The training lists: posts with a situation that is among their candidates, and more than one candidate. */
export function candidateLists(outcomes: Outcome[]): CandidateList[] {
  const lists: CandidateList[] = [];
  for (const outcome of outcomes) {
    if (outcome.item.key === null) continue;
    const { signals, features } = prepared(outcome.result);
    if (!signals || features.length < 2) continue;
    const correct = signals.result.candidates.findIndex((situation) => situation.key === outcome.item.key);
    if (correct >= 0) lists.push({ features, correct });
  }
  return lists;
}

function listLoss(lists: CandidateList[], weights: number[], penalty: number): number {
  let loss = 0.5 * penalty * weights.reduce((sum, weight) => sum + weight * weight, 0);
  for (const { features, correct } of lists) {
    const scores = features.map((row) => row.reduce((sum, value, index) => sum + value * weights[index], 0));
    const top = Math.max(...scores);
    loss += top + Math.log(scores.reduce((sum, score) => sum + Math.exp(score - top), 0)) - scores[correct];
  }
  return loss;
}

/** Conditional logit by Newton's method with a backtracking step; the L2 penalty keeps it defined when features are collinear. */
export function fitConditionalLogit(lists: CandidateList[], penalty = 1): number[] {
  const size = lists[0]?.features[0]?.length ?? RERANK_FEATURES.length;
  let weights = new Array<number>(size).fill(0);
  let loss = listLoss(lists, weights, penalty);
  for (let iteration = 0; iteration < 40; iteration += 1) {
    const gradient = weights.map((weight) => penalty * weight);
    const hessian = weights.map((_, row) => weights.map((__, column) => (row === column ? penalty : 0)));
    for (const { features, correct } of lists) {
      const scores = features.map((row) => row.reduce((sum, value, index) => sum + value * weights[index], 0));
      const top = Math.max(...scores);
      const exps = scores.map((score) => Math.exp(score - top));
      const total = exps.reduce((sum, value) => sum + value, 0);
      const p = exps.map((value) => value / total);
      const expected = new Array<number>(size).fill(0);
      features.forEach((row, candidate) => row.forEach((value, index) => (expected[index] += p[candidate] * value)));
      for (let index = 0; index < size; index += 1) gradient[index] += expected[index] - features[correct][index];
      features.forEach((row, candidate) => {
        if (p[candidate] < 1e-12) return;
        for (let r = 0; r < size; r += 1) {
          const a = p[candidate] * row[r];
          if (a === 0) continue;
          for (let c = 0; c < size; c += 1) hessian[r][c] += a * row[c];
        }
      });
      for (let r = 0; r < size; r += 1) for (let c = 0; c < size; c += 1) hessian[r][c] -= expected[r] * expected[c];
    }
    const step = solve(hessian, gradient);
    let scale = 1;
    let next = weights.map((weight, index) => weight - step[index]);
    let nextLoss = listLoss(lists, next, penalty);
    while (nextLoss > loss && scale > 1e-4) {
      scale /= 2;
      next = weights.map((weight, index) => weight - scale * step[index]);
      nextLoss = listLoss(lists, next, penalty);
    }
    if (nextLoss > loss) break;
    const moved = Math.max(...step.map((value) => Math.abs(value * scale)));
    [weights, loss] = [next, nextLoss];
    if (moved < 1e-7) break;
  }
  return weights;
}

/** Gaussian elimination with partial pivoting. */
function solve(matrix: number[][], vector: number[]): number[] {
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

export interface RerankOptions {
  penalty?: number;
  /** Only these features (by name); the others weigh 0. */
  features?: readonly string[];
  /** Fit the no-match calibration on the training outcomes too (on the hand-set mix's evidence, as the product). */
  calibrate?: boolean;
  /** Outcomes to train on beside the training ones (other counts of the curve's other rounds). */
  extra?: (training: Outcome[]) => Outcome[];
}

const masked = (lists: CandidateList[], keep: boolean[]) => lists.map(({ features, correct }) => ({ correct, features: features.map((row) => row.filter((_, index) => keep[index])) }));

export function rankReranked(result: MatchQueryResult, weights: RerankWeights, calibration: NoMatchCalibration = NO_MATCH): Ranking {
  const { signals, features } = prepared(result);
  if (!signals) return { ranked: [], category: 'GENERAL_REQUEST' as Ranking['category'], noMatch: true, confidence: 0, evidence: { best: 0, second: 0, held: 0, meanings: 0 } };
  return rerank(signals, weights, calibration, features);
}

/** Fits the reranker's weights on training outcomes. */
export function fitReranker(training: Outcome[], options: RerankOptions = {}): RerankWeights {
  const keep = RERANK_FEATURES.map((name) => !options.features || options.features.includes(name));
  const lists = masked(candidateLists(training), keep);
  const fitted = fitConditionalLogit(lists, options.penalty ?? 1);
  let position = 0;
  return keep.map((kept) => (kept ? fitted[position++] : 0));
}

/** The reranker as a setting the evaluation fits per fold (and per round of the curve). */
export function rerankedSetting(name: string, options: RerankOptions = {}): Tunable {
  return {
    name,
    rank: (result) => rankReranked(result, []),
    fit: (training) => {
      const weights = fitReranker([...training, ...(options.extra?.(training) ?? [])], options);
      const rank = (result: MatchQueryResult) => rankReranked(result, weights);
      if (!options.calibrate) return { name, rank };
      const calibration = fitCalibration(training, (outcome) => rank(outcome.result));
      return { name, rank: (result) => rankReranked(result, weights, calibration) };
    },
  };
}
