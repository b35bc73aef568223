import { categoryModel, type CategoryModel } from './category-classifier';
import type { CandidateSituation, MatchQueryResult } from './match-query';
import { WORD_SIGNAL, type LearnedSituation } from './word-coverage';

/** The per-situation word model's weights (README, "How matching works"). */
export const SITUATION_MODEL = {
  /**
   * Dirichlet smoothing of a situation's word frequencies towards its category's: how many lexemes of
   * the category a situation is assumed to hold beyond its own (a situation holds a few dozen).
   */
  smoothing: 100,
  /**
   * What one confirmed post (a real post a person answered with the situation) weighs in its situation's
   * word frequencies, against a curated phrasing's 1: each of its terms counts once, so one post, however
   * long or noisy, adds at most this to a word's count. Chosen by the evaluation inside training folds
   * of the learning curve (scripts/match-settings.ts; README, "Measured").
   */
  confirmedWeight: 3,
};

/**
 * How much more likely the post's words are under each candidate situation's own word model than under
 * the whole base's, as a log-likelihood ratio (one per candidate, in order). A situation's model is the
 * frequency of each term in its curated documents (weighed by kind, as in the word signal), smoothed
 * towards its category's (itself smoothed towards the base's, as in the category classifier): a word the
 * situation never uses still speaks for it as much as its category uses it, and a small situation leans
 * on its category more than a large one. Unlike the word signal, a word common in the base and missing
 * from a situation counts against it.
 */
export function situationLikelihoods(
  result: MatchQueryResult,
  model: CategoryModel | null = categoryModel(result),
  learned: Map<string, LearnedSituation> = learnedCounts(result),
): number[] {
  if (!model) return result.candidates.map(() => 0);
  return result.candidates.map((situation) => {
    const { frequency, length } = termFrequencies(situation);
    const taught = learned.get(situation.id);
    const learnedLength = taught ? SITUATION_MODEL.confirmedWeight * taught.lexemes : 0;
    let score = 0;
    for (const word of model.words) {
      const inCategory = model.likelihood(word, situation.category);
      const count = (frequency.get(word.term) ?? 0) + SITUATION_MODEL.confirmedWeight * (taught?.terms.get(word.term) ?? 0);
      const likelihood = (count + SITUATION_MODEL.smoothing * inCategory) / (length + learnedLength + SITUATION_MODEL.smoothing);
      score += Math.pow(word.similarity, WORD_SIGNAL.similarityPower) * Math.log(likelihood / word.background);
    }
    return score;
  });
}

interface TermFrequencies {
  frequency: Map<string, number>;
  length: number;
}

// Keyed by the candidate object, as the character profiles are: posts of a batch share their situations'
// objects (match-batch.ts), so a situation's frequencies are counted once per batch, not once per post.
const frequenciesOf = new WeakMap<CandidateSituation, TermFrequencies>();

function termFrequencies(situation: CandidateSituation): TermFrequencies {
  const known = frequenciesOf.get(situation);
  if (known) return known;
  const frequency = new Map<string, number>();
  let length = 0;
  for (const document of situation.documents) {
    const weight = WORD_SIGNAL.kindWeight[document.kind] ?? 0;
    if (weight === 0) continue;
    length += weight * document.lexemes.length;
    for (const term of new Set(document.lexemes)) frequency.set(term, (frequency.get(term) ?? 0) + weight);
  }
  const counted = { frequency, length };
  frequenciesOf.set(situation, counted);
  return counted;
}

/** Per candidate: its confirmed posts, their lexemes in all and how many of them hold each of the post's terms. */
export function learnedCounts(result: MatchQueryResult): Map<string, LearnedSituation> {
  const learned = new Map<string, LearnedSituation>();
  for (const total of result.learnedTotals ?? []) learned.set(total.situationId, { documents: total.documents, lexemes: total.lexemes, terms: new Map() });
  for (const entry of result.learnedTerms ?? []) learned.get(entry.situationId)?.terms.set(entry.term, entry.documents);
  return learned;
}
