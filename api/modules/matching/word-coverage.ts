import type { MatchDocumentKind } from './match-index.entity';
import type { CandidateDocument, CandidateSituation, MatchQueryResult } from './match-query';

/** The weights of the word signal (README, "How matching works"). */
export const WORD_SIGNAL = {
  /** How much each kind of document speaks for its situation. */
  kindWeight: { EXAMPLE: 1, TITLE: 0.9, THESIS: 0.6, REPLY: 0.35, CONFIRMED: 0 } as Record<MatchDocumentKind, number>,
  /** A spelling counts similarity^power of the exact word; below minimumSimilarity it does not count. */
  similarityPower: 2,
  minimumSimilarity: 0.45,
  /** BM25-style saturation of a meaning's weighted count over a situation's documents. */
  saturation: 3,
  /**
   * BM25's b: how far the saturation follows the situation's size (its documents, by kind) against the
   * candidates' average. A situation with many phrasings holds a shared word many times over; relative
   * to its size, it says no more of it than one with few (a situation missing one of its phrasings
   * found its own examples first more often: README, "How matching works").
   */
  lengthNormalisation: 1,
  /**
   * What each confirmed post of a situation adds to the count of the post's words it holds, against a
   * curated phrasing's 1 (the situation's size grows alike). A confirmed post counts each word once, so
   * one case adds at most this to any word; what many posts of a situation share adds up. Chosen by the
   * evaluation inside training folds of the learning curve (scripts/match-settings.ts).
   */
  confirmedWeight: 1,
};

/**
 * Words that say nothing about which situation a post is, on top of the `russian` configuration's
 * stop words (as stems): question words, pronouns, particles and fillers of colloquial posts, verbs
 * of saying, knowing, being able and doing, and time deixis. A small base cannot learn that these
 * are common (its IDF would call them rare), so the language is told.
 */
export const FILLER_LEXEMES = new Set([
  ...['поч', 'зач', 'так', 'вообщ', 'сейчас', 'щас', 'реальн', 'можн', 'над', 'нужн', 'хоч', 'хот', 'есл', 'прост', 'вот', 'эт'],
  ...['ваш', 'вас', 'вам', 'мне', 'мо', 'сво', 'котор', 'очен', 'тож', 'ещ', 'уж', 'тольк', 'прям', 'тут', 'там', 'вроде', 'тип', 'кстат'],
  ...['какой-т', 'как-т', 'что-т', 'кто-т', 'нормальн', 'никт', 'ничт', 'нигд', 'никуд', 'кажд', 'всем', 'сам'],
  ...['сказа', 'говор', 'пишут', 'пишет', 'зна', 'знает', 'кажет', 'мог', 'могу', 'сдела', 'дела'],
  ...['вчер', 'сегодн', 'завтр'],
]);

/** A thesaurus group the post uses: present in a document when all the words of one of its members are. */
interface Concept {
  key: string;
  members: string[][];
  /** IDF of the concept as a whole: its members' documents taken together (one rare synonym does not make it rare). */
  weight: number;
  /** The post's own words that belong to the concept: where it is present, they count through it. */
  subsumes: Set<string>;
}

export interface PostMeanings {
  /** term of the base -> the post's words it can stand for, with the weight each then carries. */
  byTerm: Map<string, { lexeme: string; weight: number }[]>;
  concepts: Concept[];
  /** Words only the thesaurus gave: they count inside a concept, never alone. */
  given: Set<string>;
  /** The post's information: the weight of each of its meanings (unseen words at half a rare word's). */
  mass: number;
  /** How many meanings the post has: its words outside concepts, and the concepts. */
  count: number;
}

export interface Coverage {
  score: number;
  /** How many of the post's meanings the situation holds. */
  held: number;
}

export const inverseDocumentFrequency = (documents: number, containing: number) => Math.log(1 + (documents - containing + 0.5) / (containing + 0.5));

/** How much a term says, from the curated documents and the confirmed examples holding it. */
export type Rarity = (documentCount: number, confirmedCount: number) => number;

