import { ConsumerCycleCategory } from '../argument-base/consumer-cycle-category';
import { scoreSentiment } from '../mentions/sentiment-lexicon';
import { PhraseIndex, type PostToken } from './phrase-matcher';

/**
 * Where a post stands on the consumer cycle, read from the post itself: the general Russian cues of
 * each category as DOMAIN.md defines them (a wish to cancel, a comparison with a competitor, first
 * impressions, a complaint, a request for help, a choice, a rumour, a question about a product),
 * whatever the product or the client. The situations a post resembles vote too (matching.ranking.ts);
 * these cues are what a post says about its own kind when its words are not the base's.
 *
 * Phrases are matched by stems (phrase-matcher.ts): `*` ends a prefix, `=word=` is that word only.
 * A cue is worth 1 unless given a weight; strong, unambiguous cues weigh 2.
 */
type Cue = string | [string, number];

export const CATEGORY_CUES: Record<ConsumerCycleCategory, Cue[]> = {
  [ConsumerCycleCategory.PRODUCT_REFUSAL]: [
    ['расторг*', 2], ['расторж*', 2], ['аннулир*', 2], ['=отказаться=', 2], ['=откажусь=', 2], ['=отказываюсь=', 2], ['=отказался=', 1.5],
    ['=отказалась=', 1.5], ['=откажемся=', 2], ['=отказываемся=', 2], 'отказ от', ['вернуть деньги', 2], ['вернуть предоплату', 2],
    ['вернуть аванс', 2], 'возврат денег', 'возврат средств', ['как закрыть', 2], ['хочу закрыть', 2], 'закрыть счёт', 'закрыть карту',
    'закрыть вклад', 'закрытие счёта', 'закрытие карты', ['передумал*', 2], ['избавиться от', 2], ['уйти из банка', 2], 'больше не нужна',
    'больше не нужен', 'больше не нужны', 'отключить услугу', 'отключить подписку', 'отписаться', 'вернуть страховку', 'вернуть товар',
    'сдать обратно', 'не буду брать', 'не будем брать', 'вернёте деньги', 'деньги вернёте',
  ],
  [ConsumerCycleCategory.COMPETITOR_REQUEST]: [
    ['конкурент*', 2], ['в другом банке', 2], ['другой банк', 2], ['других банках', 2], ['другие банки', 1.5], ['у другого дилера', 2],
    ['другой дилер', 2], ['в другом салоне', 2], ['в соседнем салоне', 2], 'у других', 'у них', 'чем у вас', 'а у вас', 'по сравнению',
    'сравнил*', 'сравнила', 'сравнени*', 'дешевле у', 'выгоднее у', 'лучше чем у вас', 'переманива*', 'перейти в',
    'уйти к', 'перейду в', 'рефинанс*', 'перекредит*', 'выкупщик*', 'перекуп*', 'гаражн*', 'независим* сервис',
    // Banks and dealer groups everyone in the two markets knows; a post naming one compares.
    'сбер', 'сбербанк*', 'тинькофф', 'тинькоф', 'тиньк*', 'т-банк*', 'втб', 'альфа', 'альфабанк*', 'альфа-банк*', 'газпромбанк*',
    'райффайзен*', 'открытие', 'совкомбанк*', 'россельхозбанк*', 'почта банк', 'озон банк', 'яндекс банк', 'мтс банк', 'уралсиб*',
    'промсвязьбанк*', 'псб', 'рольф*', 'автомир*', 'авилон*', 'major', 'мэйджор*', 'автоспеццентр*', 'favorit', 'фаворит моторс',
    'ключавто', 'независимость', 'автодом', 'инчкейп', 'банки ру', 'банки.ру',
  ],
  [ConsumerCycleCategory.FIRST_REVIEW]: [
    ['первые впечатления', 2], ['первое впечатление', 2], ['месяц как', 1.5], ['неделю как', 1.5], ['недавно купил*', 2],
    ['недавно взял*', 2], ['купил* недавно', 2], ['пока всё нравится', 2], ['пока всё отлично', 2], 'пока нравится',
    ['новый клиент', 2], ['перешёл к вам', 2], ['перешла к вам', 2], 'первую неделю', 'первый месяц',
    'первые дни', 'спустя месяц', 'забрал* машину', 'забрали авто', 'получил* карту', 'оформил* карту', 'оформила первую',
    'купил машину', 'взяли машину', 'покупкой довол*', 'в целом довол*', 'в целом ок',
    'хочу поблагодарить', 'огромное спасибо', 'спасибо менеджеру', 'рекомендую', 'всё понравилось', 'всё прошло',
  ],
  [ConsumerCycleCategory.NEGATIVE]: [
    ['безобраз*', 2], ['возмут*', 2], ['возмущ*', 2], ['позор*', 2], ['сколько можно', 2], ['издевательств*', 2], ['хамств*', 2],
    ['нахамил*', 2], ['нагрубил*', 2], ['кошмар*', 1.5], ['ужас*', 1.5], ['бардак*', 1.5], ['обман*', 1.5], 'развод', 'жалоб*',
    'претензи*', 'буду жаловаться', 'роспотребнадзор*', 'прокуратур*', 'верните', 'надоел*', 'достал*', 'никто не', 'ни ответа',
    'до сих пор', 'так и не', 'который день', 'который месяц', 'уже месяц', 'уже неделю', 'это нормально', 'это как',
    'наплевать', 'плевать', 'никогда больше', 'больше ни ногой', 'не рекомендую', 'не советую', 'навязал*', 'навязыва*', '=отказали=', '=отказал=', '=отказывают=', 'отказ', 'списали',
    'не перезвонил*', 'не дозвон*', 'не дозвониться', 'обещали', 'бесит', 'бесят', 'отвратит*',
  ],
  [ConsumerCycleCategory.SUPPORT]: [
    ['как сделать', 1.5], ['как настроить', 2], ['как подключить', 1.5], ['как поменять', 2], ['как изменить', 1.5], ['как восстановить', 2],
    ['как установить', 2], ['как проверить', 1.5], ['как разблокировать', 2], ['как войти', 2], 'не работает', 'не могу', 'не получается',
    'не проходит', 'не приходит', 'не пришли', 'не пришёл', 'не открывается', 'не вижу', 'не нашёл', 'не нашла', ['где найти', 1.5],
    ['где скачать', 2], ['что делать', 1.5], ['куда обращаться', 2], ['куда обратиться', 2], 'куда звонить', 'подскажите как',
    'помогите', 'завис*', 'висит', 'ошибк*', 'перестал*', 'сломал*', 'слетел*', 'загорел*', 'заблокир*', 'по гарантии', 'гаранти*',
    'через сколько', 'раз в год', 'что входит', 'нужно ли', 'это срочно',
  ],
  [ConsumerCycleCategory.GENERAL_REQUEST]: [
    ['посоветуйте', 2], ['посоветуете', 2], ['что посоветуете', 2], ['какой выбрать', 2], ['какую выбрать', 2], ['что выбрать', 2],
    ['что лучше', 2], ['как лучше', 1.5], ['какой лучше', 2], ['какая лучше', 2], ['что взять', 1.5], ['что брать', 2],
    ['что купить', 1.5], ['стоит ли брать', 1.5], 'выбираю', 'выбираем', 'присматрива*', 'подскажите что', 'помогите выбрать',
    'в пределах', 'бюджет*', 'куда положить', 'куда вложить', 'где хранить', 'или лучше', 'ищем', 'ищу',
  ],
  [ConsumerCycleCategory.UNCOMFORTABLE_QUESTION]: [
    ['правда ли', 2], ['правда что', 2], ['это правда', 2], ['слышал*', 2], ['говорят', 1.5], ['ходят слухи', 2], ['слух*', 2],
    ['пишут что', 2], 'в новостях', 'в телеграм*', 'в интернете пишут', ['увольнени*', 2], ['сокращени*', 1.5],
    ['лиценз*', 2], ['банкрот*', 2], ['санаци*', 2], ['=закрываетесь=', 2], ['закрыва* салон*', 2], ['закрыва* офис*', 2],
    ['закрыва* отделени*', 2], ['=закрылся=', 1.5], ['суд', 1.5], ['=иск=', 1.5], ['=иски=', 1.5], 'подать в суд', 'уголовн*', 'скандал*', ['утечк*', 2], 'слив базы', 'слили',
    'мошенник*', 'надёжн*', 'страшно', 'пока не поздно', 'подорож*', 'цены растут', 'цены выросли', 'подняли', 'накручива*', 'санкци*', 'уходите с рынка',
  ],
  [ConsumerCycleCategory.PRODUCT_REQUEST]: [
    ['есть ли у вас', 2], ['у вас есть', 1.5], ['есть ли', 1.5], ['сколько стоит', 1.5], ['какие условия', 2], ['на каких условиях', 2],
    ['какая ставка', 1.5], ['какой процент', 1.5], ['какой лимит', 1.5], 'можно ли', 'можно у вас', 'а можно', 'вы выдаёте', 'выдаёте ли',
    'работаете с', 'принимаете', 'в наличии', 'сколько ждать', 'как записаться', 'как оформить', 'как открыть', 'можно оформить',
    'сколько дадут', 'дадут ли', 'возможно ли', 'какие документы', 'какой взнос', 'интересует',
  ],
};

