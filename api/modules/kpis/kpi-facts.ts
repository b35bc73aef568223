import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { TenantScope } from '../../auth/tenant-scope';
import { KpiMetric } from './kpi-metric';

/** Where a fact comes from. Public API. */
export enum KpiFactSource {
  CRM = 'CRM',
  METRIC_ENTRIES = 'METRIC_ENTRIES',
}

registerEnumType(KpiFactSource, {
  name: 'KpiFactSource',
  valuesConfig: {
    CRM: { description: 'Computed from cases, their results and logged posts.' },
    METRIC_ENTRIES: { description: 'The sum of metric entries (entered, imported or pushed by an analytics tool).' },
  },
});

/** Metrics only the platform or web analytics knows: they come from metric entries alone. */
export const ENTERED_METRICS: readonly KpiMetric[] = [KpiMetric.VIEWS, KpiMetric.THREAD_MESSAGES, KpiMetric.SITE_VISITS];

@ObjectType({ description: 'What a metric actually reached over a stretch of time.' })
export class KpiFact {
  @Field(() => KpiMetric)
  metric: KpiMetric;

  @Field(() => Float, { nullable: true, description: 'Null when unknown: no entries for an entered metric, no answered case for the average.' })
  value: number | null;

  @Field(() => Int, { nullable: true, description: 'For PROBLEMS_SOLVED: the problems whose result was recorded (solved or not), "2 of 2".' })
  outOf: number | null;

  @Field(() => KpiFactSource)
  source: KpiFactSource;
}

export interface KpiFactRange {
  from: Date;
  to: Date;
  platformId?: string;
  /** A Representative's id (not their user's): their cases and posts, and entries of the platforms they have an official account on. */
  representativeId?: string;
}

interface FactRow {
  answered: number;
  average_hours: number | null;
  solved: number;
  problems: number;
  positive: number;
  site_visits: number;
  promo_uses: number;
  news: number;
  entered: Record<string, number>;
}

/*
 * Cases count by when things happened to them: answered by the first answer's time, results (solved,
 * positive review, site visit, promo use) by when the case was finished. Metric entries count when
 * their client day begins inside the range, so a range built with dayRange/periodRange takes whole
 * client days. $2 from, $3 to, $4 platform, $5 representative, $6 the client's time zone.
 */
const FACTS_SQL = `
WITH representative_user AS (
  SELECT user_id FROM representative WHERE client_id = $client AND id = $5::uuid
), case_facts AS (
  SELECT count(*) FILTER (WHERE first_response_at >= $2 AND first_response_at < $3)::int AS answered,
         (avg(extract(epoch FROM first_response_at - requested_at)) FILTER (WHERE first_response_at >= $2 AND first_response_at < $3) / 3600)::float AS average_hours,
         count(*) FILTER (WHERE finished_at >= $2 AND finished_at < $3 AND resolved)::int AS solved,
         count(*) FILTER (WHERE finished_at >= $2 AND finished_at < $3 AND resolved IS NOT NULL)::int AS problems,
         count(*) FILTER (WHERE finished_at >= $2 AND finished_at < $3 AND positive_feedback)::int AS positive,
         count(*) FILTER (WHERE finished_at >= $2 AND finished_at < $3 AND site_visit)::int AS site_visits,
         count(*) FILTER (WHERE finished_at >= $2 AND finished_at < $3 AND promo_used)::int AS promo_uses
    FROM mention_case
   WHERE client_id = $client
     AND ((first_response_at >= $2 AND first_response_at < $3) OR (finished_at >= $2 AND finished_at < $3))
     AND ($4::uuid IS NULL OR platform_id = $4::uuid)
     AND ($5::uuid IS NULL OR representative_user_id IN (SELECT user_id FROM representative_user))
), post_facts AS (
  SELECT count(*)::int AS news
    FROM post
   WHERE client_id = $client AND kind IN ('NEWS', 'OFFER') AND posted_at >= $2 AND posted_at < $3
     AND ($4::uuid IS NULL OR platform_id = $4::uuid)
     AND ($5::uuid IS NULL OR user_id IN (SELECT user_id FROM representative_user))
), entry_facts AS (
  SELECT metric, sum(value)::float AS total
    FROM metric_entry
   WHERE client_id = $client
     AND day >= (($2::timestamptz AT TIME ZONE $6) - interval '1 microsecond')::date + 1
     AND day < (($3::timestamptz AT TIME ZONE $6) - interval '1 microsecond')::date + 1
     AND ($4::uuid IS NULL OR platform_id = $4::uuid)
     AND ($5::uuid IS NULL OR platform_id IN (SELECT platform_id FROM official_account WHERE client_id = $client AND representative_id = $5::uuid))
   GROUP BY metric
)
SELECT case_facts.*, post_facts.news,
       (SELECT coalesce(jsonb_object_agg(metric, total), '{}'::jsonb) FROM entry_facts) AS entered
  FROM case_facts, post_facts`;

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

/**
 * Every KpiMetric's fact over [range.from, range.to), for the tenant's client, optionally one
 * platform and one representative, in one statement. CRM metrics are always known (0 is a fact);
 * entered metrics are null when nobody entered a figure. SITE_VISITS is taken from metric entries
 * when any exist (web analytics sees every visit, the ones case results record among them), else
 * from case results. Build ranges of whole client days with dayRange/periodRange (client-days.ts).
 */
export async function computeKpiFacts(tenant: TenantScope, range: KpiFactRange): Promise<KpiFact[]> {
  const [row] = await tenant.sql<FactRow>(FACTS_SQL, [range.from, range.to, range.platformId ?? null, range.representativeId ?? null, tenant.client.timeZone]);
  const entered = (metric: KpiMetric): number | null => (row.entered[metric] === undefined ? null : Number(row.entered[metric]));
  const crm = (metric: KpiMetric, value: number | null, outOf: number | null = null): KpiFact => ({ metric, value, outOf, source: KpiFactSource.CRM });
  const fromEntries = (metric: KpiMetric): KpiFact => ({ metric, value: entered(metric), outOf: null, source: KpiFactSource.METRIC_ENTRIES });
  const byMetric: Record<KpiMetric, KpiFact> = {
    [KpiMetric.VIEWS]: fromEntries(KpiMetric.VIEWS),
    [KpiMetric.THREAD_MESSAGES]: fromEntries(KpiMetric.THREAD_MESSAGES),
    [KpiMetric.SITE_VISITS]: entered(KpiMetric.SITE_VISITS) === null ? crm(KpiMetric.SITE_VISITS, row.site_visits) : fromEntries(KpiMetric.SITE_VISITS),
    [KpiMetric.NEWS_POSTED]: crm(KpiMetric.NEWS_POSTED, row.news),
    [KpiMetric.QUESTIONS_ANSWERED]: crm(KpiMetric.QUESTIONS_ANSWERED, row.answered),
    [KpiMetric.PROBLEMS_SOLVED]: crm(KpiMetric.PROBLEMS_SOLVED, row.solved, row.problems),
    [KpiMetric.POSITIVE_REVIEWS]: crm(KpiMetric.POSITIVE_REVIEWS, row.positive),
    [KpiMetric.PROMO_USES]: crm(KpiMetric.PROMO_USES, row.promo_uses),
    [KpiMetric.AVERAGE_FIRST_RESPONSE_HOURS]: crm(KpiMetric.AVERAGE_FIRST_RESPONSE_HOURS, row.average_hours === null ? null : round(Number(row.average_hours), 2)),
  };
  return Object.values(KpiMetric).map((metric) => byMetric[metric]);
}
