import type { TenantScope } from '../../auth/tenant-scope';
import { badInput, forbidden } from '../../common/errors';
import { ErrorReason } from '../../common/error-reasons';
import { isUuid } from '../../common/ids';
import type { RequestContext } from '../../context';
import type { ConsumerCycleCategory } from '../argument-base/consumer-cycle-category';
import { Sentiment } from '../mentions/sentiment';
import { Role } from '../users/role';
import {
  type AnalyticsGroupBy,
  type AnalyticsPoint,
  type CaseAnalytics,
  type CaseAnalyticsArgs,
  type CaseAnalyticsFilter,
  type CategoryFigure,
  type Change,
  type DurationStats,
  ResponseTimeBand,
} from './analytics.types';
import { DAILY_MEASURES, firstResponseColumns, resolutionColumns, ROLLUP_TABLES } from './case-rollup.sql';
import { bandCounts, percentileMinutes } from './histogram';
import { type Period, periodOf, pointsOf } from './period';

/** Sums of case_daily_rollup's measures over some of its rows. */
export type Measures = Record<string, number>;

const emptyMeasures = (): Measures => Object.fromEntries(DAILY_MEASURES.map((column) => [column, 0]));

function addInto(target: Measures, row: Record<string, unknown>): Measures {
  for (const column of DAILY_MEASURES) target[column] += Number(row[column] ?? 0);
  return target;
}

const histogram = (measures: Measures, columns: string[]) => columns.map((column) => measures[column]);

export function durationStats(measures: Measures, kind: 'firstResponse' | 'resolution'): DurationStats {
  const [count, seconds, columns] =
    kind === 'firstResponse' ? [measures.answered, measures.first_response_seconds, firstResponseColumns] : [measures.resolution_count, measures.resolution_seconds, resolutionColumns];
  const counts = histogram(measures, columns);
  return {
    averageMinutes: count ? seconds / count / 60 : null,
    medianMinutes: percentileMinutes(counts, 0.5),
    p90Minutes: percentileMinutes(counts, 0.9),
  };
}

const share = (part: number, whole: number) => (whole ? part / whole : null);

export function change(current: number | null, previous: number | null): Change {
  const difference = current === null || previous === null ? null : current - previous;
  return { current, previous, change: difference, changePercent: difference === null || !previous ? null : (difference / previous) * 100 };
}

export interface ResolvedFilter {
  platformId: string | null;
  representativeId: string | null;
  category: ConsumerCycleCategory | null;
}

/**
 * Who sees which figures: PR specialists (and admins) and responsible people the whole client's
 * (aggregates hold no posts or authors); a representative only their own cases', whatever they ask.
 */
export function filterFor(context: RequestContext, filter: CaseAnalyticsFilter | null | undefined): ResolvedFilter {
  for (const field of ['platformId', 'representativeId'] as const) {
    const value = filter?.[field];
    if (value != null && !isUuid(value)) throw badInput({ field: `filter.${field}`, message: 'is not an id' }, ErrorReason.INVALID_INPUT);
  }
  const resolved = { platformId: filter?.platformId ?? null, representativeId: filter?.representativeId ?? null, category: filter?.category ?? null };
  if (context.hasRole(Role.PR_SPECIALIST, Role.RESPONSIBLE)) return resolved;
  const own = context.user.id;
  if (resolved.representativeId && resolved.representativeId !== own) {
    throw forbidden("A representative sees the figures of their own cases only.", { reason: ErrorReason.OWN_FIGURES_ONLY });
  }
  return { ...resolved, representativeId: own };
}

type Tables = (typeof ROLLUP_TABLES)[keyof typeof ROLLUP_TABLES];

// The per-client tables have no platform or representative: they are read only when neither is asked for.
const filterSql = (alias: string, tables: Tables) => `${
  tables === ROLLUP_TABLES.byClient
    ? '$4::uuid IS NULL AND $5::uuid IS NULL'
    : `($4::uuid IS NULL OR ${alias}.platform_id = $4::uuid) AND ($5::uuid IS NULL OR ${alias}.representative_user_id = $5::uuid)`
}
    AND ($6::consumer_cycle_category IS NULL OR ${alias}.category = $6::consumer_cycle_category)`;

// One pass over the rollup rows of both periods: per point and per category (totals are the categories' sum).
const rollupSql = (tables: Tables) => `
SELECT is_current, point, category, GROUPING(point) = 1 AS by_category,
       ${DAILY_MEASURES.map((column) => `sum(${column})::float8 AS ${column}`).join(', ')}
  FROM (SELECT r.*, r.day >= $7::date AS is_current, date_trunc($8::text, r.day::timestamp)::date::text AS point
          FROM ${tables.daily} r
         WHERE r.client_id = $client AND r.day BETWEEN $2::date AND $3::date
           AND ${filterSql('r', tables)}) r
 GROUP BY GROUPING SETS ((is_current, point), (is_current, category))`;

const situationsSql = (tables: Tables) => `
SELECT s.situation_id, situation.key, situation.title, situation.category::text AS category,
       (sum(s.cases) FILTER (WHERE s.day >= $7::date))::int AS current,
       coalesce(sum(s.cases) FILTER (WHERE s.day < $7::date), 0)::int AS previous
  FROM ${tables.situations} s
  JOIN situation ON situation.id = s.situation_id AND situation.client_id = s.client_id
 WHERE s.client_id = $client AND s.day BETWEEN $2::date AND $3::date AND ${filterSql('s', tables)}
 GROUP BY s.situation_id, situation.key, situation.title, situation.category
HAVING sum(s.cases) FILTER (WHERE s.day >= $7::date) > 0
 ORDER BY current DESC, situation.title
 LIMIT $8`;

