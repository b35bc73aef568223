import { ConsumerCycleCategory } from '../argument-base/consumer-cycle-category';
import { categoryModel, classifyCategory } from './category-classifier';
import { characterSimilarities } from './character-similarity';
import { neighbourEvidence, postRarity, type NeighbourEvidence } from './confirmed-neighbours';
import type { CandidateSituation, MatchQueryResult } from './match-query';
import { MatchDocumentKind } from './match-index.entity';
import { matchConfidence, NO_MATCH, type MatchEvidence, type NoMatchCalibration } from './no-match';
import { rerankedScores, rerankerWeights, rerankFeatures } from './reranker';
import { learnedCounts, situationLikelihoods } from './situation-model';
import { postMeanings, situationSize, WORD_SIGNAL, wordCoverage, type Coverage, type LearnedSituation, type PostMeanings, type Rarity } from './word-coverage';

/**
 * The ranking, on the candidates the SQL found (README, "How matching works"). Every number here is
 * the weight of a general signal; none is tied to a particular situation, phrase or post.
 */
export const RANKING = {
  /** Share of the character n-gram signal against the word signal (word-coverage.ts). */
  characterShare: 0.3,
  /**
   * Weight of the situations' own word models (situation-model.ts) beside the two signals: each
   * situation gains exp of its log-likelihood ratio relative to the best one's, at this temperature
   * (a post's words are far from independent). The category evidence does not hear it: the category
   * already hears the base's words through the classifier, and a vote that heard them twice named the
   * wrong category more often (README).
   */
  situationModelShare: 0.7,
  situationModelTemperature: 5,
  /** Character n-gram length, taken inside word stems with boundary marks. */
  gramLength: 3,
  /** The category vote: how many ranked situations vote and how sharply the best ones count. */
  voters: 5,
  voteTemperature: 0.3,
  /** The post's own category cues: evidence worth this much before they are believed (a prior of "no cue"). */
  cuePrior: 2,
  /** How much a situation of the category the post's cues speak for gains, at full belief. */
  categoryBoost: 0.25,
  /** How much a situation gains by the share of the category evidence (vote and cues) its category has. */
  posteriorBoost: 0.25,
  /** Weight of the post's cues against the situations' vote in the category. */
  cueWeight: 1,
  /** How much a situation gains, on the best candidate's scale, by a confirmed post alike to this one (confirmed-neighbours.ts). */
  neighbourShare: 1,
  /** Weight of the nearest confirmed posts' categories in the category evidence. */
  neighbourCategoryWeight: 1.5,
  /**
   * The first `offered` situations are the ones shown: when the post's own cues believe in a category
   * at least this much and none of them is of it, the best of that category takes the last place.
   */
  ownCategoryBelief: 0.4,
  offered: 3,
  /**
   * Weight of the base's own category classifier (category-classifier.ts) in the post's category: half
   * a cue's, since it reads the topic words of a category's situations as much as its stance. The
   * ranking's category boost does not hear it (it reordered the base's own examples for the worse).
   */
  classifierWeight: 0.5,
};

export interface RankedSituation {
  situation: CandidateSituation;
  /** 0..1: how well the situation explains the post, relative to what the post says. */
  score: number;
}

export interface Ranking {
  ranked: RankedSituation[];
  category: ConsumerCycleCategory;
  /** True when the confidence is under the calibrated threshold (no-match.ts). */
  noMatch: boolean;
  /** 0..1: how likely the base holds the post's situation (no-match.ts). */
  confidence: number;
  /** What the confidence is computed from. */
  evidence: MatchEvidence;
}

/**
 * A situation found only through a confirmed example stays a candidate when that example is alike to
 * the post; otherwise it would only shift the others' character weights and category vote.
 */
function withNeighbours(found: MatchQueryResult): { result: MatchQueryResult; neighbours: NeighbourEvidence } {
  const evidence = neighbourEvidence(found);
  const kept = found.candidates.map((situation, index) => !situation.neighbourOnly || evidence.strength[index] > 0);
  if (kept.every(Boolean)) return { result: found, neighbours: evidence };
  return {
    result: { ...found, candidates: found.candidates.filter((_, index) => kept[index]) },
    neighbours: { ...evidence, strength: evidence.strength.filter((_, index) => kept[index]) },
  };
}

/** What the ranking computes of the candidates, before it orders them (the reranker reads it too: reranker.ts). */
export interface RankingSignals {
  result: MatchQueryResult;
  neighbours: NeighbourEvidence;
  meanings: PostMeanings;
  /** How rare a word is both in the base and among real posts (postRarity). */
  rarity: Rarity;
  /** The post's meanings weighed by `rarity` when the candidates hold confirmed posts or learned counts; else `meanings`. */
  rareMeanings: PostMeanings;
  learned: Map<string, LearnedSituation>;
  coverages: Coverage[];
  /** Per candidate, on the best candidate's scale (0..1). */
  words: number[];
  characters: number[];
  /** Per candidate: its situation model's log-likelihood ratio less the best one's (≤ 0). */
  likelihoods: number[];
  /** The cues' (and confirmed neighbours') belief in each category. */
  belief: Map<ConsumerCycleCategory, number>;
  /** The post's own cues' belief in each category, without the confirmed neighbours'. */
  cues: Map<ConsumerCycleCategory, number>;
  /** The share of the category evidence (vote and cues) of each category, before the situation models. */
  categoryShare: Map<ConsumerCycleCategory, number>;
  /** The base's classifier's posterior. */
  classified: Map<ConsumerCycleCategory, number>;
  /** Per candidate: the hand-set mix, category boosts included, on the best candidate's scale. */
  mixed: number[];
  /** The share of the post the best situation explains. */
  explainedShare: number;
  category: ConsumerCycleCategory;
}

