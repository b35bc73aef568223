import { IsInt, Matches, Max, Min } from 'class-validator';
import { ArgsType, Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ConsumerCycleCategory } from '../argument-base/consumer-cycle-category';
import { TableFileFormat } from '../../common/export-file';
import { Sentiment } from '../mentions/sentiment';

/** Public API: how caseAnalytics cuts the period into points. */
export enum AnalyticsGroupBy {
  DAY = 'DAY',
  WEEK = 'WEEK',
  MONTH = 'MONTH',
}
registerEnumType(AnalyticsGroupBy, {
  name: 'AnalyticsGroupBy',
  valuesConfig: {
    DAY: { description: "The client's calendar days." },
    WEEK: { description: 'Weeks from Monday; the first and last may be cut by the period.' },
    MONTH: { description: 'Calendar months; the first and last may be cut by the period.' },
  },
});

/** Public API: the bands of the first-response distribution. */
export enum ResponseTimeBand {
  UP_TO_1_HOUR = 'UP_TO_1_HOUR',
  FROM_1_TO_4_HOURS = 'FROM_1_TO_4_HOURS',
  FROM_4_TO_8_HOURS = 'FROM_4_TO_8_HOURS',
  FROM_8_TO_24_HOURS = 'FROM_8_TO_24_HOURS',
  OVER_24_HOURS = 'OVER_24_HOURS',
}
registerEnumType(ResponseTimeBand, {
  name: 'ResponseTimeBand',
  valuesConfig: {
    UP_TO_1_HOUR: { description: '≤ 1 h' },
    FROM_1_TO_4_HOURS: { description: '1–4 h (more than 1 h, at most 4 h)' },
    FROM_4_TO_8_HOURS: { description: '4–8 h' },
    FROM_8_TO_24_HOURS: { description: '8–24 h' },
    OVER_24_HOURS: { description: '> 24 h' },
  },
});

const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

@InputType({ description: 'Narrows the figures to the cases of one platform, representative or category (all given must hold).' })
export class CaseAnalyticsFilter {
  @Field(() => ID, { nullable: true })
  platformId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The representative (user) working the cases. A representative always gets their own.' })
  representativeId?: string | null;

  @Field(() => ConsumerCycleCategory, { nullable: true })
  category?: ConsumerCycleCategory | null;
}

@ArgsType()
export class PeriodArgs {
  @Field({ description: "First day of the period, YYYY-MM-DD, in the client's time zone." })
  @Matches(DAY_PATTERN, { message: 'from: a day as YYYY-MM-DD' })
  from: string;

  @Field({ description: "Last day of the period (included), YYYY-MM-DD, in the client's time zone." })
  @Matches(DAY_PATTERN, { message: 'to: a day as YYYY-MM-DD' })
  to: string;

  @Field(() => CaseAnalyticsFilter, { nullable: true })
  filter?: CaseAnalyticsFilter | null;
}

@ArgsType()
export class CaseAnalyticsArgs extends PeriodArgs {
  @Field(() => AnalyticsGroupBy, { defaultValue: AnalyticsGroupBy.DAY })
  groupBy: AnalyticsGroupBy;

  @Field(() => Int, { defaultValue: 10, description: 'How many of the most frequent situations to list (1–50).' })
  @IsInt()
  @Min(1, { message: 'situationsLimit: at least 1' })
  @Max(50, { message: 'situationsLimit: at most 50' })
  situationsLimit: number;
}

@ObjectType({ description: 'A figure of the period beside the same figure of the previous period of equal length.' })
export class Change {
  @Field(() => Float, { nullable: true, description: 'Null when there is nothing to measure (an average of no cases).' })
  current: number | null;

  @Field(() => Float, { nullable: true })
  previous: number | null;

  @Field(() => Float, { nullable: true, description: 'current − previous; null when either is null.' })
  change: number | null;

  @Field(() => Float, { nullable: true, description: '(current − previous) / previous × 100; null when previous is 0 or null.' })
  changePercent: number | null;
}

@ObjectType({ description: 'Durations in minutes. The average is exact; median and 90th percentile are interpolated inside the rollup time buckets (RESPONSE_BUCKET_EDGES), so they are off by at most the width of their bucket.' })
export class DurationStats {
  @Field(() => Float, { nullable: true })
  averageMinutes: number | null;

  @Field(() => Float, { nullable: true })
  medianMinutes: number | null;

  @Field(() => Float, { nullable: true })
  p90Minutes: number | null;
}

@ObjectType({ description: 'One point of the time series: the cases requested between start and end (client days, both included).' })
export class AnalyticsPoint {
  @Field()
  start: string;

  @Field()
  end: string;

  @Field(() => Int, { description: 'Mentions that came in (each opens one case).' })
  mentionsIn: number;

  @Field(() => Int, { description: 'Of them, answered publicly (have a first response).' })
  answered: number;

  @Field(() => Int, { description: 'Of them, in status RESOLVED.' })
  resolved: number;

  @Field(() => DurationStats, { description: 'Request → first official answer, of the answered ones.' })
  firstResponse: DurationStats;

  @Field(() => DurationStats, { description: 'Request → RESOLVED, of the resolved ones.' })
  resolution: DurationStats;

