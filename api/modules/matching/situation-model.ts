import { CLASSIFIER, categoryWordCounts, nearestCountedSpellings } from './category-classifier';
import type { MatchQueryResult } from './match-query';
import { WORD_SIGNAL } from './word-coverage';

/** The per-situation word model's weights (README, "How matching works"). */
export const SITUATION_MODEL = {
  /**
   * Dirichlet smoothing of a situation's word frequencies towards its category's: how many lexemes of
   * the category a situation is assumed to hold beyond its own (a situation holds a few dozen).
   */
  smoothing: 100,
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
export function situationLikelihoods(result: MatchQueryResult): number[] {
  const { lexemesOf, counts, all } = categoryWordCounts(result);
  if (all === 0) return result.candidates.map(() => 0);
  const nearest = [...nearestCountedSpellings(result, counts).values()];
  return result.candidates.map((situation) => {
    const { frequency, length } = termFrequencies(situation.documents);
    const categoryLength = lexemesOf.get(situation.category) ?? 0;
    let score = 0;
    for (const { term, similarity } of nearest) {
      const byCategory = counts.get(term)!;
      const background = [...byCategory.values()].reduce((sum, count) => sum + count, 0) / all;
      if (background === 0) continue;
      const inCategory = ((byCategory.get(situation.category) ?? 0) + CLASSIFIER.smoothing * background) / (categoryLength + CLASSIFIER.smoothing);
      const likelihood = ((frequency.get(term) ?? 0) + SITUATION_MODEL.smoothing * inCategory) / (length + SITUATION_MODEL.smoothing);
      score += Math.pow(similarity, WORD_SIGNAL.similarityPower) * Math.log(likelihood / background);
    }
    return score;
  });
}

interface TermFrequencies {
  frequency: Map<string, number>;
  length: number;
}

// A batch of posts shares its situations' document lists (match-batch.ts), so a situation's
// frequencies are counted once per batch instead of once per post that has it among its candidates.
const frequenciesOf = new WeakMap<readonly MatchQueryResult['candidates'][number]['documents'][number][], TermFrequencies>();

function termFrequencies(documents: MatchQueryResult['candidates'][number]['documents']): TermFrequencies {
  const known = frequenciesOf.get(documents);
  if (known) return known;
  const frequency = new Map<string, number>();
  let length = 0;
  for (const document of documents) {
    const weight = WORD_SIGNAL.kindWeight[document.kind] ?? 0;
    if (weight === 0) continue;
    length += weight * document.lexemes.length;
    for (const term of new Set(document.lexemes)) frequency.set(term, (frequency.get(term) ?? 0) + weight);
  }
  const counted = { frequency, length };
  frequenciesOf.set(documents, counted);
  return counted;
}
