/** The KPI page, metric entries and posts (admin/kpis, admin/metric-entries, admin/posts). */
export const kpisRu = {
  menu: 'KPI: план и факт',
  title: 'KPI: план и факт',
  period: 'Период',
  platform: 'Площадка',
  allPlatforms: 'Все площадки',
  representative: 'Представитель',
  wholeClient: 'Все представители',
  columns: { metric: 'Показатель', platform: 'Площадка', target: 'Цель', fact: 'Факт', forecast: 'Прогноз', shareOfPlan: 'Выполнение', ceiling: 'Потолок площадки', status: 'Статус' },
  statuses: { ON_TRACK: 'В графике', AT_RISK: 'Под угрозой', OFF_TRACK: 'Отстаёт' },
  sources: { CRM: 'Посчитано по обращениям и публикациям', METRIC_ENTRIES: 'Сумма внесённых показателей площадки' },
  noTarget: 'цели нет',
  lowerIsBetter: 'чем меньше, тем лучше',
  outOf: '%{value} из %{outOf}',
  aboveCeiling: 'Цель выше потолка площадки: площадка столько не даст',
  elapsed: 'Прошло %{percent}% периода (%{first} — %{last}).',
  own: 'Это ваши показатели: ваши обращения, ваши публикации и показатели ваших площадок.',
  noBrief: 'Нет действующего ТЗ: цели KPI задаются в разделе KPI технического задания.',
  statusRule: 'Прогноз — факт, растянутый на весь период. «В графике» — прогноз достигает цели, «под угрозой» — отстаёт меньше чем на 15%, «отстаёт» — на 15% и больше.',
  import: {
    button: 'Импорт из CSV',
    title: 'Импорт показателей площадок из CSV',
    intro: 'Файл CSV (UTF-8) с колонками metric,platform,day,value,source: показатель (VIEWS — просмотры, THREAD_MESSAGES — сообщения в ветке, SITE_VISITS — переходы на сайт), название площадки, день ГГГГ-ММ-ДД, целое число и источник. Файл импортируется целиком или не импортируется совсем; значение за уже внесённый день исправляется.',
    choose: 'Выбрать файл',
    noFile: 'Файл не выбран',
    start: 'Импортировать',
    sample: 'Скачать образец',
    done: 'Готово: добавлено %{created}, исправлено %{updated}, без изменений %{unchanged}.',
  },
  posts: {
    kinds: { NEWS: 'Новость', OFFER: 'Акция', ANSWER: 'Ответ' },
    violationsCount: 'Замечаний по ТЗ: %{count}',
    clean: 'без замечаний',
    log: 'Записать публикацию',
    logTitle: 'Новая публикация',
    logIntro: 'Запишите новость, акцию или ответ, которые вы опубликовали от официального аккаунта: публикация учитывается в лимите ТЗ вместе с ответами и проверяется по ТЗ.',
    nowIfEmpty: 'Если не указано — сейчас',
    backToList: 'К списку',
    logged: 'Публикация записана',
    loggedClean: 'Записано, замечаний по ТЗ нет.',
    loggedWithFindings: 'Записано. Замечаний по ТЗ: %{count} — учтите их в следующих публикациях.',
  },
};

export const kpiResourcesRu = {
  'metric-entries': {
    fields: { metric: 'Показатель', platformId: 'Площадка', day: 'День', value: 'Значение', source: 'Источник', updatedAt: 'Изменено', dayFrom: 'С', dayTo: 'По', q: 'Поиск по источнику' },
  },
  posts: {
    fields: { kind: 'Вид', platformId: 'Площадка', text: 'Текст', url: 'Ссылка', postedAt: 'Опубликовано', hasViolations: 'Замечания по ТЗ', violations: 'Замечания по ТЗ', q: 'Поиск' },
  },
};
