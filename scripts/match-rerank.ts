/**
 * The learned reranker (api/modules/matching/reranker.ts) fitted on training outcomes: a conditional
 * logit (softmax over each post's candidates) of "this candidate is the post's situation" on the
 * candidates' signals, L2-regularised. The evaluation fits it inside the training folds and on the other
 * rounds of the learning curve only, as it fits the no-match calibration (match-calibration.ts).
 */
import type { MatchQueryResult } from '../api/modules/matching/match-query';
import { EMPTY_RANKING, rankBy, rankingSignals, type Ranking, type RankingSignals } from '../api/modules/matching/matching.ranking';
import { NO_MATCH, type NoMatchCalibration } from '../api/modules/matching/no-match';
import { rerankedScores, rerankerWeights, rerankFeatures, RERANK_FEATURES } from '../api/modules/matching/reranker';

type RerankWeights = number[];
import { fitCalibration, solve } from './match-calibration';
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

export interface RerankOptions {
  /** The L2 penalty; without it, chosen from PENALTIES by leaving each part of the training outcomes out in turn. */
  penalty?: number;
  /** Judge "no match" from the reranked scores (the calibration refitted on them) instead of the hand-set mix. */
  judgeByRerank?: boolean;
  /** Only these features (by name); the others weigh 0. */
  features?: readonly string[];
  /** Fit the no-match calibration on the training outcomes too (on the hand-set mix's evidence, as the product). */
  calibrate?: boolean;
  /** Outcomes to train on beside the training ones (other counts of the curve's other rounds). */
  extra?: (training: Outcome[]) => Outcome[];
}

const masked = (lists: CandidateList[], keep: boolean[]) => lists.map(({ features, correct }) => ({ correct, features: features.map((row) => row.filter((_, index) => keep[index])) }));

export function rankReranked(result: MatchQueryResult, weights: RerankWeights, calibration: NoMatchCalibration = NO_MATCH, judgeByRerank = false): Ranking {
  const { signals, features } = prepared(result);
  if (!signals) return EMPTY_RANKING;
  const relative = rerankedScores(features, weights);
  return rankBy(signals, relative, calibration, judgeByRerank ? relative : signals.mixed);
}

export const PENALTIES = [0.1, 0.3, 1, 3];

/** The penalty the product's fit and the evaluation use (chosen inside the training parts, PENALTIES, it moved between 0.1 and 3 for about the same figures). */
export const RERANK_PENALTY = 1;

/** The penalty whose fits, each on all parts of the training outcomes but one, best predict the part left out (log-likelihood). */
export function choosePenalty(training: Outcome[], extra: Outcome[], keep: boolean[]): number {
  const parts = [...new Set(training.map((outcome) => outcome.part))];
  let chosen = PENALTIES[0];
  let bestLoss = Infinity;
  for (const penalty of PENALTIES) {
    let loss = 0;
    for (const part of parts) {
      const fitted = fitConditionalLogit(masked(candidateLists([...training.filter((outcome) => outcome.part !== part), ...extra]), keep), penalty);
      loss += listLoss(masked(candidateLists(training.filter((outcome) => outcome.part === part)), keep), fitted, 0);
    }
    if (loss < bestLoss) [bestLoss, chosen] = [loss, penalty];
  }
  return chosen;
}

/** Fits the reranker's weights on training outcomes (and `extra` ones, never left out to choose the penalty). */
export function fitReranker(training: Outcome[], options: RerankOptions = {}, extra: Outcome[] = []): { weights: RerankWeights; penalty: number } {
  const keep = RERANK_FEATURES.map((name) => !options.features || options.features.includes(name));
  const penalty = options.penalty ?? choosePenalty(training, extra, keep);
  const fitted = fitConditionalLogit(masked(candidateLists([...training, ...extra]), keep), penalty);
  let position = 0;
  return { weights: keep.map((kept) => (kept ? fitted[position++] : 0)), penalty };
}

/** The reranker as a setting the evaluation fits per fold (and per round of the curve). */
export function rerankedSetting(name: string, options: RerankOptions = {}): Tunable {
  return {
    name,
    rank: (result) => rankReranked(result, rerankerWeights()),
    fit: (training) => {
      const { weights, penalty } = fitReranker(training, options, options.extra?.(training) ?? []);
      const judge = options.judgeByRerank ?? false;
      const rank = (result: MatchQueryResult) => rankReranked(result, weights, NO_MATCH, judge);
      const fittedName = `${name} (penalty ${penalty})`;
      if (!options.calibrate) return { name: fittedName, rank };
      const calibration = fitCalibration(training, (outcome) => rank(outcome.result));
      return { name: fittedName, rank: (result) => rankReranked(result, weights, calibration, judge) };
    },
  };
}

export const textOf = (outcome: Outcome) => `${outcome.item.client}\n${outcome.item.text}`;

/** The texts of `all` outside the training outcomes' parts: the ones being measured. */
export function measuredTexts(all: Outcome[], training: Outcome[]): Set<string> {
  const parts = new Set(training.map((outcome) => outcome.part));
  return new Set(all.filter((outcome) => !parts.has(outcome.part)).map(textOf));
}

/**
 * The reranker as the product fits it, on all the evaluation's answers (the folds' and every count of
 * the curve's), fitted for measuring `measured` (the folds, or one count of the curve) on all of them but
 * the ones of the texts measured: the training folds, or the other rounds of the curve, and every other
 * answer about a text that is not measured there (a text measured is never trained on, under any of its answers).
 */
export function rerankerSetting(name: string, folds: Outcome[], curve: Map<number, Outcome[]>, measured: Outcome[], options: RerankOptions = {}): Tunable {
  return rerankedSetting(name, {
    penalty: RERANK_PENALTY,
    ...options,
    extra: (training) => {
      const held = measuredTexts(measured, training);
      const others = [folds, ...curve.values()].filter((outcomes) => outcomes !== measured).flat();
      return others.filter((outcome) => !held.has(textOf(outcome)));
    },
  });
}
