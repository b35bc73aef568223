import type { CandidateSituation, MatchQueryResult } from './match-query';
import { FILLER_LEXEMES, WORD_SIGNAL } from './word-coverage';

/**
 * A situation's character profile: its n-grams (as interned ids) in the order they were first met in
 * its documents, each with the weight of the best kind of document holding it. The order is kept so
 * that the cosine adds its terms in one fixed order.
 */
interface Profile {
  grams: Int32Array;
  weights: Float64Array;
}

/** Caches for one n-gram length; a new length starts them afresh. */
let gramLength = 0;
let gramsOfLexeme = new Map<string, string[]>();
let gramIds = new Map<string, number>();
// Keyed by the candidate object: posts of a batch share their situations' objects (match-batch.ts), so a
// situation's profile is built once per batch, and it goes with the batch's objects.
let profiles = new WeakMap<CandidateSituation, Profile>();

/** Vocabularies are bounded, but a long-lived process may see many bases: past this, the caches start afresh. */
const CACHE_LIMIT = 200_000;

// Per-call scratch indexed by gram id, left zeroed after every call.
let sharedBy = new Int32Array(1024);
let inPost = new Uint8Array(1024);

function useGramLength(length: number): void {
  if (length === gramLength && gramsOfLexeme.size < CACHE_LIMIT && gramIds.size < CACHE_LIMIT) return;
  gramLength = length;
  gramsOfLexeme = new Map();
  gramIds = new Map();
  profiles = new WeakMap();
}

/** Character n-grams of a stem with boundary marks. */
function grams(lexeme: string): string[] {
  let found = gramsOfLexeme.get(lexeme);
  if (found) return found;
  const marked = `<${lexeme}>`;
  found = [];
  for (let index = 0; index + gramLength <= marked.length; index += 1) found.push(marked.slice(index, index + gramLength));
  gramsOfLexeme.set(lexeme, found);
  return found;
}

function gramId(gram: string): number {
  let id = gramIds.get(gram);
  if (id === undefined) {
    id = gramIds.size;
    gramIds.set(gram, id);
  }
  return id;
}

function profileOf(situation: CandidateSituation): Profile {
  const cached = profiles.get(situation);
  if (cached) return cached;
  const lexemes = new Map<string, number>();
  for (const document of situation.documents) {
    const kindWeight = WORD_SIGNAL.kindWeight[document.kind] ?? 0;
    if (kindWeight === 0) continue;
    for (const lexeme of document.lexemes) if ((lexemes.get(lexeme) ?? -1) < kindWeight) lexemes.set(lexeme, kindWeight);
  }
  const weights = new Map<string, number>();
  for (const [lexeme, kindWeight] of lexemes) {
    if (FILLER_LEXEMES.has(lexeme)) continue;
    for (const gram of grams(lexeme)) if ((weights.get(gram) ?? -1) < kindWeight) weights.set(gram, kindWeight);
  }
  const profile = { grams: Int32Array.from(weights.keys(), gramId), weights: Float64Array.from(weights.values()) };
  profiles.set(situation, profile);
  return profile;
}

function makeRoom(size: number): void {
  if (size <= sharedBy.length) return;
  const capacity = Math.max(size, sharedBy.length * 2);
  sharedBy = new Int32Array(capacity);
  inPost = new Uint8Array(capacity);
}

/**
 * Character signal: cosine of character n-grams of the post's stems against each situation's
 * profile (all its documents), n-grams weighted by how few candidates share them. It catches what
 * word spellings miss: compounds ("автокредит" holds "кредит"), prefixes, slang built on a known root.
 */
export function characterSimilarities(result: MatchQueryResult, length: number): number[] {
  useGramLength(length);
  const candidates = result.candidates.map(profileOf);
  makeRoom(gramIds.size);
  const held: number[] = [];
  for (const profile of candidates) {
    const { grams: ids } = profile;
    for (let index = 0; index < ids.length; index += 1) if (sharedBy[ids[index]]++ === 0) held.push(ids[index]);
  }
  // An n-gram's weight depends only on how many candidates share it: one logarithm per count, not per n-gram.
  const squaredWeightOf = new Float64Array(candidates.length + 1);
  for (let count = 1; count <= candidates.length; count += 1) squaredWeightOf[count] = Math.log((candidates.length + 1) / (count + 0.5)) ** 2;
  const unsharedWeight = Math.log((candidates.length + 1) / 0.5) ** 2;
  const post = new Set(result.lexemes.filter((lexeme) => !FILLER_LEXEMES.has(lexeme)).flatMap(grams));
  let postNorm = 0;
  for (const gram of post) {
    const id = gramIds.get(gram);
    if (id !== undefined && sharedBy[id] > 0) {
      postNorm += squaredWeightOf[sharedBy[id]];
      inPost[id] = 1;
    } else {
      postNorm += unsharedWeight;
    }
  }
  postNorm = Math.sqrt(postNorm) || 1;
  const similarities = candidates.map(({ grams: ids, weights }) => {
    let dot = 0;
    let norm = 0;
    for (let index = 0; index < ids.length; index += 1) {
      const id = ids[index];
      const value = weights[index];
      const weight = squaredWeightOf[sharedBy[id]];
      norm += value * value * weight;
      if (inPost[id] === 1) dot += value * weight;
    }
    return dot / (postNorm * (Math.sqrt(norm) || 1));
  });
  for (let index = 0; index < held.length; index += 1) {
    sharedBy[held[index]] = 0;
    inPost[held[index]] = 0;
  }
  return similarities;
}
