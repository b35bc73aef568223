import { ErrorReason } from '../../common/error-reasons';
import { type CsvProblem, readCsv } from '../../common/csv-import';
import { isDay } from './client-days';
import { ENTERED_METRICS } from './kpi-facts';
import type { KpiMetric } from './kpi-metric';

/** The metric-entries CSV: `metric,platform,day,value,source`, RFC 4180, UTF-8; platform is the platform's name or id. */
export const METRIC_ENTRY_COLUMNS = ['metric', 'platform', 'day', 'value', 'source'] as const;
export type MetricEntryColumn = (typeof METRIC_ENTRY_COLUMNS)[number];

export interface MetricEntryRow {
  line: number;
  metric: KpiMetric;
  platformId: string;
  day: string;
  value: number;
  source: string | null;
}

export type MetricRowProblem = CsvProblem<MetricEntryColumn>;

/**
 * Reads a file, naming every bad cell by line and column (all of them, so a person fixes the file in
 * one go). `platformIdOf` resolves a name or id to the client's platform; `today` is the client's day.
 */
export function parseMetricEntriesCsv(csv: string, platformIdOf: (cell: string) => string | null, today: string): { rows: MetricEntryRow[]; problems: MetricRowProblem[] } {
  const rows: MetricEntryRow[] = [];
  const firstLineOf = new Map<string, number>();
  const problems = readCsv(csv, METRIC_ENTRY_COLUMNS, ({ line, cells: cell, problem, hasProblems }) => {
    const metric = cell.metric.toUpperCase() as KpiMetric;
    if (!ENTERED_METRICS.includes(metric)) {
      problem('metric', ErrorReason.METRIC_NOT_ENTERED, `"${cell.metric}" is not an entered metric; use one of ${ENTERED_METRICS.join(', ')}`, cell.metric);
    }
    const platformId = cell.platform ? platformIdOf(cell.platform) : null;
    if (!cell.platform) problem('platform', ErrorReason.REQUIRED, 'platform cannot be empty');
    else if (!platformId) problem('platform', ErrorReason.UNKNOWN_PLATFORM, `the client has no platform "${cell.platform}"`, cell.platform);
    if (!isDay(cell.day)) problem('day', ErrorReason.INVALID_VALUE, `"${cell.day}" is not a date written YYYY-MM-DD`, cell.day);
    else if (cell.day > today) problem('day', ErrorReason.TIME_IN_FUTURE, `${cell.day} is after today (${today})`, cell.day);
    const value = Number(cell.value.replace(/\s/g, ''));
    if (cell.value === '' || !Number.isInteger(value) || value < 0) problem('value', ErrorReason.INVALID_VALUE, `"${cell.value}" is not a whole number of at least 0`, cell.value);
    if (hasProblems()) return;
    const key = `${metric}|${platformId}|${cell.day}`;
    if (firstLineOf.has(key)) {
      problem(null, ErrorReason.DUPLICATE_ENTRY, `${metric} on "${cell.platform}" for ${cell.day} is already given on line ${firstLineOf.get(key)}`);
      return;
    }
    firstLineOf.set(key, line);
    rows.push({ line, metric, platformId: platformId!, day: cell.day, value, source: cell.source || null });
  });
  return { rows: problems.length ? [] : rows, problems };
}
