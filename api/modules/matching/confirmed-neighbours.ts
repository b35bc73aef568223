import { ConsumerCycleCategory } from '../argument-base/consumer-cycle-category';
import { MatchDocumentKind } from './match-index.entity';
import type { CandidateDocument, MatchQueryResult } from './match-query';
import { documentMeanings, FILLER_LEXEMES, inverseDocumentFrequency, postMeanings, type PostMeanings, type Rarity } from './word-coverage';

/**
 * Confirmed examples as nearest neighbours (README, "How matching works"). A confirmed example is a
 * whole real post: beside the words that name its situation it holds a city, a model, a story. Lent
 * word by word to its situation's coverage, those incidental words pull unrelated posts towards it.
 * Compared with the post as a whole instead, it speaks only when the two posts are really alike.
 */
export const NEIGHBOURS = {
  /** Similarity (0..1) under which a confirmed post says nothing: two posts of one market share some words by chance. */
  floor: 0.45,
  /** Neighbours whose category speaks in the category evidence, nearest first. */
  voters: 3,
  /**
   * Posts assumed seen before the first confirmed one, in the rarity of a word among real posts: a word
   * of the only confirmed post is not common for being in all of them.
   */
  priorPosts: 20,
};

/**
 * A word's weight between two posts: the lesser of its rarity in the curated base and among real
 * posts. "год", "звонить", "брать" are rare in a base of phrasings and common in what people write;
 * a word only real posts use is as rare as their number says.
 */
export function postRarity(result: MatchQueryResult): Rarity {
  const posts = result.confirmedCount + NEIGHBOURS.priorPosts;
  return (documents, confirmed) =>
    Math.min(inverseDocumentFrequency(result.documentCount, Math.min(documents, result.documentCount)), inverseDocumentFrequency(posts, Math.min(confirmed, posts)));
}

export interface NeighbourEvidence {
  /** Per candidate: how alike its nearest confirmed post is, above the floor, 0..1. */
  strength: number[];
  /** How alike the nearest confirmed post of all candidates is, above the floor, 0..1. */
  best: number;
  /** How much the nearest confirmed posts speak for each category (their cases' categories), 0..1. */
  categories: Map<ConsumerCycleCategory, number>;
}

/**
 * IDF-weighted cosine of the post and a confirmed post, on the post's meanings (its words, their
 * spellings and its thesaurus concepts): what they share over the geometric mean of what each says,
 * so that a long post's incidental words dilute its likeness instead of adding to it. Words weigh
 * their rarity both in the base and among real posts (postRarity).
 */
export function neighbourSimilarity(document: CandidateDocument, meanings: PostMeanings, rarity: Rarity): number {
  let shared = 0;
  for (const weight of documentMeanings(document, meanings).values()) shared += weight;
  if (shared === 0 || meanings.mass === 0) return 0;
  let mass = 0;
  for (const [index, lexeme] of document.lexemes.entries()) {
    if (!FILLER_LEXEMES.has(lexeme)) mass += rarity(document.counts?.[index] ?? 0, document.confirmedCounts?.[index] ?? 1);
  }
  return Math.min(shared / Math.sqrt(meanings.mass * Math.max(mass, shared)), 1);
}

/** What the confirmed examples among the candidates say of the post; `strength` is in the candidates' order. */
export function neighbourEvidence(result: MatchQueryResult): NeighbourEvidence {
  if (!result.candidates.some((situation) => situation.documents.some((document) => document.kind === MatchDocumentKind.CONFIRMED))) {
    return { strength: result.candidates.map(() => 0), best: 0, categories: new Map() };
  }
  const rarity = postRarity(result);
  const meanings = postMeanings(result, rarity);
  const found: { similarity: number; category: ConsumerCycleCategory }[] = [];
  const strength = result.candidates.map((situation) => {
    let nearest = 0;
    for (const document of situation.documents) {
      if (document.kind !== MatchDocumentKind.CONFIRMED) continue;
      const similarity = neighbourSimilarity(document, meanings, rarity);
      found.push({ similarity, category: document.category ?? situation.category });
      nearest = Math.max(nearest, similarity);
    }
    return Math.max(0, nearest - NEIGHBOURS.floor) / (1 - NEIGHBOURS.floor);
  });
  const categories = new Map<ConsumerCycleCategory, number>();
  const voters = found.sort((left, right) => right.similarity - left.similarity).slice(0, NEIGHBOURS.voters);
  for (const { similarity, category } of voters) {
    const above = Math.max(0, similarity - NEIGHBOURS.floor) / (1 - NEIGHBOURS.floor);
    categories.set(category, Math.max(categories.get(category) ?? 0, above));
  }
  return { strength, best: Math.max(0, (found[0]?.similarity ?? 0) - NEIGHBOURS.floor) / (1 - NEIGHBOURS.floor), categories };
}