/** Words in capitals that are abbreviations, not shouting. */
const ABBREVIATIONS = /^(?:[A-Z]+|ТО|СТО|ЦБ|СБП|ПТС|ОСАГО|КАСКО|ДТП|ГИБДД|АЗС|ТЦ|КАД|МКАД|ЖК|ИП|ООО|ПАО|ИНН|СНИЛС|ПИН|СМС|МФЦ|НДФЛ|ВТБ|ПСБ|МТС|ТО\d*)$/u;

const index = new PhraseIndex(
  Object.entries(CATEGORY_CUES).flatMap(([category, cues]) =>
    cues.map((cue) => ({ phrase: typeof cue === 'string' ? cue : cue[0], value: { category: category as ConsumerCycleCategory, weight: typeof cue === 'string' ? 1 : cue[1] } })),
  ),
);

export type CategoryCues = Partial<Record<ConsumerCycleCategory, number>>;

/** What the tone of a post is worth as a cue: shouting and "!!!" for a complaint, clear praise for a first review. */
export const TONE = {
  /** Per word in capitals (not an abbreviation), at most two words counted. */
  shoutedWord: 1,
  exclamation: 1,
  /** The sentiment lexicon's score counts from these values on, at this weight per point (at most 3 points). */
  negativeFrom: -1,
  positiveFrom: 2,
  perPoint: 0.5,
} as const;

