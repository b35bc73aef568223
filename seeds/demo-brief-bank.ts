import { ConsumerCycleCategory } from '../api/modules/argument-base/consumer-cycle-category';
import { ContentRuleKind, PostKind, TopicPolicy, type BriefContent } from '../api/modules/briefs/brief-content';
import type { DraftContent } from '../api/modules/briefs/brief-content-rules';
import { KpiMetric, KpiPeriod } from '../api/modules/kpis/kpi-metric';
import { PlatformKind } from '../api/modules/platforms/platform-kind';
import type { DemoBriefReferences } from './demo-briefs';

const { ALLOWED, FORBIDDEN, NO_COMMENT } = TopicPolicy;

/**
 * The bank's brief: official answers to reviews on a review site (the sources' banki.ru example) and a
 * hashtag hotline still being agreed; the argument base's topics plus what a bank must never discuss.
 */
export function bankBrief({ platformId, userId }: DemoBriefReferences): { title: string; content: DraftContent } {
  const reviews = platformId('Банки.ру — Народный рейтинг');
  const hashtag = platformId('Хэштег #СеверныйПомоги');
  return {
    title: 'Техническое задание: официальные ответы Банка «Северный»',
    content: {
      postingRules: [
        {
          platformId: reviews,
          maxPostsPerDay: null,
          maxPostsPerWeek: null,
          allowedPostKinds: [PostKind.ANSWER],
          note: 'Один официальный ответ на каждый отзыв о банке и при необходимости одно уточнение. Новости и акции в «Народном рейтинге» не публикуем.',
        },
        {
          platformId: hashtag,
          maxPostsPerDay: 10,
          maxPostsPerWeek: 40,
          allowedPostKinds: [PostKind.ANSWER, PostKind.NEWS],
          note: 'Новости — только о сбоях и их устранении. Запускаем после согласования хэштега с пресс-службой.',
        },
        {
          platformKind: PlatformKind.SOCIAL_GROUP,
          maxPostsPerDay: 2,
          maxPostsPerWeek: 10,
          allowedPostKinds: [PostKind.ANSWER, PostKind.NEWS, PostKind.PROMOTION],
        },
      ],
      topics: [
        { key: 'cards', name: 'Карты', policy: ALLOWED, keywords: ['карта', 'дебетовая карта', 'кредитная карта', 'перевыпуск', 'заблокировали карту'] },
        { key: 'deposits', name: 'Вклады и накопительные счета', policy: ALLOWED, keywords: ['вклад', 'депозит', 'накопительный счёт', 'процент по вкладу'], note: 'Ставки называем только с датой и ссылкой на тарифы.' },
        { key: 'app', name: 'Мобильное приложение', policy: ALLOWED, keywords: ['приложение', 'не заходит в приложение', 'обновление', 'вход по отпечатку'] },
        { key: 'credit', name: 'Кредиты', policy: ALLOWED, keywords: ['кредит', 'ставка по кредиту', 'досрочное погашение', 'отказали в кредите'], note: 'Одобрение не обещаем; причины отказа публично не обсуждаем.' },
        { key: 'mortgage', name: 'Ипотека', policy: ALLOWED, keywords: ['ипотека', 'семейная ипотека', 'рефинансирование ипотеки'] },
        { key: 'fees', name: 'Тарифы и комиссии', policy: ALLOWED, keywords: ['комиссия', 'тариф', 'плата за обслуживание', 'списали за смс'] },
        { key: 'support', name: 'Служба поддержки', policy: ALLOWED, keywords: ['горячая линия', 'не дозвониться', 'оператор', 'чат поддержки'] },
        { key: 'branches', name: 'Отделения и банкоматы', policy: ALLOWED, keywords: ['отделение', 'офис', 'банкомат', 'очередь', 'часы работы'] },
        { key: 'transfers', name: 'Переводы и платежи', policy: ALLOWED, keywords: ['перевод', 'СБП', 'платёж не прошёл', 'зависли деньги'] },
        { key: 'insurance', name: 'Страхование', policy: ALLOWED, keywords: ['страховка', 'навязали страховку', 'отказ от страховки'], note: 'Про отказ от страховки говорим прямо: период охлаждения и как подать заявление.' },
        { key: 'company', name: 'О банке', policy: ALLOWED, keywords: ['Банк «Северный»', 'реквизиты', 'лицензия банка', 'рейтинг банка'] },
        { key: 'security', name: 'Безопасность и мошенничество', policy: ALLOWED, keywords: ['мошенники', 'списали без моего ведома', 'звонили из банка', 'код из смс'], note: 'Первым делом — как заблокировать карту; детали только в личных сообщениях.' },
        { key: 'licence-rumours', name: 'Слухи об отзыве лицензии и устойчивости банка', policy: NO_COMMENT, keywords: ['отзыв лицензии', 'банк лопнет', 'банкротство', 'санация'], note: 'Слухи не комментируем: даём ссылку на официальную отчётность и раскрытие информации на сайте банка.' },
        { key: 'lawsuits', name: 'Судебные споры с клиентами', policy: NO_COMMENT, keywords: ['суд', 'иск', 'ЦБ жалоба', 'финансовый омбудсмен'], note: 'Ход споров публично не обсуждаем; передаём юристу.' },
        { key: 'layoffs', name: 'Сокращения персонала', policy: FORBIDDEN, keywords: ['сокращения', 'увольнения', 'уволили сотрудников'] },
        { key: 'competitors', name: 'Другие банки и их недостатки', policy: FORBIDDEN, keywords: ['в другом банке лучше', 'перейду в другой банк', 'у конкурентов'], note: 'Другие банки не оцениваем: рассказываем только о своих условиях.' },
        { key: 'politics', name: 'Политика и санкции', policy: FORBIDDEN, keywords: ['санкции', 'политика', 'выборы'] },
        { key: 'client-secrecy', name: 'Сведения о счетах конкретных клиентов', policy: FORBIDDEN, keywords: ['номер счёта', 'остаток', 'паспорт', 'кодовое слово'], note: 'Банковская тайна: ни слова о счетах и операциях в публичном ответе, даже если автор сам их назвал.' },
      ],
      contentRules: [
        { kind: ContentRuleKind.BRAND_SPELLING, text: 'Банк «Северный»', variants: ['банк Северный', 'Северный банк', 'СеверБанк', 'Bank Severny'] },
        { kind: ContentRuleKind.PREFERRED_TERM, text: 'вклад', variants: ['депозит'], note: 'Для частных лиц по закону — «вклад»; «депозит» — для компаний.' },
        { kind: ContentRuleKind.PREFERRED_TERM, text: 'мобильное приложение', variants: ['мобильный клиент', 'приложуха'] },
        { kind: ContentRuleKind.FORBIDDEN_PHRASE, text: 'Читайте договор', variants: ['Это ваши проблемы', 'Банк ответственности не несёт'] },
        { kind: ContentRuleKind.FORBIDDEN_PHRASE, text: 'Гарантируем одобрение', variants: ['одобрим всем', 'без отказа'], note: 'Решение по кредиту принимает банк по заявке.' },
        { kind: ContentRuleKind.STYLE, text: 'Ответ начинаем с обращения по имени и благодарности за отзыв, заканчиваем подписью «Служба клиентского сервиса Банка «Северный»»' },
        { kind: ContentRuleKind.STYLE, text: 'В публичном ответе не просим ни номер карты, ни паспортные данные: только написать нам в личные сообщения или через форму на сайте' },
      ],
      responseDeadlines: [
        { platformKind: PlatformKind.REVIEW_SITE, category: null, hours: 24 },
        { platformKind: PlatformKind.REVIEW_SITE, category: ConsumerCycleCategory.NEGATIVE, hours: 8 },
        { platformKind: PlatformKind.HASHTAG_HOTLINE, category: null, hours: 2 },
        { platformKind: null, category: ConsumerCycleCategory.PRODUCT_REFUSAL, hours: 24 },
        { platformKind: null, category: null, hours: 24 },
      ],
      standardSituations: [
        {
          name: 'Конфликтный отзыв с претензией',
          triggers: ['требую', 'верните деньги', 'буду жаловаться'],
          behaviour: 'Благодарим за отзыв и извиняемся за неудобства, публично не спорим. Просим прислать подробности в личные сообщения; после решения пишем в ответе на отзыв, чем закончилось, и просим автора обновить оценку.',
          moveToPrivate: true,
        },
        {
          name: 'В отзыве есть персональные данные',
          triggers: ['мой номер карты', 'паспорт', 'мой телефон'],
          behaviour: 'Данные в ответе не повторяем, просим модераторов площадки скрыть их; дальше общаемся только в личных сообщениях.',
          moveToPrivate: true,
        },
        {
          name: 'Списание без ведома клиента',
          triggers: ['списали деньги', 'мошенники', 'не я совершал операцию'],
          behaviour: 'Просим сразу заблокировать карту в приложении или по телефону 8-800 и никому не сообщать коды из СМС; обращение передаём в службу безопасности, детали — только в личных сообщениях.',
          moveToPrivate: true,
        },
        {
          name: 'Слухи о проблемах банка',
          triggers: ['банк лопнет', 'отзовут лицензию', 'забирайте вклады'],
          behaviour: 'В обсуждение не вступаем: один раз даём ссылку на официальную отчётность и сообщение пресс-службы.',
          moveToPrivate: false,
        },
        {
          name: 'Благодарность клиента',
          triggers: ['спасибо', 'быстро решили', 'рекомендую'],
          behaviour: 'Благодарим по имени и передаём благодарность сотрудникам отделения или службы, которые помогли.',
          moveToPrivate: false,
        },
      ],
      responsiblePeople: [
        { name: 'Марина Волкова', position: 'Юрист банка', topicKeys: ['lawsuits', 'security', 'fees', 'client-secrecy'], contact: 'lawyer@repbase.demo', answerWithinHours: 24, userId: userId('lawyer@repbase.demo') },
        { name: 'Андрей Соловьёв', position: 'Начальник управления розничного бизнеса', topicKeys: ['cards', 'deposits', 'credit', 'mortgage', 'insurance'], contact: 'retail@severny.example', answerWithinHours: 24 },
        { name: 'Татьяна Морозова', position: 'Руководитель службы клиентского сервиса', topicKeys: ['support', 'branches', 'transfers', 'app'], contact: 'service@severny.example, +7 812 000-20-02', answerWithinHours: 8 },
        { name: 'Павел Никитин', position: 'Маркетолог и пресс-секретарь', topicKeys: ['company', 'licence-rumours'], contact: 'press@severny.example', answerWithinHours: 24 },
      ],
      kpiTargets: [
        { metric: KpiMetric.PROBLEMS_SOLVED, target: 50, period: KpiPeriod.MONTH, platformId: reviews },
        { metric: KpiMetric.POSITIVE_REVIEWS, target: 30, period: KpiPeriod.MONTH, platformId: reviews },
        { metric: KpiMetric.QUESTIONS_ANSWERED, target: 250, period: KpiPeriod.MONTH },
        { metric: KpiMetric.AVERAGE_FIRST_RESPONSE_HOURS, target: 12, period: KpiPeriod.MONTH, platformId: reviews },
        { metric: KpiMetric.SITE_VISITS, target: 600, period: KpiPeriod.QUARTER },
      ],
    },
  };
}

