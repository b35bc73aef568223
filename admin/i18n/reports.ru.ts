/** Reports and KPI revisions (admin/reports, admin/kpi-revisions), and the brief editor's KPI guards. */
export const reportsRu = {
  statuses: { DRAFT: 'Черновик', SUBMITTED: 'На проверке', RETURNED: 'Возвращён', ACCEPTED: 'Принят' },
  allPlatforms: 'Все площадки',
  heading: 'Отчёт: %{name}, %{from} – %{to}',
  reviewComment: 'Возвращён на доработку: %{comment}',
  outOf: '%{value} из %{outOf}',
  corrected: '(исправлено)',
  columns: { metric: 'Показатель', value: 'Факт в отчёте', target: 'Цель по ТЗ', live: 'Факт сейчас' },
  actions: { submit: 'Сдать на проверку', accept: 'Принять', return: 'Вернуть с замечаниями', markdown: 'Скачать Markdown', pdf: 'Скачать PDF' },
  messages: { submitted: 'Отчёт сдан на проверку', accepted: 'Отчёт принят', returned: 'Отчёт возвращён представителю' },
  returnDialog: {
    title: 'Вернуть отчёт на доработку',
    comment: 'Общее замечание',
    subject: 'Показатель или раздел',
    itemComment: 'Замечание',
    addComment: 'Добавить замечание к показателю или разделу',
    confirm: 'Вернуть',
  },
};

export const reportResourcesRu = {
  reports: {
    fields: {
      firstDay: 'Период',
      representativeName: 'Представитель',
      representativeId: 'Представитель',
      'platform.name': 'Площадка',
      platformId: 'Площадка',
      status: 'Статус',
      period: 'Период',
      at: 'День периода',
      awaitingReview: 'Ждут проверки',
      wentWell: 'Что получилось',
      problems: 'Проблемы',
      proposals: 'Предложения',
      figures: 'Показатели',
      'figures.metric': 'Показатель',
      'figures.value': 'Значение',
    },
  },
  'kpi-revisions': {
    fields: {
      changedAt: 'Когда',
      metric: 'Показатель',
      period: 'Период',
      'platform.name': 'Площадка',
      platformId: 'Площадка',
      newTarget: 'Было → стало',
      isPriority: 'Приоритетный',
      reason: 'Причина',
      'changedBy.name': 'Кто утвердил',
    },
  },
};

export const briefKpiGuardsRu = {
  aboveCeiling: 'Цель %{target} выше потолка площадки (%{ceiling}): при утверждении понадобится причина',
  priorityHelp: 'Приоритетный KPI — один на ТЗ, меняется не чаще раза в 3 месяца',
  approveDialog: { title: 'Утвердить версию %{number} с причиной', reason: 'Почему утверждаем, несмотря на это', confirm: 'Утвердить' },
};
