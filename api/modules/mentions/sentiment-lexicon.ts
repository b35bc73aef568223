import { Sentiment } from './sentiment';

/**
 * A small Russian sentiment lexicon for posts about a brand. Words are matched by stem (the start of
 * a word), which covers most inflections without a morphology library: "разочарован", "разочарована",
 * "разочаровали" all start with "разочаров". Short or ambiguous stems are matched as whole words.
 */
const NEGATIVE_STEMS = [
  'ужас', 'кошмар', 'отвратит', 'отстой', 'плох', 'хуже', 'худш', 'хамств', 'хамит', 'нахам', 'хамск', 'грубил', 'грубо', 'груби',
  'обман', 'обмануд', 'обманул', 'развод', 'разочаров', 'недоволь', 'недовол', 'жалоб', 'жалуюсь', 'претензи', 'возмущ', 'возмутит',
  'безобраз', 'позор', 'бардак', 'издеват', 'игнорир', 'проигнор', 'бесполезн', 'невозможн', 'сломал', 'сломан', 'поломк', 'полома',
  'брак', 'дефект', 'неисправ', 'задержива', 'задержал', 'затянул', 'волокит', 'навязал', 'навязыва', 'списали', 'списание',
  'заблокир', 'мошенни', 'кидал', 'верните', 'вернуть деньги', 'отказали', 'отказыва', 'хамло', 'неадекват', 'некомпетент',
  'непрофессионал', 'халтур', 'наплеват', 'облом', 'разводил', 'потерял', 'пропал', 'ошибк', 'ошиблись', 'штраф', 'в суд', 'проблем',
  'достали', 'надоел', 'бесит', 'бесят', 'обидн', 'стыдн', 'жуть', 'катастроф', 'провал', 'сбой',
  'глюч', 'висит', 'тормоз', 'дорого', 'переплат', 'навязчив', 'никогда больше', 'ни за что',
];
const NEGATIVE_WORDS = ['плохо', 'фу', 'жесть', 'треш', 'зря', 'увы', 'отказ', 'хам', 'хамы', 'долго', 'злой', 'злая', 'суд', 'судом', 'суде'];

const POSITIVE_STEMS = [
  'спасиб', 'благодар', 'отличн', 'прекрасн', 'замечат', 'великолеп', 'хорош', 'неплох', 'довол', 'рекоменд', 'советую', 'понрави',
  'нравит', 'супер', 'классн', 'молодц', 'лучш', 'удобн', 'вежлив', 'оперативн', 'быстро', 'помогл', 'решили проблему', 'решено', 'решён', 'выручил', 'порадовал', 'радует', 'приятн', 'восторг', 'восхищ', 'идеальн', 'профессионал', 'внимательн', 'чётко',
  'четко', 'надёжн', 'надежн', 'качествен', 'уважени', 'респект', 'круто', 'крут',
];
const POSITIVE_WORDS = ['рад', 'рада', 'рады', 'ура', 'топ', 'люблю', 'класс'];

/** Words that turn the next word or two around: "не доволен", "не рекомендую", "не плохо". */
const NEGATIONS = new Set(['не', 'ни', 'нет', 'без', 'никак', 'нисколько']);
/** After a contrast the second half carries the point: "спасибо, но машину так и не починили". */
const CONTRASTS = new Set(['но', 'однако', 'зато', 'хотя', 'правда']);

const fold = (text: string) => text.toLowerCase().replace(/ё/g, 'е');

/** Stems grouped by their first two letters: a word is compared only with stems that can start it. */
function stemIndex(stems: string[]): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const stem of stems.filter((candidate) => !candidate.includes(' ')).map(fold)) {
    const key = stem.slice(0, 2);
    index.set(key, [...(index.get(key) ?? []), stem]);
  }
  return index;
}

const negativeStems = stemIndex(NEGATIVE_STEMS);
const positiveStems = stemIndex(POSITIVE_STEMS);
const negativeWords = new Set(NEGATIVE_WORDS.map(fold));
const positiveWords = new Set(POSITIVE_WORDS.map(fold));
const negativePhrases = NEGATIVE_STEMS.filter((stem) => stem.includes(' ')).map(fold);
const positivePhrases = POSITIVE_STEMS.filter((stem) => stem.includes(' ')).map(fold);

function tokens(text: string): string[] {
  return text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

const startsWithAny = (word: string, index: Map<string, string[]>) => index.get(word.slice(0, 2))?.some((stem) => word.startsWith(stem)) ?? false;

/** +1, -1 or 0 for a folded word; negative stems are tried first ("недоволен" is not "доволен"). */
function polarityOf(word: string): number {
  if (negativeWords.has(word) || startsWithAny(word, negativeStems)) return -1;
  if (positiveWords.has(word) || startsWithAny(word, positiveStems)) return 1;
  return 0;
}

export interface SentimentScore {
  sentiment: Sentiment;
  /** Positive minus negative evidence; weighted, so not a count. */
  score: number;
}

/**
 * Scores a post: each lexicon word counts ±1 (negated words flip, words after a contrast count
 * double, negative words weigh 1.2 since complaints are what a representative must not miss),
 * emoticons add a little. Below -0.5 is NEGATIVE, above 0.5 POSITIVE, the rest NEUTRAL.
 */
export function scoreSentiment(text: string): SentimentScore {
  const lower = fold(text);
  let score = 0;
  let weight = 1;
  // Negation and questions are read within a clause: "не перезванивает. Безобразие!" is two of them.
  for (const clause of lower.split(/(?<=[.!?;:\n])|,/)) {
    const words = tokens(clause);
    // "Какой кредит лучше?" asks; it does not praise.
    const praiseWeight = clause.includes('?') ? 0.3 : 1;
    for (let index = 0; index < words.length; index += 1) {
      const word = words[index];
      if (CONTRASTS.has(word)) {
        weight = 2;
        continue;
      }
      const polarity = polarityOf(word);
      if (polarity === 0) continue;
      const negated = NEGATIONS.has(words[index - 1] ?? '') || (NEGATIONS.has(words[index - 2] ?? '') && polarityOf(words[index - 1] ?? '') === 0);
      const signed = negated ? -polarity : polarity;
      score += signed * weight * (signed < 0 ? 1.2 : praiseWeight);
    }
  }
  for (const phrase of negativePhrases) if (lower.includes(phrase)) score -= 1.2;
  for (const phrase of positivePhrases) if (lower.includes(phrase)) score += 1;
  score += (lower.match(/\)\)+|:\)|😊|👍|🙂|❤/gu)?.length ?? 0) * 0.5;
  score -= (lower.match(/\(\(+|:\(|😡|👎|🤬|😠/gu)?.length ?? 0) * 0.6;
  const rounded = Math.round(score * 100) / 100;
  const sentiment = rounded <= -0.5 ? Sentiment.NEGATIVE : rounded >= 0.5 ? Sentiment.POSITIVE : Sentiment.NEUTRAL;
  return { sentiment, score: rounded };
}