/**
 * The post's meanings and their weights. By default only the curated base's terms count, weighed by
 * its IDF (the ranking's); given a `rarity`, the words only real posts have used count too, weighed
 * by it (comparing the post with confirmed examples: confirmed-neighbours.ts).
 */
export function postMeanings(result: MatchQueryResult, rarity?: Rarity): PostMeanings {
  const spellings = rarity ? result.spellings : result.spellings.filter((spelling) => spelling.documentCount > 0);
  const weigh: Rarity = rarity ?? ((documents) => inverseDocumentFrequency(result.documentCount, Math.min(documents, result.documentCount)));
  const written = new Set(result.lexemes.filter((lexeme) => !FILLER_LEXEMES.has(lexeme)));
  const groups = new Map<number, string[][]>();
  for (const member of result.concepts ?? []) {
    const lexemes = member.lexemes.filter((lexeme) => !FILLER_LEXEMES.has(lexeme));
    if (lexemes.length) groups.set(member.group, [...(groups.get(member.group) ?? []), lexemes]);
  }
  const counts = new Map<string, { documents: number; confirmed: number }>();
  for (const spelling of spellings) {
    if (spelling.term === spelling.lexeme) counts.set(spelling.lexeme, { documents: spelling.documentCount, confirmed: spelling.confirmedCount ?? 0 });
  }
  const containing = (members: string[][], count: 'documents' | 'confirmed') =>
    members.reduce((sum, lexemes) => sum + Math.min(...lexemes.map((lexeme) => counts.get(lexeme)?.[count] ?? 0)), 0);
  const concepts = [...groups].map(([group, members]) => ({
    key: `concept:${group}`,
    members,
    weight: weigh(containing(members, 'documents'), containing(members, 'confirmed')),
    subsumes: new Set(members.flat().filter((lexeme) => written.has(lexeme))),
  }));
  const given = new Set(concepts.flatMap((concept) => concept.members.flat()).filter((lexeme) => !written.has(lexeme)));

  const byTerm = new Map<string, { lexeme: string; weight: number }[]>();
  const best = new Map<string, number>();
  for (const spelling of spellings) {
    if (spelling.similarity < WORD_SIGNAL.minimumSimilarity || FILLER_LEXEMES.has(spelling.lexeme)) continue;
    const weight = Math.pow(spelling.similarity, WORD_SIGNAL.similarityPower) * weigh(spelling.documentCount, spelling.confirmedCount ?? 0);
    byTerm.set(spelling.term, [...(byTerm.get(spelling.term) ?? []), { lexeme: spelling.lexeme, weight }]);
    best.set(spelling.lexeme, Math.max(best.get(spelling.lexeme) ?? 0, weight));
  }
  const unseen = weigh(1, rarity ? 1 : 0) * 0.5;
  const massOf = (lexeme: string) => best.get(lexeme) ?? unseen;
  const subsumed = new Set(concepts.flatMap((concept) => [...concept.subsumes]));
  let mass = 0;
  let count = concepts.length;
  for (const lexeme of written) {
    if (subsumed.has(lexeme)) continue;
    mass += massOf(lexeme);
    count += 1;
  }
  // A concept weighs what the post's own words of it weigh, or the concept's own IDF when the base knows it, whichever is more.
  for (const concept of concepts) {
    const own = [...concept.subsumes].reduce((sum, lexeme) => sum + massOf(lexeme), 0);
    const known = concept.members.some((member) => member.every((lexeme) => best.has(lexeme)));
    mass += Math.max(own, known ? concept.weight : 0);
  }
  return { byTerm, concepts, given, mass, count };
}

/** The post's meanings a document holds, each at its best weight there. */
export function documentMeanings(document: CandidateDocument, meanings: PostMeanings): Map<string, number> {
  const lexemes = new Map<string, number>();
  for (const term of document.lexemes) {
    for (const { lexeme, weight } of meanings.byTerm.get(term) ?? []) if (weight > (lexemes.get(lexeme) ?? 0)) lexemes.set(lexeme, weight);
  }
  const found = new Map<string, number>();
  for (const [lexeme, weight] of lexemes) if (!meanings.given.has(lexeme)) found.set(lexeme, weight);
  for (const concept of meanings.concepts) {
    if (!concept.members.some((member) => member.every((lexeme) => lexemes.has(lexeme)))) continue;
    const own = [...concept.subsumes].reduce((sum, lexeme) => sum + (found.get(lexeme) ?? 0), 0);
    for (const lexeme of concept.subsumes) found.delete(lexeme);
    found.set(concept.key, Math.max(concept.weight, own));
  }
  return found;
}

