import { MatchDocumentKind } from './match-index.entity';
import { neighbourSimilarity } from './confirmed-neighbours';
import type { RankingSignals } from './matching.ranking';

/**
 * A learned reranker over the candidates' signals (README, "How matching works"): each candidate is
 * described by its signals one by one (the hand-set mix among them), and a conditional logit, fitted by
 * the evaluation (scripts/match-rerank.ts), weighs them.
 */
export const RERANK_FEATURES = [
  'mixed',
  'words',
  'characters',
  'likelihood',
  'likelihoodExp',
  'cueBelief',
  'categoryShare',
  'classifier',
  'nearestConfirmed',
  'meanConfirmed',
  'confirmedNear',
  'learnedShare',
  'held',
  'rankMixed',
  'rankWords',
  'rankLikelihood',
  'rankNearest',
  'topMixed',
] as const;

export type RerankFeature = (typeof RERANK_FEATURES)[number];

/**
 * The product's weights: one fit (scripts/match-rerank-fit.ts, penalty 1) on every SQL answer of
 * `npm run eval:match` (seed 14): the 272 texts of the cross-validation and the 264 of the learning curve
 * at 0, 1, 3 and 5 confirmed posts per situation, 1,303 lists of candidates holding the right situation.
 * The evaluation's figures come from fits on the training folds and other rounds only (README, "Measured").
 */
export const RERANKER: Record<RerankFeature, number> = {
  mixed: 1.802,
  words: -0.464,
  characters: 0.577,
  likelihood: 1.443,
  likelihoodExp: 1.55,
  cueBelief: 4.897,
  categoryShare: 1.127,
  classifier: -0.599,
  nearestConfirmed: -0.136,
  meanConfirmed: 0.661,
  confirmedNear: 0.536,
  learnedShare: 0.42,
  held: 2.64,
  rankMixed: 0.914,
  rankWords: 0.103,
  rankLikelihood: -0.404,
  rankNearest: 0.09,
  topMixed: -0.33,
};

export const rerankerWeights = (weights: Record<RerankFeature, number> = RERANKER) => RERANK_FEATURES.map((name) => weights[name]);

/** 1 for the first, 1/2 for the second...: a candidate's place by one signal. */
function placeOf(values: number[]): number[] {
  const order = values.map((value, index) => ({ value, index })).sort((left, right) => right.value - left.value || left.index - right.index);
  const place = new Array<number>(values.length);
  order.forEach((entry, position) => (place[entry.index] = 1 / (1 + position)));
  return place;
}

/** Per candidate, its features in the order of RERANK_FEATURES. */
export function rerankFeatures(signals: RankingSignals): number[][] {
  const { result, learned, meanings, coverages, rarity, rareMeanings } = signals;
  const nearest: number[] = [];
  const mean: number[] = [];
  const near: number[] = [];
  for (const situation of result.candidates) {
    const similarities = situation.documents
      .filter((document) => document.kind === MatchDocumentKind.CONFIRMED)
      .map((document) => neighbourSimilarity(document, rareMeanings, rarity));
    nearest.push(similarities.length ? Math.max(...similarities) : 0);
    mean.push(similarities.length ? similarities.reduce((sum, value) => sum + value, 0) / similarities.length : 0);
    near.push(Math.log(1 + similarities.length));
  }
  // What share of the post's information the situation's confirmed posts hold, on average over them: a centroid of its confirmed posts.
  const learnedShare = result.candidates.map((situation) => {
    const taught = learned.get(situation.id);
    if (!taught || taught.documents === 0 || rareMeanings.mass === 0) return 0;
    const byLexeme = new Map<string, number>();
    for (const [term, count] of taught.terms) {
      for (const { lexeme, weight } of rareMeanings.byTerm.get(term) ?? []) {
        byLexeme.set(lexeme, Math.max(byLexeme.get(lexeme) ?? 0, (weight * Math.min(count, taught.documents)) / taught.documents));
      }
    }
    return Math.min([...byLexeme.values()].reduce((sum, value) => sum + value, 0) / rareMeanings.mass, 1);
  });
  const likelihoodExp = signals.likelihoods.map((value) => Math.exp(value / 5));
  const rankMixed = placeOf(signals.mixed);
  const rankWords = placeOf(signals.words);
  const rankLikelihood = placeOf(signals.likelihoods);
  const rankNearest = placeOf(nearest);
  return result.candidates.map((situation, index) => {
    // The post's category speaks only for a situation that shares a meaning with it (or a confirmed post alike to it).
    const speaks = coverages[index].held > 0 || nearest[index] > 0 ? 1 : 0;
    return [
      signals.mixed[index],
      signals.words[index],
      signals.characters[index],
      Math.max(signals.likelihoods[index], -30) / 10,
      likelihoodExp[index],
      speaks * (signals.cues.get(situation.category) ?? 0),
      speaks * (signals.categoryShare.get(situation.category) ?? 0),
      signals.classified.get(situation.category) ?? 0,
      nearest[index],
      mean[index],
      near[index],
      learnedShare[index],
      meanings.count ? coverages[index].held / meanings.count : 0,
      rankMixed[index],
      rankWords[index],
      rankLikelihood[index],
      nearest[index] > 0 ? rankNearest[index] : 0,
      rankMixed[index] === 1 ? 1 : 0,
    ];
  });
}

/** Per candidate, exp of its reranker score less the best one's (the best at 1). */
export function rerankedScores(features: number[][], weights: number[]): number[] {
  const scores = features.map((row) => row.reduce((sum, value, index) => sum + value * (weights[index] ?? 0), 0));
  const best = Math.max(...scores);
  return scores.map((score) => Math.exp(score - best));
}
