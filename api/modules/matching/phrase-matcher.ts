import { stemRussian } from '../../common/russian-stemmer';

/**
 * Finding hand-written phrases (the thesaurus, the category cues) in a post, in any word form. A
 * phrase is written as people write it ("вернуть деньги"); each word is compared by its Snowball
 * stem, the one PostgreSQL's `russian` configuration gives, so "верните деньги" and "вернуть
 * деньгами" both match. A word ending in `*` matches any word starting with it ("расторг*" for
 * "расторгнуть", "расторжение" is "растор*"), for families the stemmer leaves apart; a word in
 * `=...=` must be exactly that word ("=то=": not "того").
 */

export interface PostToken {
  /** Lower case, ё read as е. */
  word: string;
  stem: string;
  /** As written: capitals tell an abbreviation ("ТО") and shouting ("ОТКАЗ") from ordinary words. */
  original: string;
}

type PhraseWord = { stem: string } | { prefix: string } | { exact: string };

export interface Phrase {
  text: string;
  words: PhraseWord[];
}

const fold = (text: string) => text.toLowerCase().replace(/ё/g, 'е');

/** The words of a post: letters and digits, hyphens and punctuation separate them. */
export function postTokens(text: string): PostToken[] {
  return [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((match) => {
    const word = fold(match[0]);
    return { word, stem: stemRussian(word), original: match[0] };
  });
}

export function compilePhrase(text: string): Phrase {
  const words = fold(text)
    .split(/[^\p{L}\p{N}*=]+/u)
    .filter(Boolean)
    .map((word): PhraseWord => {
      if (word.startsWith('=') && word.endsWith('=') && word.length > 2) return { exact: word.slice(1, -1) };
      if (word.endsWith('*')) return { prefix: word.slice(0, -1) };
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
