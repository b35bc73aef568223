import { MatchDocumentKind } from './match-index.entity';
import type { MatchQueryResult } from './match-query';
import { postRarity, neighbourSimilarity } from './confirmed-neighbours';
import { EMPTY_RANKING, rankBy, rankingSignals, type Ranking, type RankingSignals } from './matching.ranking';
import { NO_MATCH, type NoMatchCalibration } from './no-match';
import { postMeanings } from './word-coverage';

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
  'confirmedPosts',
  'learnedShare',
  'held',
  'rankMixed',
  'rankWords',
  'rankLikelihood',
  'rankNearest',
  'neighbourOnly',
  'topMixed',
] as const;

export type RerankFeature = (typeof RERANK_FEATURES)[number];

/** 1 for the first, 1/2 for the second...: a candidate's place by one signal. */
function placeOf(values: number[]): number[] {
  const order = values.map((value, index) => ({ value, index })).sort((left, right) => right.value - left.value || left.index - right.index);
  const place = new Array<number>(values.length);
  order.forEach((entry, position) => (place[entry.index] = 1 / (1 + position)));
  return place;
}

/** Per candidate, its features in the order of RERANK_FEATURES. */
export function rerankFeatures(signals: RankingSignals): number[][] {
  const { result, learned, meanings, coverages } = signals;
  const rarity = postRarity(result);
  const hasConfirmed = result.candidates.some((situation) => situation.documents.some((document) => document.kind === MatchDocumentKind.CONFIRMED));
  const rareMeanings = hasConfirmed || learned.size ? postMeanings(result, rarity) : meanings;
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
  return result.candidates.map((situation, index) => [
    signals.mixed[index],
    signals.words[index],
    signals.characters[index],
    Math.max(signals.likelihoods[index], -30) / 10,
    likelihoodExp[index],
    signals.belief.get(situation.category) ?? 0,
    signals.categoryShare.get(situation.category) ?? 0,
    signals.classified.get(situation.category) ?? 0,
    nearest[index],
    mean[index],
    near[index],
    Math.log(1 + (learned.get(situation.id)?.documents ?? 0)),
    learnedShare[index],
    meanings.count ? coverages[index].held / meanings.count : 0,
    rankMixed[index],
    rankWords[index],
    rankLikelihood[index],
    nearest[index] > 0 ? rankNearest[index] : 0,
    situation.neighbourOnly ? 1 : 0,
    rankMixed[index] === 1 ? 1 : 0,
  ]);
}

/** The reranker's weights, in the order of RERANK_FEATURES. */
export type RerankWeights = number[];

/**
 * The candidates ordered by the reranker's score; the scores are exp of each one's less the best one's,
 * brought to the share of the post explained. "No match" is judged as before, from the hand-set mix.
 */
export function rerank(signals: RankingSignals, weights: RerankWeights, calibration: NoMatchCalibration = NO_MATCH, features = rerankFeatures(signals)): Ranking {
  const scores = features.map((row) => row.reduce((sum, value, index) => sum + value * (weights[index] ?? 0), 0));
  const best = Math.max(...scores);
  return rankBy(
    signals,
    scores.map((score) => Math.exp(score - best)),
    calibration,
    signals.mixed,
  );
}

export function rerankCandidates(found: MatchQueryResult, weights: RerankWeights, calibration: NoMatchCalibration = NO_MATCH): Ranking {
  const signals = rankingSignals(found);
  return signals ? rerank(signals, weights, calibration) : EMPTY_RANKING;
}