/**
 * How strongly the post itself speaks for each category: the weights of the cues it holds, plus
 * its tone (shouting, "!!!", the sentiment lexicon) for a complaint, and praise for a first review.
 */
export function categoryCues(tokens: PostToken[], text: string): CategoryCues {
  const cues: CategoryCues = {};
  const add = (category: ConsumerCycleCategory, weight: number) => {
    cues[category] = (cues[category] ?? 0) + weight;
  };
  for (const { value } of index.find(tokens)) add(value.category, value.weight);
  const shouted = tokens.filter((token) => token.original.length >= 4 && /^\p{Lu}+$/u.test(token.original) && !ABBREVIATIONS.test(token.original)).length;
  if (shouted > 0) add(ConsumerCycleCategory.NEGATIVE, Math.min(shouted, 2) * TONE.shoutedWord);
  if (/!!|\?!|!\?/u.test(text)) add(ConsumerCycleCategory.NEGATIVE, TONE.exclamation);
  const { score } = scoreSentiment(text);
  if (score <= TONE.negativeFrom) add(ConsumerCycleCategory.NEGATIVE, Math.min(-score, 3) * TONE.perPoint);
  if (score >= TONE.positiveFrom) add(ConsumerCycleCategory.FIRST_REVIEW, Math.min(score, 3) * TONE.perPoint);
  return cues;
}
