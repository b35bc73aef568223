import { SLUG_PATTERN } from '../../common/validation';

export const MAX_KEY_LENGTH = 60;

const CYRILLIC_TO_LATIN: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l',
  м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh',
  щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya', і: 'i', ї: 'yi', є: 'ye', ґ: 'g',
};

/**
 * A key from a human name: Russian transliterated ("Кредит и рассрочка" → "kredit-i-rassrochka"), cut
 * at a word boundary so keys stay short enough to read in URLs and CSV files. Empty when the name
 * holds no letters or digits.
 */
export function slugify(text: string, maxLength = MAX_KEY_LENGTH): string {
  const latin = [...text.toLowerCase()].map((character) => CYRILLIC_TO_LATIN[character] ?? character).join('');
  const slug = latin
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength + 1);
  const boundary = cut.lastIndexOf('-');
  return (boundary > 0 ? cut.slice(0, boundary) : slug.slice(0, maxLength)).replace(/-+$/, '');
}

export function isValidKey(key: string): boolean {
  return key.length <= MAX_KEY_LENGTH && SLUG_PATTERN.test(key);
}

/** `base`, or `base-2`, `base-3`... whichever is not taken yet; the result is added to `taken`. */
export function claimKey(base: string, taken: Set<string>): string {
  const stem = base || 'item';
  let key = stem;
  for (let suffix = 2; taken.has(key); suffix += 1) {
    const ending = `-${suffix}`;
    key = `${stem.slice(0, MAX_KEY_LENGTH - ending.length).replace(/-+$/, '')}${ending}`;
  }
  taken.add(key);
  return key;
}