  @Field(() => Int, { description: "Cases the brief set a response deadline for." })
  withDeadline: number;

  @Field(() => Int, { description: 'Of them, answered by the deadline.' })
  answeredWithinDeadline: number;

  @Field(() => Float, { nullable: true, description: 'answeredWithinDeadline / withDeadline (0..1); null when no case had a deadline.' })
  shareAnsweredWithinDeadline: number | null;
}

@ObjectType({ description: 'Totals of the period, each against the previous period of equal length.' })
export class AnalyticsSummary {
  @Field(() => Change) mentionsIn: Change;
  @Field(() => Change) answered: Change;
  @Field(() => Change) resolved: Change;
  @Field(() => Change, { description: 'Cases whose result says the problem was solved.' }) problemsSolved: Change;
  @Field(() => Change, { description: 'Cases whose result records positive feedback.' }) positiveFeedback: Change;
  @Field(() => Change) firstResponseAverageMinutes: Change;
  @Field(() => Change, { description: 'Approximate (see DurationStats).' }) firstResponseMedianMinutes: Change;
  @Field(() => Change, { description: 'Approximate (see DurationStats).' }) firstResponseP90Minutes: Change;
  @Field(() => Change) resolutionAverageMinutes: Change;
  @Field(() => Change, { description: 'Approximate (see DurationStats).' }) resolutionMedianMinutes: Change;
  @Field(() => Change, { description: 'Approximate (see DurationStats).' }) resolutionP90Minutes: Change;
  @Field(() => Change) withDeadline: Change;
  @Field(() => Change) answeredWithinDeadline: Change;
  @Field(() => Change, { description: 'Share (0..1) of the cases with a deadline answered by it.' }) shareAnsweredWithinDeadline: Change;
}

@ObjectType()
export class ResponseBandFigure {
  @Field(() => ResponseTimeBand)
  band: ResponseTimeBand;

  @Field(() => Change, { description: 'Answered cases whose first response took this long.' })
  cases: Change;

  @Field(() => Float, { nullable: true, description: 'Share (0..1) of the answered cases of the period.' })
  share: number | null;
}

@ObjectType()
export class CategoryFigure {
  @Field(() => ConsumerCycleCategory, { nullable: true, description: 'Null: not classified yet.' })
  category: ConsumerCycleCategory | null;

  @Field(() => Change)
  cases: Change;

  @Field(() => Int) positive: number;
  @Field(() => Int) neutral: number;
  @Field(() => Int) negative: number;
}

@ObjectType()
export class SentimentFigure {
  @Field(() => Sentiment)
  sentiment: Sentiment;

  @Field(() => Change)
  cases: Change;
}

@ObjectType({ description: 'A situation of the argument base: the problem people wrote about.' })
export class SituationFigure {
  @Field(() => ID) situationId: string;
  @Field() key: string;
  @Field() title: string;
  @Field(() => ConsumerCycleCategory) category: ConsumerCycleCategory;
  @Field(() => Change) cases: Change;
}

@ObjectType({
  description:
    "Figures of the cases requested in a period (client days), from daily rollups kept with every case write. Every figure of a day is about the cases that came in that day (a cohort): answered, resolved and times are those cases' so far.",
})
export class CaseAnalytics {
  @Field() from: string;
  @Field() to: string;
  @Field({ description: 'The previous period of equal length, just before from.' }) previousFrom: string;
  @Field() previousTo: string;
  @Field(() => AnalyticsGroupBy) groupBy: AnalyticsGroupBy;
  @Field({ description: "The client's time zone the days are in." }) timeZone: string;
  @Field(() => AnalyticsSummary) summary: AnalyticsSummary;
  @Field(() => [AnalyticsPoint], { description: 'Every point of the period, empty ones included.' }) series: AnalyticsPoint[];
  @Field(() => [ResponseBandFigure]) firstResponseDistribution: ResponseBandFigure[];
  @Field(() => [CategoryFigure], { description: 'Categories with cases in either period, most cases first.' }) categories: CategoryFigure[];
  @Field(() => [SentimentFigure]) sentiments: SentimentFigure[];
  @Field(() => [SituationFigure], { description: 'The most frequent situations of the period, most cases first.' }) situations: SituationFigure[];
}

/** Public API: the tables of caseAnalytics an export can hold. */
export enum AnalyticsTable {
  SUMMARY = 'SUMMARY',
  SERIES = 'SERIES',
  FIRST_RESPONSE_DISTRIBUTION = 'FIRST_RESPONSE_DISTRIBUTION',
  CATEGORIES = 'CATEGORIES',
  SENTIMENTS = 'SENTIMENTS',
  SITUATIONS = 'SITUATIONS',
}
registerEnumType(AnalyticsTable, { name: 'AnalyticsTable', description: 'One table of caseAnalytics, as exportCaseAnalytics writes it.' });

@ArgsType()
export class AnalyticsExportArgs extends CaseAnalyticsArgs {
  @Field(() => AnalyticsTable)
  table: AnalyticsTable;

  @Field(() => TableFileFormat)
  format: TableFileFormat;
}
