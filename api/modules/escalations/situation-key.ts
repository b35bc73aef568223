import { stemRussian } from '../../common/russian-stemmer';
import { FUNCTION_WORDS } from '../matching/phrase-matcher';
import { FILLER_LEXEMES } from '../matching/word-coverage';

const LETTERS: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o',
  п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e',
  ю: 'yu', я: 'ya',
};

/** "Гарантия на двигатель" → "garantiya-na-dvigatel": a situation key (lower-case Latin slug) from a Russian title. */
export function situationKeyFrom(title: string, maxLength = 60): string {
  const latin = [...title.toLowerCase()].map((character) => LETTERS[character] ?? character).join('');
  const slug = latin.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  if (slug.length <= maxLength) return slug || 'situation';
  // Cut between words, not inside one.
  const cut = slug.slice(0, maxLength + 1);
  return cut.slice(0, cut.lastIndexOf('-') > 0 ? cut.lastIndexOf('-') : maxLength);
}

/** The first sentence of a text, cut to `maxLength` characters at a word boundary. */
export function firstSentence(text: string, maxLength = 120): string {
  const sentence = (text.trim().match(/^[^.!?\n]+[.!?]?/)?.[0] ?? text).trim();
  if (sentence.length <= maxLength) return sentence.replace(/[.]$/, '');
  const cut = sentence.slice(0, maxLength);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 40 ? cut.lastIndexOf(' ') : maxLength).trim()}…`;
}

/**
 * The title a question suggests: its first sentence that asks (a post opened by ingest usually tells
 * its story before the question), else its first sentence; cut as firstSentence cuts.
 */
export function mainQuestion(text: string, maxLength = 120): string {
  const asking = (text.match(/[^.!?\n]+[.!?]*/g) ?? []).map((sentence) => sentence.trim()).find((sentence) => sentence.endsWith('?') && sentence.length > 3);
  return firstSentence(asking ?? text, maxLength);
}

/** The sentences of an answer, as theses of the reply (at most `limit`). */
export function thesesFrom(text: string, limit = 5): string[] {
  return (text.match(/[^.!?\n]+[.!?]?/g) ?? [])
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.length > 3)
    .slice(0, limit);
}

/**
 * Words a question to a responsible person carries that name no situation: who is asking about whom
 * and how they put it (as stems, like FILLER_LEXEMES).
 */
const GENERIC_STEMS = new Set(['клиент', 'полож', 'положен', 'больш', 'меньш', 'ждут', 'жд', 'долж', 'долг', 'вопрос', 'случа', 'какой', 'как', 'скольк', 'чт', 'люб'].map(stemRussian));

/**
 * A short readable key from a title: its first few significant words (not function words, fillers or
 * the generic words of a question), transliterated: "Что положено клиенту, если запчасть для
 * гарантийного ремонта ждут больше месяца?" → "zapchast-garantiynogo-remonta".
 */
export function shortSituationKey(title: string, words = 3): string {
  const significant = (title.toLowerCase().replace(/ё/g, 'е').match(/[\p{L}\p{N}]+/gu) ?? []).filter((word) => {
    const stem = stemRussian(word);
    return word.length > 2 && !FUNCTION_WORDS.has(word) && !FILLER_LEXEMES.has(stem) && !GENERIC_STEMS.has(stem);
  });
  return situationKeyFrom((significant.length ? significant.slice(0, words) : [title]).join(' '));
}
