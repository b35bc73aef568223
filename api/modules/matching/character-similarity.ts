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
let gramsOfLexeme = new Map<string, Int32Array>();
let gramIds = new Map<string, number>();
// Keyed by the candidate object: posts of a batch share their situations' objects (match-batch.ts), so a
// situation's profile is built once per batch, and it goes with the batch's objects.
let profiles = new WeakMap<CandidateSituation, Profile>();

/** Vocabularies are bounded, but a long-lived process may see many bases: past this, the caches start afresh. */
const CACHE_LIMIT = 200_000;

// Scratch indexed by n-gram id, zeroed again before each use ends.
let sharedBy = new Int32Array(1024);
let inPost = new Uint8Array(1024);
let slot = new Int32Array(1024);

function useGramLength(length: number): void {
  if (length === gramLength && gramsOfLexeme.size < CACHE_LIMIT && gramIds.size < CACHE_LIMIT) return;
  gramLength = length;
  gramsOfLexeme = new Map();
  gramIds = new Map();
  profiles = new WeakMap();
}

// Grown while a profile is being built, so what is marked is carried over.
function makeRoom(): void {
  if (gramIds.size <= sharedBy.length) return;
  const capacity = Math.max(gramIds.size, sharedBy.length * 2);
  const grown = <T extends Int32Array | Uint8Array>(scratch: T, larger: T): T => {
    larger.set(scratch);
    return larger;
  };
  sharedBy = grown(sharedBy, new Int32Array(capacity));
  inPost = grown(inPost, new Uint8Array(capacity));
  slot = grown(slot, new Int32Array(capacity));
}

/** Character n-grams of a stem with boundary marks, as interned ids. */
function grams(lexeme: string): Int32Array {
  let found = gramsOfLexeme.get(lexeme);
  if (found) return found;
  const marked = `<${lexeme}>`;
  found = new Int32Array(Math.max(marked.length - gramLength + 1, 0));
  for (let index = 0; index < found.length; index += 1) {
    const gram = marked.slice(index, index + gramLength);
    let id = gramIds.get(gram);
    if (id === undefined) {
      id = gramIds.size;
      gramIds.set(gram, id);
    }
    found[index] = id;
  }
  gramsOfLexeme.set(lexeme, found);
  makeRoom();
  return found;
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
  // An n-gram keeps the place it was first met at and the best weight it is met with.
  const ids: number[] = [];
  const weights: number[] = [];
  for (const [lexeme, kindWeight] of lexemes) {
    if (FILLER_LEXEMES.has(lexeme)) continue;
    const lexemeGrams = grams(lexeme);
    for (let index = 0; index < lexemeGrams.length; index += 1) {
      const id = lexemeGrams[index];
      const at = slot[id];
      if (at === 0) {
        slot[id] = ids.push(id);
        weights.push(kindWeight);
      } else if (weights[at - 1] < kindWeight) {
        weights[at - 1] = kindWeight;
      }
    }
  }
  for (const id of ids) slot[id] = 0;
  const profile = { grams: new Int32Array(ids), weights: new Float64Array(weights) };
  profiles.set(situation, profile);
  return profile;
}

/**
 * Character signal: cosine of character n-grams of the post's stems against each situation's
 * profile (all its documents), n-grams weighted by how few candidates share them. It catches what
 * word spellings miss: compounds ("автокредит" holds "кредит"), prefixes, slang built on a known root.
 */
export function characterSimilarities(result: MatchQueryResult, length: number): number[] {
  useGramLength(length);
  const candidates = result.candidates.map(profileOf);
  const post = new Set<number>();
  for (const lexeme of result.lexemes) if (!FILLER_LEXEMES.has(lexeme)) for (const id of grams(lexeme)) post.add(id);
  const held: number[] = [];
  for (const { grams: ids } of candidates) {
    for (let index = 0; index < ids.length; index += 1) if (sharedBy[ids[index]]++ === 0) held.push(ids[index]);
  }
  // An n-gram's weight depends only on how many candidates share it: one logarithm per count, not per n-gram.
  const squaredWeightOf = new Float64Array(candidates.length + 1);
  for (let count = 1; count <= candidates.length; count += 1) squaredWeightOf[count] = Math.log((candidates.length + 1) / (count + 0.5)) ** 2;
  const unsharedWeight = Math.log((candidates.length + 1) / 0.5) ** 2;
  let postNorm = 0;
  for (const id of post) {
    if (sharedBy[id] > 0) {
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