/** A situation's size for the word signal's saturation: its curated documents, each by its kind's weight. */
export const situationSize = (situation: CandidateSituation) =>
  situation.documents.reduce((sum, document) => sum + (WORD_SIGNAL.kindWeight[document.kind] ?? 0), 0);

/**
 * Word signal: each meaning of the post (a word, or a thesaurus concept) counts once per situation,
 * at its best weight (IDF × kind), and more when several of the situation's documents hold it. The
 * count saturates as in BM25 (k), so a meaning at the core of a situation (its title and several
 * phrasings) outweighs one that one phrasing happens to share, without letting repetition swamp the rest.
 */
export function wordCoverage(
  situation: CandidateSituation,
  meanings: PostMeanings,
  relativeSize = 1,
  learned?: { situation: LearnedSituation | undefined; meanings: PostMeanings },
): Coverage {
  const coverage = new Map<string, { weight: number; frequency: number }>();
  for (const document of situation.documents) {
    const kindWeight = WORD_SIGNAL.kindWeight[document.kind] ?? 0;
    // A confirmed example is a whole real post: it speaks as a neighbour (confirmed-neighbours.ts), not word by word.
    if (kindWeight === 0) continue;
    for (const [meaning, weight] of documentMeanings(document, meanings)) {
      const entry = coverage.get(meaning) ?? { weight: 0, frequency: 0 };
      entry.weight = Math.max(entry.weight, weight);
      entry.frequency += kindWeight;
      coverage.set(meaning, entry);
    }
  }
  if (learned?.situation && WORD_SIGNAL.confirmedWeight > 0) addLearned(coverage, learned.situation, learned.meanings);
  const saturation = WORD_SIGNAL.saturation * (1 - WORD_SIGNAL.lengthNormalisation + WORD_SIGNAL.lengthNormalisation * relativeSize);
  let score = 0;
  for (const { weight, frequency } of coverage.values()) score += (weight * frequency * (WORD_SIGNAL.saturation + 1)) / (frequency + saturation);
  return { score, held: coverage.size };
}

/** What a situation's confirmed posts taught: how many of them there are and hold each term (match-query.ts). */
export interface LearnedSituation {
  documents: number;
  lexemes: number;
  terms: Map<string, number>;
}

/**
 * The confirmed posts' counts join the word signal: each of the post's words (by its spellings) counts
 * as many times as the situation's confirmed posts hold it, at confirmedWeight each, through the concept
 * it belongs to when the situation already holds that concept. `meanings` here weigh words by their
 * rarity both in the base and among real posts (confirmed-neighbours.ts), so that words only real posts
 * use ("гудит", "ступица") count, and words all real posts use ("год", "звонить") little.
 */
function addLearned(coverage: Map<string, { weight: number; frequency: number }>, learned: LearnedSituation, meanings: PostMeanings): void {
  const byLexeme = new Map<string, { weight: number; count: number }>();
  for (const [term, count] of learned.terms) {
    for (const { lexeme, weight } of meanings.byTerm.get(term) ?? []) {
      if (meanings.given.has(lexeme)) continue;
      const held = byLexeme.get(lexeme);
      if (!held || count > held.count) byLexeme.set(lexeme, { weight: Math.max(weight, held?.weight ?? 0), count });
    }
  }
  for (const [lexeme, { weight, count }] of byLexeme) {
    const concept = meanings.concepts.find((candidate) => candidate.subsumes.has(lexeme) && coverage.has(candidate.key));
    const key = concept?.key ?? lexeme;
    const entry = coverage.get(key) ?? { weight: 0, frequency: 0 };
    entry.weight = Math.max(entry.weight, concept ? entry.weight : weight);
    entry.frequency += WORD_SIGNAL.confirmedWeight * count;
    coverage.set(key, entry);
  }
}
