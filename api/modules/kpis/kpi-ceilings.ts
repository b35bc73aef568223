import { KpiMetric, KpiPeriod } from './kpi-metric';

/** A platform's ceiling for one metric, as stored on the platform (platform.kpiCeilings). */
export interface CeilingItem {
  metric: KpiMetric;
  value: number;
  period: KpiPeriod;
}

/** Metrics where less is better: their "ceiling" is the best a platform allows, i.e. the lowest value. */
export const LOWER_IS_BETTER: ReadonlySet<KpiMetric> = new Set([KpiMetric.AVERAGE_FIRST_RESPONSE_HOURS]);

/** Counts add up over a quarter; an average does not. */
const MONTHS: Record<KpiPeriod, number> = { [KpiPeriod.MONTH]: 1, [KpiPeriod.QUARTER]: 3 };

/**
 * The platform's ceiling for a metric, expressed for `period`: a monthly ceiling of 3,500 views is
 * 10,500 a quarter. Null when the platform sets none for the metric.
 */
export function ceilingFor(ceilings: readonly CeilingItem[] | null | undefined, metric: KpiMetric, period: KpiPeriod): number | null {
  const ceilingsOfMetric = (ceilings ?? []).filter((ceiling) => ceiling.metric === metric);
  const exact = ceilingsOfMetric.find((ceiling) => ceiling.period === period);
  if (exact) return exact.value;
  const other = ceilingsOfMetric[0];
  if (!other) return null;
  if (LOWER_IS_BETTER.has(metric)) return other.value;
  return (other.value / MONTHS[other.period]) * MONTHS[period];
}

/** True when a target asks more of the platform than its ceiling allows (for hours: fewer hours). */
export function isBeyondCeiling(metric: KpiMetric, target: number, ceiling: number | null): boolean {
  if (ceiling === null) return false;
  return LOWER_IS_BETTER.has(metric) ? target < ceiling : target > ceiling;
}

/** Paths of ceilings that repeat an earlier one's metric and period (one ceiling per metric and period). */
export function repeatedCeilings(ceilings: readonly CeilingItem[]): { field: string; message: string }[] {
  const seen = new Map<string, number>();
  const problems: { field: string; message: string }[] = [];
  ceilings.forEach((ceiling, index) => {
    const key = `${ceiling.metric}|${ceiling.period}`;
    const first = seen.get(key);
    if (first === undefined) seen.set(key, index);
    else problems.push({ field: `kpiCeilings.${index}.metric`, message: `kpiCeilings.${first} already sets the ceiling of ${ceiling.metric} per ${ceiling.period}` });
  });
  return problems;
}
