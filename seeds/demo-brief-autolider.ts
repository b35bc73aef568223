import { ConsumerCycleCategory } from '../api/modules/argument-base/consumer-cycle-category';
import { ContentRuleKind, PostKind, TopicPolicy } from '../api/modules/briefs/brief-content';
import type { DraftContent } from '../api/modules/briefs/brief-content-rules';
import { KpiMetric, KpiPeriod } from '../api/modules/kpis/kpi-metric';
import { PlatformKind } from '../api/modules/platforms/platform-kind';
import type { DemoBriefReferences } from './demo-briefs';

const { ALLOWED, FORBIDDEN, NO_COMMENT } = TopicPolicy;

/**
 * The car dealer's brief, from the agency's forum work in the sources: posting limits per forum, the
 * topics of the argument base plus those to avoid, the four responsible roles (commercial director,
 * lawyer, service specialist, marketer) and, as monthly targets, the figures of the report at the end
 * of the second month.
 */
export function autoliderBrief({ platformId, userId }: DemoBriefReferences): { title: string; content: DraftContent } {
  const tiggoClub = platformId('Форум «Клуб владельцев Chery Tiggo»');
  const kolesa = platformId('Автофорум «Колёса Подмосковья»');
  return {
    title: 'Техническое задание онлайн-представителя сети автосалонов «Автолидер»',
    content: {
      postingRules: [
        {
          platformId: tiggoClub,
          maxPostsPerDay: 5,
          maxPostsPerWeek: 20,
          allowedPostKinds: [PostKind.ANSWER, PostKind.NEWS],
          note: 'Работаем только в официальной ветке «Автолидер», заведённой по договорённости с администрацией. Новости — не чаще двух раз в неделю; источник — пресс-релизы и раздел «Новости» на сайте.',
        },
        {
          platformId: kolesa,
          maxPostsPerDay: 3,
          maxPostsPerWeek: 10,
          allowedPostKinds: [PostKind.ANSWER],
          note: 'Пока идут переговоры с модераторами, только отвечаем на прямые вопросы об «Автолидере»: без новостей и акций.',
        },
        {
          platformKind: PlatformKind.SOCIAL_GROUP,
          maxPostsPerDay: 3,
          maxPostsPerWeek: 12,
          allowedPostKinds: [PostKind.ANSWER, PostKind.NEWS, PostKind.PROMOTION],
          note: 'Акции публикуем только после согласования с маркетологом, с датой окончания и ссылкой на условия.',
        },
      ],
      topics: [
        { key: 'choice', name: 'Выбор автомобиля', policy: ALLOWED, keywords: ['какую машину выбрать', 'посоветуйте', 'бюджет', 'комплектация', 'кроссовер', 'седан'], note: 'Спрашиваем о задачах и бюджете, предлагаем 2–3 модели и тест-драйв; не ругаем марки, которых у нас нет.' },
        { key: 'prices', name: 'Цены и скидки', policy: ALLOWED, keywords: ['цена', 'стоимость', 'скидка', 'дешевле', 'дороже', 'прайс'], note: 'Называем только действующие цены с сайта и объясняем, из чего складывается цена; индивидуальный расчёт — в личных сообщениях.' },
        { key: 'service', name: 'Сервис и техобслуживание', policy: ALLOWED, keywords: ['ТО', 'техобслуживание', 'сервис', 'ремонт', 'запчасти', 'диагностика'] },
        { key: 'sales', name: 'Акции и спецпредложения', policy: ALLOWED, keywords: ['акция', 'спецпредложение', 'распродажа', 'подарок', 'промокод'], note: 'Всегда указываем срок действия и где прочитать полные условия.' },
        { key: 'trade-in', name: 'Трейд-ин', policy: ALLOWED, keywords: ['трейд-ин', 'trade-in', 'сдать старую машину', 'оценка автомобиля', 'в зачёт'] },
        { key: 'purchase', name: 'Покупка и оформление', policy: ALLOWED, keywords: ['договор', 'оформление', 'предоплата', 'выдача автомобиля', 'ПТС', 'документы'] },
        { key: 'warranty', name: 'Гарантия', policy: ALLOWED, keywords: ['гарантия', 'гарантийный случай', 'гарантийный ремонт', 'отказали по гарантии'], note: 'Спорные гарантийные случаи не оцениваем публично: берём номер заказ-наряда в личных сообщениях и передаём руководителю сервиса.' },
        { key: 'credit', name: 'Кредит и рассрочка', policy: ALLOWED, keywords: ['кредит', 'автокредит', 'рассрочка', 'ставка', 'первоначальный взнос', 'одобрение'], note: 'Одобрение не обещаем: решение принимает банк-партнёр. Ставки называем с датой и ссылкой на условия.' },
        { key: 'test-drive', name: 'Тест-драйв', policy: ALLOWED, keywords: ['тест-драйв', 'записаться на тест', 'прокатиться'] },
        { key: 'stock', name: 'Наличие автомобилей', policy: ALLOWED, keywords: ['в наличии', 'наличие', 'под заказ', 'срок поставки', 'ожидание'] },
        { key: 'staff', name: 'Работа сотрудников салонов', policy: ALLOWED, keywords: ['менеджер', 'консультант', 'грубость', 'хамство', 'обслуживание в салоне'], note: 'Благодарим за сигнал, извиняемся, если поведение было неприемлемым; имена сотрудников публично не обсуждаем.' },
        { key: 'company', name: 'О компании «Автолидер»', policy: ALLOWED, keywords: ['адрес', 'салоны', 'часы работы', 'официальный дилер', 'филиал'] },
        { key: 'lawsuits', name: 'Судебные споры с клиентами', policy: NO_COMMENT, keywords: ['суд', 'иск', 'Роспотребнадзор', 'прокуратура', 'досудебная претензия'], note: 'Публично не комментируем ход споров; предлагаем обсудить в личных сообщениях и передаём юристу.' },
        { key: 'layoffs', name: 'Сокращения и внутренние дела компании', policy: FORBIDDEN, keywords: ['сокращения', 'увольнения', 'зарплаты сотрудников', 'задержка зарплаты'], note: 'Не поднимаем и не обсуждаем; на прямой вопрос отвечаем, что внутренние кадровые вопросы не комментируем.' },
        { key: 'competitors-defects', name: 'Недостатки автомобилей и сервиса конкурентов', policy: FORBIDDEN, keywords: ['у других дилеров', 'другой салон обманул', 'у конкурентов хуже'], note: 'Не оцениваем конкурентов и не поддерживаем критику в их адрес: говорим только о своём предложении.' },
        { key: 'politics', name: 'Политика и санкции', policy: FORBIDDEN, keywords: ['санкции', 'политика', 'выборы', 'правительство'] },
        { key: 'price-rumours', name: 'Слухи о будущем подорожании', policy: NO_COMMENT, keywords: ['подорожание', 'поднимут цены', 'повышение цен', 'успеть до подорожания'], note: 'Не прогнозируем цены: называем только действующие цены и акции с датой окончания.' },
      ],
      contentRules: [
        { kind: ContentRuleKind.BRAND_SPELLING, text: 'Автолидер', variants: ['Авто-Лидер', 'АвтоЛидер', 'Автолидэр', 'Autolider'], note: 'Одно слово, с заглавной буквы, в любом месте предложения.' },
        { kind: ContentRuleKind.PREFERRED_TERM, text: 'автомобиль', variants: ['тачка', 'ведро'] },
        { kind: ContentRuleKind.PREFERRED_TERM, text: 'техническое обслуживание (ТО)', variants: ['техосмотр'], note: 'Техосмотр — это другая процедура; путаница вызывает лишние вопросы.' },
        { kind: ContentRuleKind.PREFERRED_TERM, text: 'менеджер по продажам', variants: ['продавец', 'продаван'] },
        { kind: ContentRuleKind.FORBIDDEN_PHRASE, text: 'Это не наша проблема', variants: ['Мы тут ни при чём', 'Сами виноваты'], note: 'Даже если ошибся клиент, говорим, что готовы разобраться.' },
        { kind: ContentRuleKind.FORBIDDEN_PHRASE, text: 'Самые низкие цены', variants: ['дешевле, чем у всех', 'дешевле нигде не найдёте'], note: 'Неподтверждённое сравнение с конкурентами — риск претензий.' },
        { kind: ContentRuleKind.STYLE, text: 'Пишем от лица компании («мы»), на «вы» и по имени, если оно известно: представитель — лицо компании, без эмоций и личных оценок' },
        { kind: ContentRuleKind.STYLE, text: 'Не отвечаем шаблонными фразами: используем то, что уже знаем о человеке и его вопросе, и не заставляем повторять' },
        { kind: ContentRuleKind.STYLE, text: 'Решаем вопрос на той площадке, где он задан; на горячую линию не отправляем' },
      ],
      responseDeadlines: [
        { platformKind: PlatformKind.FORUM, category: null, hours: 24 },
        { platformKind: PlatformKind.FORUM, category: ConsumerCycleCategory.NEGATIVE, hours: 4 },
        { platformKind: PlatformKind.SOCIAL_GROUP, category: null, hours: 12 },
        { platformKind: null, category: ConsumerCycleCategory.UNCOMFORTABLE_QUESTION, hours: 24 },
        { platformKind: null, category: null, hours: 24 },
      ],
      standardSituations: [
        {
          name: 'Конфликт или затяжной спор в ветке',
          triggers: ['обманули', 'развод', 'позор', 'больше никогда'],
          behaviour: 'Один раз спокойно отвечаем по существу, признаём проблему, если она есть, и предлагаем продолжить в личных сообщениях; в ветку возвращаемся с результатом.',
          moveToPrivate: true,
        },
        {
          name: 'Проблема с заказом или автомобилем',
          triggers: ['мой заказ', 'не выдали машину', 'задержали поставку', 'после ТО'],
          behaviour: 'Просим номер договора или заказ-наряда и телефон только в личных сообщениях, находим заказ в базе, передаём ответственному лицу и пишем в ветке «обращение — реакция — результат».',
          moveToPrivate: true,
        },
        {
          name: 'Автор публикует личные данные',
          triggers: ['мой телефон', 'VIN', 'номер договора'],
          behaviour: 'Личные данные (ФИО, телефон, VIN, номер договора) просим только в личных сообщениях; если автор написал их в ветке, просим модератора скрыть сообщение.',
          moveToPrivate: true,
        },
        {
          name: 'Провокация или оскорбления',
          triggers: ['боты', 'проплаченный', 'ответьте уже', 'вам всё равно'],
          behaviour: 'В перепалку не вступаем и на эмоции не отвечаем: мы говорим как компания, а не как частное лицо. Отвечаем только по существу вопроса; о нарушении правил сообщаем модератору.',
          moveToPrivate: false,
        },
        {
          name: 'Старый негатив с других площадок',
          triggers: ['на других форумах пишут', 'читал отзывы', 'на отзовике'],
          behaviour: 'С чужими отзывами не спорим: предлагаем автору разобрать его случай; если проблема уже решена, коротко рассказываем, что изменили.',
          moveToPrivate: false,
        },
        {
          name: 'Благодарность или положительный отзыв',
          triggers: ['спасибо', 'всё понравилось', 'рекомендую'],
          behaviour: 'Благодарим и аккуратно просим рассказать подробнее о покупке или сервисе — без давления и просьб поставить оценку.',
          moveToPrivate: false,
        },
      ],
      responsiblePeople: [
        { name: 'Игорь Громов', position: 'Коммерческий директор', topicKeys: ['prices', 'purchase', 'stock', 'trade-in', 'credit', 'price-rumours'], contact: 'gromov@autolider.example, +7 495 000-10-01', answerWithinHours: 24 },
        { name: 'Наталья Белова', position: 'Юрист', topicKeys: ['lawsuits', 'warranty'], contact: 'legal@autolider.example', answerWithinHours: 24 },
        { name: 'Олег Кузнецов', position: 'Руководитель сервиса', topicKeys: ['service', 'warranty', 'staff'], contact: 'responsible@repbase.demo, +7 495 000-10-03', answerWithinHours: 8, userId: userId('responsible@repbase.demo') },
        { name: 'Ксения Лебедева', position: 'Маркетолог', topicKeys: ['sales', 'company', 'test-drive', 'choice'], contact: 'marketing@autolider.example', answerWithinHours: 24 },
      ],
      kpiTargets: [
        { metric: KpiMetric.VIEWS, target: 3227, period: KpiPeriod.MONTH },
        { metric: KpiMetric.SITE_VISITS, target: 100, period: KpiPeriod.MONTH },
        { metric: KpiMetric.NEWS_POSTED, target: 12, period: KpiPeriod.MONTH },
        { metric: KpiMetric.QUESTIONS_ANSWERED, target: 20, period: KpiPeriod.MONTH },
        { metric: KpiMetric.PROBLEMS_SOLVED, target: 2, period: KpiPeriod.MONTH },
        { metric: KpiMetric.POSITIVE_REVIEWS, target: 2, period: KpiPeriod.MONTH },
        { metric: KpiMetric.THREAD_MESSAGES, target: 154, period: KpiPeriod.MONTH },
        { metric: KpiMetric.PROMO_USES, target: 0, period: KpiPeriod.MONTH },
        // The report started from 30 hours on average; the regulation asks for a day.
        { metric: KpiMetric.AVERAGE_FIRST_RESPONSE_HOURS, target: 24, period: KpiPeriod.MONTH },
        { metric: KpiMetric.VIEWS, target: 4000, period: KpiPeriod.MONTH, platformId: tiggoClub },
      ],
    },
  };
}
