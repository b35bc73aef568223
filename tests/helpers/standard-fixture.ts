import { ConsumerCycleCategory } from '../../api/modules/argument-base/consumer-cycle-category';
import { ContentRuleKind, PostKind, TopicPolicy, type BriefInForce } from '../../api/modules/briefs/brief-content';
import { PlatformKind } from '../../api/modules/platforms/platform-kind';
import type { BaseSituation, GeneratorPlatform } from '../../api/modules/certification/question-draft';

/** A dealer's brief and argument base, small enough to check every generated question by hand. */
export const FIXTURE_BRIEF: BriefInForce = {
  briefId: 'brief-1',
  versionId: 'version-3',
  versionNumber: 3,
  approvedAt: new Date('2026-11-01T09:00:00Z'),
  content: {
    postingRules: [
      { key: 'forums', platformId: null, platformKind: PlatformKind.FORUM, maxPostsPerDay: 3, maxPostsPerWeek: 10, allowedPostKinds: [PostKind.ANSWER], note: null },
      { key: 'drive2', platformId: 'platform-drive2', platformKind: null, maxPostsPerDay: null, maxPostsPerWeek: 5, allowedPostKinds: [], note: 'Только в официальной ветке' },
    ],
    topics: [
      { key: 'credit', name: 'Кредит', policy: TopicPolicy.ALLOWED, keywords: ['кредит', 'рассрочка'], note: 'Одобрение не обещаем' },
      { key: 'lawsuits', name: 'Судебные иски', policy: TopicPolicy.NO_COMMENT, keywords: ['суд', 'иск'], note: null },
      { key: 'layoffs', name: 'Сокращения', policy: TopicPolicy.FORBIDDEN, keywords: ['увольнение'], note: 'Это внутреннее дело компании.' },
      { key: 'warranty', name: 'Гарантия', policy: TopicPolicy.ALLOWED, keywords: ['гарантия'], note: null },
    ],
    contentRules: [
      { key: 'brand', kind: ContentRuleKind.BRAND_SPELLING, text: 'Автолидер', variants: ['Авто-Лидер', 'АвтоЛидер'], note: null },
      { key: 'not-our-fault', kind: ContentRuleKind.FORBIDDEN_PHRASE, text: 'не наша вина', variants: [], note: null },
      { key: 'client', kind: ContentRuleKind.PREFERRED_TERM, text: 'клиент', variants: ['потребитель'], note: null },
    ],
    responseDeadlines: [
      { key: 'forum-negative', platformKind: PlatformKind.FORUM, category: ConsumerCycleCategory.NEGATIVE, hours: 4 },
      { key: 'any', platformKind: null, category: null, hours: 24 },
    ],
    standardSituations: [
      { key: 'conflict', name: 'Конфликт', triggers: ['обманули'], behaviour: 'Переводим в личные сообщения.', moveToPrivate: true },
      { key: 'thanks', name: 'Благодарность', triggers: ['спасибо'], behaviour: 'Благодарим публично.', moveToPrivate: false },
    ],
    responsiblePeople: [
      { key: 'lawyer', name: 'Наталья Белова', position: 'юрист', topicKeys: ['credit', 'lawsuits'], contact: 'legal@example.test', answerWithinHours: 24, userId: null },
      { key: 'service', name: 'Олег Карпов', position: 'руководитель сервиса', topicKeys: ['warranty'], contact: 'service@example.test', answerWithinHours: 48, userId: null },
      { key: 'finance', name: 'Ирина Лаптева', position: 'финансовый директор', topicKeys: ['credit'], contact: 'finance@example.test', answerWithinHours: 24, userId: null },
    ],
    kpiTargets: [],
  },
};

export const FIXTURE_PLATFORM: GeneratorPlatform = { id: 'platform-drive2', name: 'Drive2', kind: PlatformKind.FORUM, replyLengthLimit: 400 };

const reply = (id: string, text: string) => ({ id, revision: 2, revisionId: `${id}-revision-2`, text });

export const FIXTURE_BASE: BaseSituation[] = [
  {
    id: 'situation-parts',
    key: 'parts-delay',
    title: 'Долго ждать запчасть',
    category: ConsumerCycleCategory.NEGATIVE,
    topic: 'warranty',
    examples: ['Третью неделю жду запчасть по гарантии', 'Где моя деталь? Обещали за неделю'],
    approvedReply: reply('reply-parts', '{name}, здравствуйте! Проверим заказ запчасти и ответим сегодня. {brand}'),
  },
  {
    id: 'situation-rude',
    key: 'rude-manager',
    title: 'Грубый менеджер',
    category: ConsumerCycleCategory.NEGATIVE,
    topic: null,
    examples: ['Менеджер в салоне нахамил'],
    approvedReply: reply('reply-rude', '{name}, нам жаль, что так вышло. Разберёмся с руководителем салона и вернёмся с ответом.'),
  },
  {
    id: 'situation-noise',
    key: 'noise',
    title: 'Шум в подвеске',
    category: ConsumerCycleCategory.NEGATIVE,
    topic: 'warranty',
    examples: ['Стучит подвеска после ТО'],
    approvedReply: null,
  },
  {
    id: 'situation-credit',
    key: 'credit-terms',
    title: 'Условия кредита',
    category: ConsumerCycleCategory.PRODUCT_REQUEST,
    topic: 'credit',
    examples: ['Какой процент по кредиту на новый автомобиль?'],
    approvedReply: reply('reply-credit', 'Ставка зависит от банка-партнёра; менеджер рассчитает её в салоне {brand}.'),
  },
];