export function rankingSignals(found: MatchQueryResult): RankingSignals | null {
  const { result, neighbours } = withNeighbours(found);
  if (result.candidates.length === 0) return null;
  const meanings = postMeanings(result);
  const learned = learnedCounts(result);
  const rarity = postRarity(result);
  // Weighed by rarity among real posts too, where real posts speak: the learned counts here, the confirmed posts in the reranker.
  const hasConfirmed = result.candidates.some((situation) => situation.documents.some((document) => document.kind === MatchDocumentKind.CONFIRMED));
  const rareMeanings = hasConfirmed || learned.size ? postMeanings(result, rarity) : meanings;
  // A situation's confirmed posts make it larger as its curated phrasings do (the word signal's saturation follows size).
  const sizes = result.candidates.map((situation) => situationSize(situation) + WORD_SIGNAL.confirmedWeight * (learned.get(situation.id)?.documents ?? 0));
  // Situations found only through a confirmed post hold no curated document: they do not make the others look large.
  const curatedSizes = sizes.filter((size) => size > 0);
  const averageSize = curatedSizes.reduce((sum, size) => sum + size, 0) / curatedSizes.length || 1;
  const coverages = result.candidates.map((situation, index) => wordCoverage(situation, meanings, sizes[index] / averageSize, { situation: learned.get(situation.id), meanings: rareMeanings }),
  );
  const rawWords = coverages.map((coverage) => coverage.score);
  const rawCharacters = characterSimilarities(result, RANKING.gramLength);
  const bestWords = Math.max(...rawWords) || 1;
  const bestCharacters = Math.max(...rawCharacters) || 1;
  const words = rawWords.map((value) => value / bestWords);
  const characters = rawCharacters.map((value) => value / bestCharacters);
  // Both signals are put on the best candidate's scale and mixed; then a situation gains by how much the
  // evidence on the post's category (the situations' vote and the post's own cues) speaks for its
  // category; then all is brought back to the share of the post that the best situation explains, so the
  // score is comparable across posts (for the no-match confidence).
  // A post alike to a confirmed one is explained as much as they are alike, whatever the curated words say.
  const explainedShare = Math.max(meanings.mass > 0 ? Math.min(bestWords / meanings.mass, 1) : 0, neighbours.best);
  const belief = cueBelief(result, neighbours);
  const model = categoryModel(result);
  const classified = classifyCategory(result, model);
  const signals = result.candidates.map(
    (situation, index) => (1 - RANKING.characterShare) * words[index] + RANKING.characterShare * characters[index] + RANKING.neighbourShare * neighbours.strength[index],
  );
  const rawLikelihoods = situationLikelihoods(result, model, learned);
  const bestLikelihood = Math.max(...rawLikelihoods);
  const likelihoods = rawLikelihoods.map((likelihood) => likelihood - bestLikelihood);
  const withModel = signals.map((signal, index) => signal + RANKING.situationModelShare * Math.exp(likelihoods[index] / RANKING.situationModelTemperature));
  const first = categoryEvidence(result.candidates.map((situation, index) => ({ situation, score: signals[index] })), belief);
  const firstTotal = [...first.values()].reduce((sum, value) => sum + value, 0) || 1;
  const categoryShare = new Map([...first].map(([category, value]) => [category, value / firstTotal]));
  const boosted = (scores: number[]) =>
    result.candidates.map(
      (situation, index) => scores[index] * (1 + RANKING.categoryBoost * (belief.get(situation.category) ?? 0) + RANKING.posteriorBoost * (categoryShare.get(situation.category) ?? 0)),
    );
  const relative = boosted(withModel);
  const bestRelative = Math.max(...relative) || 1;
  const voted = boosted(signals);
  const evidence = categoryEvidence(result.candidates.map((situation, index) => ({ situation, score: voted[index] })), belief, classified);
  const category = [...evidence.entries()].sort((left, right) => right[1] - left[1])[0][0];
  return {
    result,
    neighbours,
    meanings,
    rarity,
    rareMeanings,
    learned,
    coverages,
    words,
    characters,
    likelihoods,
    belief,
    cues: cueBelief(result, { ...neighbours, categories: new Map() }),
    categoryShare,
    classified,
    mixed: relative.map((value) => value / bestRelative),
    explainedShare,
    category,
  };
}

/** The product's reranker weights in feature order, laid out once rather than for every post. */
const PRODUCT_WEIGHTS = rerankerWeights();

