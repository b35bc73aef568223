import { stemRussian } from '../../common/russian-stemmer';

/**
 * Finding hand-written phrases (the thesaurus, the category cues) in a post, in any word form. A
 * phrase is written as people write it ("вернуть деньги"); each word is compared by its Snowball
 * stem, the one PostgreSQL's `russian` configuration gives, so "верните деньги" and "вернуть
 * деньгами" both match. A word ending in `*` matches any word starting with it ("расторг*" for
 * "расторгнуть" and "расторг"), for families the stemmer leaves apart; a word in `=...=` must be
 * exactly that word ("=отказаться=": not "отказали"), and so is a function word ("как" is not
 * "каких", whose stem it shares). A phrase never spans two sentences or clauses.
 */

export interface PostToken {
  /** Lower case, ё read as е. */
  word: string;
  stem: string;
  /** As written: capitals tell an abbreviation ("ТО") and shouting ("ОТКАЗ") from ordinary words. */
  original: string;
  /** Which clause of the post the word is in: sentences and parts split by punctuation. */
  clause: number;
}

type PhraseWord = { stem: string } | { prefix: string } | { exact: string };

export interface Phrase {
  text: string;
  words: PhraseWord[];
}

/** Prepositions, conjunctions, particles and pronouns: short, and the stemmer confuses them with other words. */
export const FUNCTION_WORDS = new Set(
  [
    ...['у', 'в', 'во', 'к', 'ко', 'с', 'со', 'о', 'об', 'от', 'до', 'на', 'за', 'по', 'из', 'без', 'для', 'при', 'про', 'под', 'над', 'через'],
    ...['не', 'ни', 'ли', 'же', 'бы', 'и', 'а', 'но', 'да', 'или', 'как', 'так', 'что', 'чё', 'че', 'кто', 'где', 'куда', 'когда', 'уж', 'вот'],
    ...['это', 'то', 'все', 'всё', 'мне', 'меня', 'мой', 'моя', 'вы', 'вас', 'вам', 'ваш', 'ваша', 'они', 'их', 'них', 'он', 'она', 'мы', 'нас'],
    ...['нам', 'я', 'ты', 'тут', 'там', 'уже', 'еще', 'ещё', 'чем', 'если', 'раз', 'пока', 'тоже', 'даже', 'есть', 'нет'],
  ].map((word) => word.replace(/ё/g, 'е')),
);

const fold = (text: string) => text.toLowerCase().replace(/ё/g, 'е');

/** The words of a post: letters and digits, hyphens and punctuation separate them. */
export function postTokens(text: string): PostToken[] {
  const tokens: PostToken[] = [];
  let clause = 0;
  for (const match of text.matchAll(/[\p{L}\p{N}]+|[.!?;:()«»"—…\n]+/gu)) {
    if (!/[\p{L}\p{N}]/u.test(match[0])) {
      clause += 1;
      continue;
    }
    const word = fold(match[0]);
    tokens.push({ word, stem: stemRussian(word), original: match[0], clause });
  }
  return tokens;
}

export function compilePhrase(text: string): Phrase {
  const words = fold(text)
    .split(/[^\p{L}\p{N}*=]+/u)
    .filter(Boolean)
    .map((word): PhraseWord => {
      if (word.startsWith('=') && word.endsWith('=') && word.length > 2) return { exact: word.slice(1, -1) };
      if (word.endsWith('*')) return { prefix: word.slice(0, -1) };
      if (FUNCTION_WORDS.has(word)) return { exact: word };
      return { stem: stemRussian(word) };
    });
  if (words.length === 0) throw new Error(`empty phrase: "${text}"`);
  return { text, words };
}

function wordMatches(word: PhraseWord, token: PostToken): boolean {
  if ('stem' in word) return token.stem === word.stem;
  if ('prefix' in word) return token.word.startsWith(word.prefix);
  return token.word === word.exact;
}

/** Whether the phrase starts at `start`: its words in order, at most `gap` other words between two of them ("верните мне деньги"). */
export function phraseAt(tokens: PostToken[], start: number, phrase: Phrase, gap = 1): boolean {
  if (!tokens[start] || !wordMatches(phrase.words[0], tokens[start])) return false;
  let position = start;
  for (const word of phrase.words.slice(1)) {
    let found = -1;
    for (let next = position + 1; next <= Math.min(position + 1 + gap, tokens.length - 1); next += 1) {
      if (tokens[next].clause !== tokens[start].clause) break;
      if (wordMatches(word, tokens[next])) {
        found = next;
        break;
      }
    }
    if (found < 0) return false;
    position = found;
  }
  return true;
}

/** Phrases grouped by what can start them, so a post is compared only with phrases that can begin at each of its words. */
export class PhraseIndex<T> {
  private readonly byStem = new Map<string, { phrase: Phrase; value: T }[]>();
  private readonly byPrefix: { phrase: Phrase; value: T }[] = [];

  constructor(entries: { phrase: string; value: T }[]) {
    for (const { phrase: text, value } of entries) {
      const phrase = compilePhrase(text);
      const first = phrase.words[0];
      const key = 'stem' in first ? first.stem : 'exact' in first ? stemRussian(first.exact) : null;
      if (key === null) this.byPrefix.push({ phrase, value });
      else this.byStem.set(key, [...(this.byStem.get(key) ?? []), { phrase, value }]);
    }
  }

  /** Every entry whose phrase occurs in the tokens, once each, in the order of the post. */
  find(tokens: PostToken[], gap = 1): { phrase: Phrase; value: T; start: number }[] {
    const found: { phrase: Phrase; value: T; start: number }[] = [];
    const seen = new Set<Phrase>();
    const tryEntry = (entry: { phrase: Phrase; value: T }, start: number) => {
      if (seen.has(entry.phrase)) return;
      if (phraseAt(tokens, start, entry.phrase, gap)) {
        seen.add(entry.phrase);
        found.push({ ...entry, start });
      }
    };
    for (let start = 0; start < tokens.length; start += 1) {
      for (const entry of this.byStem.get(tokens[start].stem) ?? []) tryEntry(entry, start);
      for (const entry of this.byPrefix) if (tokens[start].word.startsWith((entry.phrase.words[0] as { prefix: string }).prefix)) tryEntry(entry, start);
    }
    return found;
  }
}
