import { ConsumerCycleCategory } from '../argument-base/consumer-cycle-category';
import { KpiMetric, KpiPeriod } from '../kpis/kpi-metric';
import { PlatformKind } from '../platforms/platform-kind';
import { ContentRuleKind, PostKind, TopicPolicy, type BriefContent, type BriefSection } from './brief-content';

/**
 * Russian names for the brief's words: the brief is read by Russian-speaking representatives, so its
 * printed form, its Markdown export and the labels of its diff speak Russian.
 */
export const russian = {
  sections: {
    postingRules: 'Формальности: где и сколько публиковать',
    topics: 'Темы',
    contentRules: 'Требования к содержанию',
    responseDeadlines: 'Сроки ответа',
    standardSituations: 'Стандартные ситуации',
    responsiblePeople: 'Ответственные лица',
    kpiTargets: 'KPI',
  } satisfies Record<BriefSection, string>,
  platformKinds: {
    FORUM: 'форумы',
    SOCIAL_GROUP: 'группы в соцсетях',
    BLOG: 'блоги',
    MICROBLOG: 'микроблоги (Twitter/X)',
    REVIEW_SITE: 'сайты отзывов',
    HASHTAG_HOTLINE: 'хэштег-«горячие линии»',
    OWN_SITE: 'свой сайт',
  } satisfies Record<PlatformKind, string>,
  categories: {
    GENERAL_REQUEST: 'общий запрос',
    COMPETITOR_REQUEST: 'конкурентный запрос',
    PRODUCT_REQUEST: 'запрос по продукту',
    FIRST_REVIEW: 'первый отзыв',
    NEGATIVE: 'негатив',
    SUPPORT: 'сопровождение',
    PRODUCT_REFUSAL: 'отказ от продукта',
    UNCOMFORTABLE_QUESTION: 'неудобный вопрос',
  } satisfies Record<ConsumerCycleCategory, string>,
  postKinds: { ANSWER: 'ответы', NEWS: 'новости', PROMOTION: 'акции' } satisfies Record<PostKind, string>,
  policies: { ALLOWED: 'можно обсуждать', FORBIDDEN: 'запрещённая тема', NO_COMMENT: 'не комментировать' } satisfies Record<TopicPolicy, string>,
  contentRuleKinds: {
    BRAND_SPELLING: 'Написание названия',
    PREFERRED_TERM: 'Предпочтительные термины',
    FORBIDDEN_PHRASE: 'Запрещённые фразы',
    STYLE: 'Стиль',
  } satisfies Record<ContentRuleKind, string>,
  metrics: {
    VIEWS: 'Просмотры',
    SITE_VISITS: 'Переходы на сайт',
    NEWS_POSTED: 'Размещено новостей',
    QUESTIONS_ANSWERED: 'Отвечено вопросов',
    PROBLEMS_SOLVED: 'Решено проблем',
    POSITIVE_REVIEWS: 'Положительные отзывы',
    THREAD_MESSAGES: 'Сообщения в ветке',
    PROMO_USES: 'Использований акции',
    AVERAGE_FIRST_RESPONSE_HOURS: 'Среднее время первого ответа, ч',
  } satisfies Record<KpiMetric, string>,
  periods: { MONTH: 'в месяц', QUARTER: 'в квартал' } satisfies Record<KpiPeriod, string>,
};

/** "1 час", "3 часа", "24 часа", "30 часов", "1,5 ч". */
export function hoursInRussian(hours: number): string {
  if (!Number.isInteger(hours)) return `${String(hours).replace('.', ',')} ч`;
  const lastTwo = hours % 100;
  const last = hours % 10;
  const word = lastTwo >= 11 && lastTwo <= 14 ? 'часов' : last === 1 ? 'час' : last >= 2 && last <= 4 ? 'часа' : 'часов';
  return `${hours} ${word}`;
}

/** Platform names by id, for saying "Форум «Клуб…»" instead of an id. */
export type PlatformNames = ReadonlyMap<string, string>;

type Item<S extends BriefSection> = BriefContent[S][number];

/** Where a rule applies, in words: one platform, every platform of a kind, or everywhere. */
export function placeLabel(item: { platformId: string | null; platformKind?: PlatformKind | null }, platforms: PlatformNames): string {
  if (item.platformId) return platforms.get(item.platformId) ?? `площадка ${item.platformId}`;
  if (item.platformKind) return `все ${russian.platformKinds[item.platformKind]}`;
  return 'все площадки';
}

/** How a person recognises an item of a section in a list or a diff. */
export function itemLabel<S extends BriefSection>(section: S, item: Item<S>, platforms: PlatformNames): string {
  switch (section) {
    case 'postingRules':
      return placeLabel(item as Item<'postingRules'>, platforms);
    case 'topics':
    case 'standardSituations':
    case 'responsiblePeople':
      return (item as Item<'topics'>).name;
    case 'contentRules':
      return (item as Item<'contentRules'>).text;
    case 'responseDeadlines': {
      const deadline = item as Item<'responseDeadlines'>;
      const place = deadline.platformKind ? russian.platformKinds[deadline.platformKind] : 'все площадки';
      return `${place} — ${deadline.category ? russian.categories[deadline.category] : 'любые обращения'}`;
    }
    case 'kpiTargets': {
      const target = item as Item<'kpiTargets'>;
      const place = target.platformId ? ` (${placeLabel(target, platforms)})` : '';
      return `${russian.metrics[target.metric]} ${russian.periods[target.period]}${place}`;
    }
    default: {
      const unknown: never = section;
      throw new Error(`Unknown brief section ${String(unknown)}`);
    }
  }
}