export const EMPTY_RANKING: Ranking = { ranked: [], category: ConsumerCycleCategory.GENERAL_REQUEST, noMatch: true, confidence: 0, evidence: { best: 0, second: 0, held: 0, meanings: 0 } };

/**
 * The candidates in the reranker's order (reranker.ts); "no match" is judged from the hand-set mix, on
 * which the no-match calibration was fitted.
 */
export function rankCandidates(found: MatchQueryResult): Ranking {
  const signals = rankingSignals(found);
  return signals ? rankBy(signals, rerankedScores(rerankFeatures(signals), PRODUCT_WEIGHTS), NO_MATCH, signals.mixed) : EMPTY_RANKING;
}

/**
 * Orders the candidates by `relative` (per candidate, the best at 1), brings the scores to the share of
 * the post the best situation explains, and decides "no match" from them.
 */
export function rankBy(signals: RankingSignals, relative: number[], calibration: NoMatchCalibration = NO_MATCH, evidenceFrom: number[] = relative): Ranking {
  const { result, coverages, meanings, belief, category, explainedShare } = signals;
  const order = (scores: number[]) =>
    result.candidates
      .map((situation, index) => ({ situation, score: scores[index] * explainedShare, held: coverages[index].held }))
      .sort((left, right) => right.score - left.score || left.situation.key.localeCompare(right.situation.key));
  const ranked = order(relative);
  const judged = evidenceFrom === relative ? ranked : order(evidenceFrom);
  const seen: MatchEvidence = { best: judged[0].score, second: judged[1]?.score ?? 0, held: judged[0].held, meanings: meanings.count };
  const confidence = matchConfidence(seen, calibration);
  offerOwnCategory(ranked, belief);
  return { ranked: ranked.map(({ situation, score }) => ({ situation, score })), category, noMatch: confidence < calibration.threshold, confidence, evidence: seen };
}

/**
 * The evidence for each category: the best situations vote, weighted by exp of their score relative
 * to the best one (a post between two close situations of one category is classified by both), the
 * post's own cues add their belief, and the base's classifier its posterior when it is given.
 */
function categoryEvidence(
  scored: { situation: CandidateSituation; score: number }[],
  belief: Map<ConsumerCycleCategory, number>,
  classified: Map<ConsumerCycleCategory, number> = new Map(),
): Map<ConsumerCycleCategory, number> {
  const voters = [...scored].sort((left, right) => right.score - left.score).slice(0, RANKING.voters);
  const top = voters[0]?.score || 1;
  const votes = new Map<ConsumerCycleCategory, number>();
  for (const { situation, score } of voters) {
    votes.set(situation.category, (votes.get(situation.category) ?? 0) + Math.exp((score / top - 1) / RANKING.voteTemperature));
  }
  const voteTotal = [...votes.values()].reduce((sum, vote) => sum + vote, 0) || 1;
  const evidence = new Map<ConsumerCycleCategory, number>();
  for (const category of Object.values(ConsumerCycleCategory)) {
    evidence.set(category, (votes.get(category) ?? 0) / voteTotal + RANKING.cueWeight * (belief.get(category) ?? 0) + RANKING.classifierWeight * (classified.get(category) ?? 0));
  }
  return evidence;
}

/**
 * How much the post itself speaks for each category, 0..1: its own cues (category-cues.ts), damped by
 * a prior of "no cue", and the categories of the confirmed posts most alike to it (their cases').
 */
function cueBelief(result: MatchQueryResult, neighbours: NeighbourEvidence): Map<ConsumerCycleCategory, number> {
  const cues = result.analysis?.cues ?? {};
  const total = Object.values(cues).reduce((sum, weight) => sum + (weight ?? 0), 0);
  const belief = new Map(Object.entries(cues).map(([category, weight]) => [category as ConsumerCycleCategory, (weight ?? 0) / (total + RANKING.cuePrior)]));
  for (const [category, strength] of neighbours.categories) {
    belief.set(category, Math.min(1, (belief.get(category) ?? 0) + RANKING.neighbourCategoryWeight * strength));
  }
  return belief;
}

/**
 * A post told in another situation's words ("40 minutes on hold... the card is blocked") still says
 * what it is by its cues: when they clearly speak for a category the first situations shown lack, the
 * best situation of that category that shares a meaning with the post is offered among them, last.
 */
function offerOwnCategory(ranked: { situation: CandidateSituation; score: number; held: number }[], belief: Map<ConsumerCycleCategory, number>): void {
  const [category, strength] = [...belief.entries()].sort((left, right) => right[1] - left[1])[0] ?? [null, 0];
  if (!category || strength < RANKING.ownCategoryBelief || ranked.length <= RANKING.offered) return;
  if (ranked.slice(0, RANKING.offered).some((entry) => entry.situation.category === category)) return;
  const index = ranked.findIndex((entry, position) => position >= RANKING.offered && entry.situation.category === category && entry.held > 0);
  if (index < 0) return;
  const [offered] = ranked.splice(index, 1);
  const last = RANKING.offered - 1;
  ranked.splice(last, 0, { ...offered, score: ranked[last].score });
}
