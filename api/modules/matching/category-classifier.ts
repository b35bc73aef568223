import type { ConsumerCycleCategory } from '../argument-base/consumer-cycle-category';
import type { MatchDocumentKind } from './match-index.entity';
import type { MatchQueryResult } from './match-query';
import { FILLER_LEXEMES, WORD_SIGNAL } from './word-coverage';

/** The classifier's weights (README, "How matching works"). */
export const CLASSIFIER = {
  /**
   * Dirichlet smoothing: how many lexemes of the whole base's word frequencies a category is assumed to
   * hold beyond its own. Large beside a category's own (a few hundred lexemes in a small base), so a
   * word speaks for a category only as much as it is more frequent there than in the base at large.
   */
  smoothing: 1000,
  /** The log-likelihoods are divided by this before the softmax: a post's words are far from independent. */
  temperature: 3,
  /**
   * What a confirmed post weighs in the category counts (under its case's category, which people
   * correct), against a curated phrasing's 1. Chosen by the evaluation in training folds (README).
   */
  confirmedWeight: 3,
};

/** Curated documents of a category, of one kind, holding a term. */
export interface CategoryTermCount {
  term: string;
  category: ConsumerCycleCategory;
  kind: MatchDocumentKind;
  documents: number;
}

/** A category's curated documents of one kind, and the lexemes they hold in all. */
export interface CategoryTotal {
  category: ConsumerCycleCategory;
  kind: MatchDocumentKind;
  documents: number;
  lexemes: number;
}

/**
 * P(category | post), learned from the client's own base: a multinomial naive Bayes over its curated
 * documents (each kind weighed as in the word signal), smoothed towards the whole base's frequencies,
 * with a uniform prior. The post's words count by their nearest spelling in the base, and the members
 * of its thesaurus concepts count too ("кредитка" speaks with "кредитная карта"'s documents). The
 * counts come with the candidates, from tables triggers keep (migration CategoryClassifier), so a
 * document taken out of the base is out of them in the same transaction.
 */
export function classifyCategory(
  result: Pick<MatchQueryResult, 'spellings' | 'categoryTerms' | 'categoryTotals'>,
  model: CategoryModel | null = categoryModel(result),
): Map<ConsumerCycleCategory, number> {
  const posterior = new Map<ConsumerCycleCategory, number>();
  if (!model) return posterior;
  const score = new Map(model.categories.map((category) => [category, 0]));
  for (const word of model.words) {
    const weight = Math.pow(word.similarity, WORD_SIGNAL.similarityPower) / CLASSIFIER.temperature;
    for (const category of model.categories) score.set(category, score.get(category)! + weight * Math.log(model.likelihood(word, category)));
  }
  const top = Math.max(...score.values());
  let sum = 0;
  for (const [category, value] of score) {
    posterior.set(category, Math.exp(value - top));
    sum += posterior.get(category)!;
  }
  for (const [category, value] of posterior) posterior.set(category, value / sum);
  return posterior;
}

/** A word of the post, by its nearest spelling the counts hold, and that spelling's frequency in the whole base. */
export interface CountedWord {
  term: string;
  similarity: number;
  background: number;
}

/**
 * The post's words against the base's category counts, read once per post and heard by the classifier
 * and by the situations' word models (situation-model.ts) alike.
 */
export interface CategoryModel {
  /** The categories that hold any lexeme. */
  categories: ConsumerCycleCategory[];
  /** The post's words the base has seen (a word no category holds says nothing). */
  words: CountedWord[];
  /** P(word | category), smoothed towards the word's frequency in the whole base. */
  likelihood(word: CountedWord, category: ConsumerCycleCategory): number;
}

/** Null when the base has no counts at all. */
export function categoryModel(result: Pick<MatchQueryResult, 'spellings' | 'categoryTerms' | 'categoryTotals'>): CategoryModel | null {
  const { lexemesOf, counts, all } = categoryWordCounts(result);
  if (all === 0) return null;
  const words: CountedWord[] = [];
  for (const { term, similarity } of nearestCountedSpellings(result, counts).values()) {
    const background = [...counts.get(term)!.values()].reduce((sum, count) => sum + count, 0) / all;
    if (background > 0) words.push({ term, similarity, background });
  }
  return {
    categories: [...lexemesOf.keys()].filter((category) => lexemesOf.get(category)! > 0),
    words,
    likelihood: (word, category) =>
      ((counts.get(word.term)!.get(category) ?? 0) + CLASSIFIER.smoothing * word.background) / ((lexemesOf.get(category) ?? 0) + CLASSIFIER.smoothing),
  };
}

interface CategoryWordCounts {
  /** Each category's lexemes in all, documents weighed by kind. */
  lexemesOf: Map<ConsumerCycleCategory, number>;
  /** term -> category -> its documents holding the term, weighed by kind. */
  counts: Map<string, Map<ConsumerCycleCategory, number>>;
  /** The whole base's lexemes, weighed by kind. */
  all: number;
}

/** The counts the match statement read for the post's spellings, each kind of document weighed as in the word signal. */
function categoryWordCounts(result: Pick<MatchQueryResult, 'categoryTerms' | 'categoryTotals'>): CategoryWordCounts {
  const weightOf = (kind: MatchDocumentKind) => (kind === 'CONFIRMED' ? CLASSIFIER.confirmedWeight : (WORD_SIGNAL.kindWeight[kind] ?? 0));
  const lexemesOf = new Map<ConsumerCycleCategory, number>();
  for (const total of result.categoryTotals ?? []) lexemesOf.set(total.category, (lexemesOf.get(total.category) ?? 0) + weightOf(total.kind) * total.lexemes);
  const all = [...lexemesOf.values()].filter((lexemes) => lexemes > 0).reduce((sum, lexemes) => sum + lexemes, 0);
  const counts = new Map<string, Map<ConsumerCycleCategory, number>>();
  for (const entry of result.categoryTerms ?? []) {
    const byCategory = counts.get(entry.term) ?? new Map<ConsumerCycleCategory, number>();
    byCategory.set(entry.category, (byCategory.get(entry.category) ?? 0) + weightOf(entry.kind) * entry.documents);
    counts.set(entry.term, byCategory);
  }
  return { lexemesOf, counts, all };
}

/** Each word of the post (and member of its concepts) by its nearest spelling in the base that the counts hold. */
function nearestCountedSpellings(
  result: Pick<MatchQueryResult, 'spellings'>,
  counts: CategoryWordCounts['counts'],
): Map<string, { term: string; similarity: number }> {
  const nearest = new Map<string, { term: string; similarity: number }>();
  for (const spelling of result.spellings) {
    if (spelling.documentCount <= 0 || spelling.similarity < WORD_SIGNAL.minimumSimilarity || FILLER_LEXEMES.has(spelling.lexeme) || !counts.has(spelling.term)) continue;
    const held = nearest.get(spelling.lexeme);
    if (!held || spelling.similarity > held.similarity) nearest.set(spelling.lexeme, { term: spelling.term, similarity: spelling.similarity });
  }
  return nearest;
}
