import { tokenize, type Token } from '../../common/russian-stemmer';

/** A stretch of a text, in UTF-16 code units (JavaScript string indexes). */
export interface Span {
  start: number;
  end: number;
}

/**
 * Where a word or phrase occurs in a text in any of its forms: the phrase's words are stemmed and
 * must follow one another in the text ("увольнения" and "увольнений" match the keyword
 * "увольнение"; "не наша проблема" matches "не наши проблемы").
 */
export function findPhrase(tokens: Token[], phrase: string): Span[] {
  const stems = tokenize(phrase).map((token) => token.stem);
  if (stems.length === 0) return [];
  const spans: Span[] = [];
  for (let index = 0; index + stems.length <= tokens.length; index += 1) {
    if (stems.every((stem, offset) => tokens[index + offset].stem === stem)) {
      spans.push({ start: tokens[index].start, end: tokens[index + stems.length - 1].end });
    }
  }
  return spans;
}

/** Case endings a brand name ending in a consonant takes in Russian ("в Автолидере", "у Автолидера"). */
const CASE_ENDINGS = ['ами', 'ом', 'ов', 'ам', 'ах', 'е', 'а', 'у', 'ы'];
const ENDS_IN_CYRILLIC_CONSONANT = /[бвгджзйклмнпрстфхцчшщ]$/iu;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A name found in a text: where, as written, and the case ending it carries (if any). */
export interface NameOccurrence extends Span {
  written: string;
  ending: string;
}

/**
 * Occurrences of a name (a brand, a wrong spelling of it) as a whole word, ignoring case. JavaScript's
 * \b knows only Latin letters, so word edges are "not a letter or digit" in Unicode. A name ending in
 * a Cyrillic consonant is also found with a case ending after it.
 */
export function findName(text: string, name: string): NameOccurrence[] {
  const trimmed = name.trim();
  if (!trimmed) return [];
  const body = escapeRegExp(trimmed).replace(/\s+/g, '\\s+');
  const endings = ENDS_IN_CYRILLIC_CONSONANT.test(trimmed) ? `(${CASE_ENDINGS.join('|')})?` : '()';
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(${body})${endings}(?![\\p{L}\\p{N}])`, 'giu');
  return [...text.matchAll(pattern)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    written: match[1],
    ending: match[2] ?? '',
  }));
}

/** The canonical name with the case ending the wrong spelling carried, when the name can take one. */
export function withEnding(canonical: string, ending: string): string {
  return ending && ENDS_IN_CYRILLIC_CONSONANT.test(canonical.trim()) ? canonical.trim() + ending : canonical.trim();
}

/** True when two spans share at least one character. */
export function overlaps(left: Span, right: Span): boolean {
  return left.start < right.end && right.start < left.end;
}

/** Capitalises `replacement` when the words it replaces began with a capital letter. */
export function matchCase(original: string, replacement: string): string {
  const first = original.charAt(0);
  return first !== first.toLowerCase() && first === first.toUpperCase() ? replacement.charAt(0).toUpperCase() + replacement.slice(1) : replacement;
}
