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
 * The post without stop phrases and brand words. A brand word takes its inflected forms with it
 * ("Северного", "АвтоЛидере"), since the name says who is addressed, not what about.
 */
export function meaningfulText(text: string, brand: string[]): string {
  let folded = ` ${foldText(text)} `;
  for (const phrase of STOP_PHRASES) {
    folded = folded.replace(new RegExp(`(?<![\\p{L}])${escape(phrase)}(?![\\p{L}])`, 'gu'), ' ');
  }
  for (const word of brand) {
    const stem = word.length > 5 ? word.slice(0, word.length - 2) : word;
    folded = folded.replace(new RegExp(`(?<![\\p{L}])${escape(stem)}\\p{L}{0,4}(?![\\p{L}])`, 'gu'), ' ');
  }
  return folded.replace(/\s+/g, ' ').trim();
}
