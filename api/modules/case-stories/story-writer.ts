import { ConsumerCycleCategory } from '../argument-base/consumer-cycle-category';
import { PlatformKind } from '../platforms/platform-kind';

/** The facts of a resolved case a story is told from. */
export interface StoryFacts {
  brand: string;
  platform: { name: string; kind: PlatformKind; audience: string | null };
  author: { handle: string; name: string | null };
  request: { text: string; postedAt: Date; category: ConsumerCycleCategory | null };
  reaction: { firstText: string | null; firstResponseAt: Date | null; posts: number; deadlineHours: number | null; movedToPrivate: boolean };
  escalation: { assigneeName: string; assigneePosition: string | null; hoursToAnswer: number | null } | null;
  result: { resolved: boolean; finishedAt: Date | null; positiveFeedback: boolean; siteVisit: boolean; promoUsed: boolean; note: string | null };
}

export const STORY_MIN = 1500;
export const STORY_MAX = 2500;

const CATEGORY_PHRASES: Record<ConsumerCycleCategory, string> = {
  GENERAL_REQUEST: 'общий запрос: человек выбирал, что купить',
  COMPETITOR_REQUEST: 'конкурентный запрос: сравнение с другими компаниями',
  PRODUCT_REQUEST: 'вопрос о продукте компании',
  FIRST_REVIEW: 'первый отзыв после покупки',
  NEGATIVE: 'негативный отзыв, жалоба',
  SUPPORT: 'просьба о помощи уже действующему клиенту',
  PRODUCT_REFUSAL: 'отказ от продукта: клиент хотел вернуть или закрыть услугу',
  UNCOMFORTABLE_QUESTION: 'неудобный вопрос',
};

const PLACES: Record<PlatformKind, string> = {
  FORUM: 'на форуме',
  SOCIAL_GROUP: 'в группе',
  BLOG: 'в блоге',
  MICROBLOG: 'в микроблоге',
  REVIEW_SITE: 'на сайте отзывов',
  HASHTAG_HOTLINE: 'по хэштегу горячей линии',
  OWN_SITE: 'на сайте компании',
};

/** 1 час, 2 часа, 5 часов. */
function plural(count: number, one: string, few: string, many: string): string {
  const tens = count % 100;
  const units = count % 10;
  if (tens >= 11 && tens <= 14) return many;
  if (units === 1) return one;
  if (units >= 2 && units <= 4) return few;
  return many;
}

/** "2 часа 15 минут", "3 дня 4 часа", "40 минут". */
export function russianDuration(milliseconds: number): string {
  const minutes = Math.max(1, Math.round(milliseconds / 60_000));
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const rest = minutes % 60;
  const parts: string[] = [];
  if (days) parts.push(`${days} ${plural(days, 'день', 'дня', 'дней')}`);
  if (hours) parts.push(`${hours} ${plural(hours, 'час', 'часа', 'часов')}`);
  if (rest && !days) parts.push(`${rest} ${plural(rest, 'минуту', 'минуты', 'минут')}`);
  return parts.join(' ') || '1 минуту';
}

const dateOf = (date: Date) => date.toLocaleDateString('ru-RU', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Moscow' });

/** Quoted and cut at a word boundary to `limit` characters. */
function excerpt(text: string, limit: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= limit) return `«${flat}»`;
  const cut = flat.slice(0, limit);
  return `«${cut.slice(0, Math.max(cut.lastIndexOf(' '), limit - 20)).trim()}…»`;
}