interface RollupRow extends Record<string, unknown> {
  is_current: boolean;
  point: string | null;
  category: ConsumerCycleCategory | null;
  by_category: boolean;
}

/** The figures of a period straight from the rollups: two statements whatever the period or the number of cases. */
export async function computeCaseAnalytics(
  tenant: TenantScope,
  period: Period,
  groupBy: AnalyticsGroupBy,
  filter: ResolvedFilter,
  situationsLimit: number,
): Promise<CaseAnalytics> {
  const bounds = [period.previousFrom, period.to, filter.platformId, filter.representativeId, filter.category, period.from];
  const tables = filter.platformId || filter.representativeId ? ROLLUP_TABLES.byPlatformAndRepresentative : ROLLUP_TABLES.byClient;
  const [rows, situationRows] = await Promise.all([
    tenant.sql<RollupRow>(rollupSql(tables), [...bounds, groupBy.toLowerCase()]),
    tenant.sql<{ situation_id: string; key: string; title: string; category: ConsumerCycleCategory; current: number; previous: number }>(situationsSql(tables), [
      ...bounds,
      situationsLimit,
    ]),
  ]);

  const totals = { current: emptyMeasures(), previous: emptyMeasures() };
  const byPoint = new Map<string, Measures>();
  const byCategory = new Map<ConsumerCycleCategory | null, { current: Measures; previous: Measures }>();
  for (const row of rows) {
    const side = row.is_current ? 'current' : 'previous';
    if (row.by_category) {
      addInto(totals[side], row);
      const entry = byCategory.get(row.category) ?? { current: emptyMeasures(), previous: emptyMeasures() };
      addInto(entry[side], row);
      byCategory.set(row.category, entry);
    } else if (row.is_current && row.point) {
      byPoint.set(row.point, addInto(emptyMeasures(), row));
    }
  }

  const series: AnalyticsPoint[] = pointsOf(period, groupBy).map(({ key, start, end }) => {
    const measures = byPoint.get(key) ?? emptyMeasures();
    return {
      start,
      end,
      mentionsIn: measures.cases,
      answered: measures.answered,
      resolved: measures.resolved,
      firstResponse: durationStats(measures, 'firstResponse'),
      resolution: durationStats(measures, 'resolution'),
      withDeadline: measures.with_deadline,
      answeredWithinDeadline: measures.answered_within_deadline,
      shareAnsweredWithinDeadline: share(measures.answered_within_deadline, measures.with_deadline),
    };
  });

  const { current, previous } = totals;
  const stat = (kind: 'firstResponse' | 'resolution', key: keyof DurationStats) => change(durationStats(current, kind)[key], durationStats(previous, kind)[key]);
  const count = (column: string) => change(current[column], previous[column]);
  const currentBands = bandCounts(histogram(current, firstResponseColumns));
  const previousBands = bandCounts(histogram(previous, firstResponseColumns));

  const categories: CategoryFigure[] = [...byCategory.entries()]
    .map(([category, entry]) => ({
      category,
      cases: change(entry.current.cases, entry.previous.cases),
      positive: entry.current.positive,
      neutral: entry.current.neutral,
      negative: entry.current.negative,
    }))
    .filter((figure) => figure.cases.current || figure.cases.previous)
    .sort((left, right) => right.cases.current! - left.cases.current! || String(left.category).localeCompare(String(right.category)));

  return {
    from: period.from,
    to: period.to,
    previousFrom: period.previousFrom,
    previousTo: period.previousTo,
    groupBy,
    timeZone: tenant.client.timeZone,
    summary: {
      mentionsIn: count('cases'),
      answered: count('answered'),
      resolved: count('resolved'),
      problemsSolved: count('problems_solved'),
      positiveFeedback: count('positive_feedback'),
      firstResponseAverageMinutes: stat('firstResponse', 'averageMinutes'),
      firstResponseMedianMinutes: stat('firstResponse', 'medianMinutes'),
      firstResponseP90Minutes: stat('firstResponse', 'p90Minutes'),
      resolutionAverageMinutes: stat('resolution', 'averageMinutes'),
      resolutionMedianMinutes: stat('resolution', 'medianMinutes'),
      resolutionP90Minutes: stat('resolution', 'p90Minutes'),
      withDeadline: count('with_deadline'),
      answeredWithinDeadline: count('answered_within_deadline'),
      shareAnsweredWithinDeadline: change(share(current.answered_within_deadline, current.with_deadline), share(previous.answered_within_deadline, previous.with_deadline)),
    },
    series,
    firstResponseDistribution: Object.values(ResponseTimeBand).map((band) => ({
      band,
      cases: change(currentBands.get(band)!, previousBands.get(band)!),
      share: share(currentBands.get(band)!, current.answered),
    })),
    categories,
    sentiments: [Sentiment.POSITIVE, Sentiment.NEUTRAL, Sentiment.NEGATIVE].map((sentiment) => {
      const column = sentiment.toLowerCase();
      return { sentiment, cases: change(current[column], previous[column]) };
    }),
    situations: situationRows.map((row) => ({
      situationId: row.situation_id,
      key: row.key,
      title: row.title,
      category: row.category,
      cases: change(Number(row.current), Number(row.previous)),
    })),
  };
}

export function caseAnalytics(context: RequestContext, args: CaseAnalyticsArgs): Promise<CaseAnalytics> {
  const period = periodOf(args.from, args.to);
  return computeCaseAnalytics(context.tenant, period, args.groupBy, filterFor(context, args.filter), args.situationsLimit);
}
