/**
 * What a post says before matching: the phrases that carry no meaning for which situation it is
 * (greetings, politeness, the brand's own name) are taken out. Function words are the `russian`
 * text-search configuration's business; words frequent in the base are the IDF's.
 */

/** Courtesy formulas, in lower case with ё folded to е. Matched as whole phrases. */
const STOP_PHRASES = [
  'доброго времени суток',
  'добрый день',
  'добрый вечер',
  'доброе утро',
  'здравствуйте',
  'здравствуй',
  'приветствую',
  'привет',
  'подскажите пожалуйста',
  'скажите пожалуйста',
  'пожалуйста',
  'заранее спасибо',
  'спасибо заранее',
  'заранее благодарю',
  'с уважением',
];

export function foldText(text: string): string {
  return text.toLowerCase().replace(/ё/g, 'е');
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Words of the brand worth removing. When the name quotes its own part ("Банк «Северный»"), only the
 * quoted part is the brand: "банк" is a word people use about any bank.
 */
export function brandWords(brandName: string): string[] {
  const quoted = [...brandName.matchAll(/[«"“]([^»"”]+)[»"”]/g)].map((match) => match[1]);
  const words = (quoted.length ? quoted : [brandName]).flatMap((part) => foldText(part).split(/[^\p{L}\p{N}]+/u));
  return [...new Set(words.filter((word) => word.length >= 3))];
}

/**
 * Abbreviations written in capitals that the `russian` configuration would lose: "ТО" is a stop word
 * to it ("то"), "СТО" a number ("сто"). Only capitals are read so, and the index reads the base the
 * same way (migration MatchAbbreviations), so the post and the base meet on the full word.
 */
const CAPITAL_ABBREVIATIONS: [RegExp, string][] = [
  [/(?<![\p{L}\p{N}])ТО(?!\p{L})/gu, 'техобслуживание '],
  [/(?<![\p{L}\p{N}])СТО(?!\p{L})/gu, 'автосервис '],
];

/** Spells out the capital abbreviations, unless the whole post is in capitals ("ВЫ ТО ЧТО"): then they are words. */
export function expandAbbreviations(text: string): string {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  const capitals = text.match(/\p{Lu}/gu)?.length ?? 0;
  if (capitals > letters / 2) return text;
  return CAPITAL_ABBREVIATIONS.reduce((expanded, [pattern, word]) => expanded.replace(pattern, word), text);
}

/**
 * The post without stop phrases and brand words, its capital abbreviations spelled out. A brand word
 * takes its inflected forms with it ("Северного", "АвтоЛидере"), since the name says who is
 * addressed, not what about. Letter case is kept: capitals tell shouting from calm (category-cues.ts).
 */
export function meaningfulText(text: string, brand: string[]): string {
  let kept = ` ${expandAbbreviations(text).replace(/ё/g, 'е').replace(/Ё/g, 'Е')} `;
  for (const phrase of STOP_PHRASES) {
    kept = kept.replace(new RegExp(`(?<![\\p{L}])${escape(phrase)}(?![\\p{L}])`, 'giu'), ' ');
  }
  for (const word of brand) {
    const stem = word.length > 5 ? word.slice(0, word.length - 2) : word;
    kept = kept.replace(new RegExp(`(?<![\\p{L}])${escape(stem)}\\p{L}{0,4}(?![\\p{L}])`, 'giu'), ' ');
  }
  return kept.replace(/\s+/g, ' ').trim();
}