/**
 * Version 2, sent for review beside version 1 in force: the hotline's deadline tightened, a topic on
 * the new cashback programme, and a target for the hashtag once it is agreed.
 */
export function bankBriefRevision(approved: BriefContent, { platformId }: DemoBriefReferences): DraftContent {
  const hashtag = platformId('Хэштег #СеверныйПомоги');
  return {
    ...approved,
    topics: [
      ...approved.topics,
      { key: 'cashback', name: 'Кешбэк и бонусная программа', policy: ALLOWED, keywords: ['кешбэк', 'бонусы', 'не начислили кешбэк', 'категории кешбэка'], note: 'Условия программы — со ссылкой на правила; спорные начисления разбираем в личных сообщениях.' },
    ],
    responseDeadlines: approved.responseDeadlines.map((deadline) =>
      deadline.platformKind === PlatformKind.REVIEW_SITE && deadline.category === ConsumerCycleCategory.NEGATIVE ? { ...deadline, hours: 4 } : deadline,
    ),
    responsiblePeople: approved.responsiblePeople.map((person) =>
      person.topicKeys.includes('cards') ? { ...person, topicKeys: [...person.topicKeys, 'cashback'] } : person,
    ),
    kpiTargets: [...approved.kpiTargets, { metric: KpiMetric.QUESTIONS_ANSWERED, target: 100, period: KpiPeriod.MONTH, platformId: hashtag }],
  };
}
