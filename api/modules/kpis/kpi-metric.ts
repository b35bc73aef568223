import { registerEnumType } from 'type-graphql';

/**
 * The KPI catalogue: at least what the sources' report counts (views 3,227; site visits 100; news
 * posted 12; questions 20; problems solved 2; positive reviews 2; thread messages 154; promo uses 0)
 * plus the average first-response time.
 */
export enum KpiMetric {
  VIEWS = 'VIEWS',
  SITE_VISITS = 'SITE_VISITS',
  NEWS_POSTED = 'NEWS_POSTED',
  QUESTIONS_ANSWERED = 'QUESTIONS_ANSWERED',
  PROBLEMS_SOLVED = 'PROBLEMS_SOLVED',
  POSITIVE_REVIEWS = 'POSITIVE_REVIEWS',
  THREAD_MESSAGES = 'THREAD_MESSAGES',
  PROMO_USES = 'PROMO_USES',
  AVERAGE_FIRST_RESPONSE_HOURS = 'AVERAGE_FIRST_RESPONSE_HOURS',
}

registerEnumType(KpiMetric, {
  name: 'KpiMetric',
  valuesConfig: {
    VIEWS: { description: 'Views of the official thread or posts.' },
    SITE_VISITS: { description: "Visits to the client's site delivered." },
    NEWS_POSTED: { description: 'News and offers posted.' },
    QUESTIONS_ANSWERED: { description: 'Questions answered.' },
    PROBLEMS_SOLVED: { description: 'Problems solved.' },
    POSITIVE_REVIEWS: { description: 'Positive reviews and recommendations received.' },
    THREAD_MESSAGES: { description: 'Messages in the official thread.' },
    PROMO_USES: { description: 'Uses of a special offer or promo code.' },
    AVERAGE_FIRST_RESPONSE_HOURS: { description: 'Average time to the first answer, in hours (lower is better).' },
  },
});

export enum KpiPeriod {
  MONTH = 'MONTH',
  QUARTER = 'QUARTER',
}

registerEnumType(KpiPeriod, { name: 'KpiPeriod' });