/** «Name», unless the name brings its own quotes: «Банк «Северный»» reads badly. */
const quoted = (name: string) => (/[«"]/.test(name) ? name : `«${name}»`);

/** "на форуме «Автоклуб»"; a name with its own quotes usually names its kind too: "на площадке Форум «Автоклуб»". */
const placeOf = (platform: StoryFacts['platform']) => (/[«"]/.test(platform.name) ? `на площадке ${platform.name}` : `${PLACES[platform.kind]} «${platform.name}»`);

function who(author: StoryFacts['author']): string {
  return author.name ? `${author.name} (ник ${author.handle})` : `пользователь с ником ${author.handle}`;
}

function paragraphs(facts: StoryFacts, quoteLimit: number, extras: number): string[] {
  const { brand, platform, author, request, reaction, escalation, result } = facts;
  const place = placeOf(platform);
  const requestPart = [
    `Обращение. ${dateOf(request.postedAt)} ${place} появилось сообщение, автор — ${who(author)}: ${excerpt(request.text, quoteLimit)}`,
    request.category ? `По потребительскому циклу это ${CATEGORY_PHRASES[request.category]}.` : '',
  ].filter(Boolean).join(' ');

  const reactionSentences: string[] = [];
  if (reaction.firstResponseAt) {
    const took = russianDuration(reaction.firstResponseAt.getTime() - request.postedAt.getTime());
    const withinDeadline =
      reaction.deadlineHours === null
        ? ''
        : reaction.firstResponseAt.getTime() - request.postedAt.getTime() <= reaction.deadlineHours * 3_600_000
          ? `, уложившись в регламент (${reaction.deadlineHours} ${plural(reaction.deadlineHours, 'час', 'часа', 'часов')})`
          : `, позже срока по регламенту (${reaction.deadlineHours} ${plural(reaction.deadlineHours, 'час', 'часа', 'часов')}); этот случай мы разобрали, чтобы отвечать быстрее`;
    reactionSentences.push(`Реакция. Официальный представитель ${quoted(brand)} ответил через ${took} после публикации${withinDeadline}.`);
  } else {
    reactionSentences.push(`Реакция. Официальный представитель ${quoted(brand)} подключился к обсуждению.`);
  }
  reactionSentences.push('Ответ прозвучал от открытого аккаунта компании, от имени бренда, на той же площадке, где человек задал вопрос.');
  if (escalation) {
    const whom = escalation.assigneePosition ? `${escalation.assigneePosition} (${escalation.assigneeName})` : escalation.assigneeName;
    const speed = escalation.hoursToAnswer !== null ? `; ответ пришёл через ${russianDuration(escalation.hoursToAnswer * 3_600_000)}` : '';
    reactionSentences.push(
      `Готового ответа в базе знаний не нашлось, поэтому вопрос напрямую передали ответственному лицу — это ${whom}${speed}. Ответ сохранили в базе знаний, чтобы следующим клиентам с таким вопросом отвечать сразу.`,
    );
  }
  if (reaction.firstText) reactionSentences.push(`Первый ответ представителя: ${excerpt(reaction.firstText, quoteLimit)}`);
  if (reaction.movedToPrivate) reactionSentences.push('Детали заказа уточнили в личных сообщениях: персональные данные мы запрашиваем только там, а не в открытой ветке.');
  if (reaction.posts > 1) reactionSentences.push(`Всего в обсуждении представитель опубликовал ${reaction.posts} ${plural(reaction.posts, 'сообщение', 'сообщения', 'сообщений')}.`);

  const resultSentences: string[] = [];
  const total = result.finishedAt ? ` за ${russianDuration(result.finishedAt.getTime() - request.postedAt.getTime())} с момента обращения` : '';
  resultSentences.push(result.resolved ? `Результат. Вопрос решён${total}.` : `Результат. Обращение закрыто${total}.`);
  if (result.positiveFeedback) resultSentences.push('В ответ пришли благодарность и положительный отзыв — в той же ветке, где их видят другие участники.');
  if (result.siteVisit) resultSentences.push('После ответа человек перешёл на сайт компании за подробностями.');
  if (result.promoUsed) resultSentences.push('Клиент воспользовался специальным предложением.');
  if (result.note) resultSentences.push(`Комментарий команды: ${result.note.trim()}`);

  const optional = [
    `Почему это важно. Переписка ${place} остаётся открытой: её читают не только участники, но и все, кто найдёт ветку через поиск. Поэтому каждый ответ ${quoted(brand)} — это и помощь конкретному человеку, и пример для всех, кто столкнётся с похожей ситуацией.`,
    platform.audience ? `Площадка выбрана не случайно: ${platform.audience.replace(/\.$/, '')}. Здесь ${quoted(brand)} работает официально, по договорённости с администрацией.` : '',
    `Как мы работаем. Представитель говорит от имени компании, честно и без шаблонных фраз, признаёт ошибки и решает вопрос там, где начался разговор. Стандартные ответы хранятся в базе знаний, а на нестандартные вопросы отвечают ответственные специалисты компании напрямую.`,
    `Такие истории мы публикуем, чтобы показать: на обращения в сети компания реагирует так же внимательно, как на звонки в контакт-центр.`,
    'Правила, по которым мы работаем: быть честными; быть открытыми — признавать ошибки, оперативно решать проблемы и делиться информацией; работать систематично и отвечать быстро; решать вопрос там, где начался разговор; не отвечать шаблонами, а учитывать то, что уже известно о человеке и его ситуации.',
    'Если разговор затягивается или становится конфликтным, мы предлагаем продолжить его в личных сообщениях или по электронной почте, а в открытой ветке сообщаем, чем всё закончилось: другим читателям тоже важно знать результат.',
  ].filter(Boolean);
  return [requestPart, reactionSentences.join(' '), resultSentences.join(' '), ...optional.slice(0, extras)];
}

/**
 * Writes a case story "обращение – реакция – результат" from the facts, aiming at 1,500–2,500
 * characters: quotes are cut shorter when it runs long, general paragraphs are added when it runs
 * short. The PR specialist edits it before publishing.
 */
export function writeCaseStory(facts: StoryFacts): { title: string; text: string } {
  const title = facts.result.resolved
    ? `Обращение – реакция – результат: как ${quoted(facts.brand)} решил вопрос клиента ${placeOf(facts.platform)}`
    : `Обращение – реакция – результат: работа ${quoted(facts.brand)} с обращением ${placeOf(facts.platform)}`;
  let best = '';
  for (const quoteLimit of [600, 450, 300, 200, 120]) {
    for (let extras = 0; extras <= 6; extras += 1) {
      const text = paragraphs(facts, quoteLimit, extras).join('\n\n');
      best = text;
      if (text.length >= STORY_MIN) break;
    }
    if (best.length <= STORY_MAX) break;
  }
  return { title, text: best };
}
