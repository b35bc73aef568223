export const platformKindChoices = ['FORUM', 'SOCIAL_GROUP', 'BLOG', 'MICROBLOG', 'REVIEW_SITE', 'HASHTAG_HOTLINE', 'OWN_SITE'].map((kind) => ({
  id: kind,
  name: `repbase.platformKinds.${kind}`,
}));

export const agreementChoices = ['NOT_STARTED', 'NEGOTIATING', 'AGREED', 'REFUSED'].map((status) => ({ id: status, name: `repbase.agreement.${status}` }));

export const kpiMetricChoices = [
  'VIEWS',
  'SITE_VISITS',
  'NEWS_POSTED',
  'QUESTIONS_ANSWERED',
  'PROBLEMS_SOLVED',
  'POSITIVE_REVIEWS',
  'THREAD_MESSAGES',
  'PROMO_USES',
  'AVERAGE_FIRST_RESPONSE_HOURS',
].map((metric) => ({ id: metric, name: `repbase.kpiMetrics.${metric}` }));

export const kpiPeriodChoices = ['MONTH', 'QUARTER'].map((period) => ({ id: period, name: `repbase.kpiPeriods.${period}` }));
