/**
 * A Russian stemmer: the Snowball "russian" algorithm (the one PostgreSQL's `russian` text-search
 * configuration uses), so "увольнения", "увольнений" and "увольнение" all give "увольнен". Used
 * where a word must be recognised in any of its forms outside the database (brief keyword checks).
 * Words that are not Cyrillic come back lower-cased and otherwise unchanged.
 */

const VOWELS = new Set(['а', 'е', 'и', 'о', 'у', 'ы', 'э', 'ю', 'я']);

/** Endings that only count after "а" or "я" (which stays). */
type Group = { endings: string[]; afterAOrYa: boolean };

const PERFECTIVE_GERUND: Group[] = [
  { endings: ['в', 'вши', 'вшись'], afterAOrYa: true },
  { endings: ['ив', 'ивши', 'ившись', 'ыв', 'ывши', 'ывшись'], afterAOrYa: false },
];
const ADJECTIVE: Group[] = [
  {
    endings: ['ее', 'ие', 'ые', 'ое', 'ими', 'ыми', 'ей', 'ий', 'ый', 'ой', 'ем', 'им', 'ым', 'ом', 'его', 'ого', 'ему', 'ому', 'их', 'ых', 'ую', 'юю', 'ая', 'яя', 'ою', 'ею'],
    afterAOrYa: false,
  },
];
const PARTICIPLE: Group[] = [
  { endings: ['ем', 'нн', 'вш', 'ющ', 'щ'], afterAOrYa: true },
  { endings: ['ивш', 'ывш', 'ующ'], afterAOrYa: false },
];
const REFLEXIVE: Group[] = [{ endings: ['ся', 'сь'], afterAOrYa: false }];
const VERB: Group[] = [
  { endings: ['ла', 'на', 'ете', 'йте', 'ли', 'й', 'л', 'ем', 'н', 'ло', 'но', 'ет', 'ют', 'ны', 'ть', 'ешь', 'нно'], afterAOrYa: true },
  {
    endings: ['ила', 'ыла', 'ена', 'ейте', 'уйте', 'ите', 'или', 'ыли', 'ей', 'уй', 'ил', 'ыл', 'им', 'ым', 'ен', 'ило', 'ыло', 'ено', 'ят', 'ует', 'уют', 'ит', 'ыт', 'ены', 'ить', 'ыть', 'ишь', 'ую', 'ю'],
    afterAOrYa: false,
  },
];
const NOUN: Group[] = [
  {
    endings: ['а', 'ев', 'ов', 'ие', 'ье', 'е', 'иями', 'ями', 'ами', 'еи', 'ии', 'и', 'ией', 'ей', 'ой', 'ий', 'й', 'иям', 'ям', 'ием', 'ем', 'ам', 'ом', 'о', 'у', 'ах', 'иях', 'ях', 'ы', 'ь', 'ию', 'ью', 'ю', 'ия', 'ья', 'я'],
    afterAOrYa: false,
  },
];
const SUPERLATIVE: Group[] = [{ endings: ['ейше', 'ейш'], afterAOrYa: false }];
const DERIVATIONAL: Group[] = [{ endings: ['ость', 'ост'], afterAOrYa: false }];

/**
 * Snowball's `among`: the longest ending of the groups that the word has at or after `limit`; it
 * matches only if that ending's condition holds (a shorter ending is not tried instead). Returns the
 * word without it, or null.
 */
function strip(word: string, limit: number, groups: Group[]): string | null {
  let best: { ending: string; afterAOrYa: boolean } | undefined;
  for (const group of groups) {
    for (const ending of group.endings) {
      if (word.endsWith(ending) && word.length - ending.length >= limit && (!best || ending.length > best.ending.length)) {
        best = { ending, afterAOrYa: group.afterAOrYa };
      }
    }
  }
  if (!best) return null;
  const stem = word.slice(0, word.length - best.ending.length);
  if (best.afterAOrYa) {
    const before = stem[stem.length - 1];
    if (stem.length - 1 < limit || (before !== 'а' && before !== 'я')) return null;
  }
  return stem;
}

/** Snowball's regions: RV starts after the first vowel; R1 after the first non-vowel that follows a vowel; R2 is R1 of R1. */
function regions(word: string): { rv: number; r2: number } {
  const afterVowelThenConsonant = (from: number) => {
    for (let index = from + 1; index < word.length; index += 1) {
      if (!VOWELS.has(word[index]) && VOWELS.has(word[index - 1])) return index + 1;
    }
    return word.length;
  };
  let rv = word.length;
  for (let index = 0; index < word.length; index += 1) {
    if (VOWELS.has(word[index])) {
      rv = index + 1;
      break;
    }
  }
  const r1 = afterVowelThenConsonant(0);
  const r2 = afterVowelThenConsonant(r1);
  return { rv, r2 };
}

function adjectival(word: string, rv: number): string | null {
  const withoutAdjective = strip(word, rv, ADJECTIVE);
  if (withoutAdjective === null) return null;
  return strip(withoutAdjective, rv, PARTICIPLE) ?? withoutAdjective;
}

/** The stem of one word (any case; "ё" is read as "е"). */
export function stemRussian(input: string): string {
  let word = input.toLowerCase().replace(/ё/g, 'е');
  if (!/^[а-я]+$/.test(word)) return word;
  const { rv, r2 } = regions(word);

  // Step 1: a perfective gerund, or else (after a reflexive ending) an adjectival, verb or noun ending.
  const gerund = strip(word, rv, PERFECTIVE_GERUND);
  if (gerund !== null) {
    word = gerund;
  } else {
    word = strip(word, rv, REFLEXIVE) ?? word;
    word = adjectival(word, rv) ?? strip(word, rv, VERB) ?? strip(word, rv, NOUN) ?? word;
  }
  // Step 2.
  if (word.endsWith('и') && word.length - 1 >= rv) word = word.slice(0, -1);
  // Step 3: a derivational ending, wholly inside R2.
  word = strip(word, r2, DERIVATIONAL) ?? word;
  // Step 4: a superlative ending then "нн" → "н"; or "нн" → "н"; or a final soft sign.
  const superlative = strip(word, rv, SUPERLATIVE);
  if (superlative !== null) word = superlative;
  if (word.endsWith('нн') && word.length - 2 >= rv) word = word.slice(0, -1);
  else if (superlative === null && word.endsWith('ь') && word.length - 1 >= rv) word = word.slice(0, -1);
  return word;
}

/** A word of a text with where it stands, in UTF-16 code units (JavaScript string indexes). */
export interface Token {
  word: string;
  stem: string;
  start: number;
  end: number;
}

/** The words of a text (letters and digits; hyphens and punctuation separate words), with stems. */
export function tokenize(text: string): Token[] {
  return [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((match) => ({
    word: match[0],
    stem: stemRussian(match[0]),
    start: match.index,
    end: match.index + match[0].length,
  }));
}
