import { parse } from 'csv-parse/sync';
import { ErrorReason } from '../../common/error-reasons';
import { AppError, ErrorCode } from '../../common/errors';
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

export interface MetricRowProblem {
  line: number;
  column: MetricEntryColumn | null;
  message: string;
  reason: ErrorReason;
  value?: string;
}

interface ParsedRecord {
  record: string[];
  raw: string;
  info: { lines: number };
}

/** The line a record starts on: csv-parse reports where it ends, and a quoted cell may span lines. */
function startLine({ raw, info }: ParsedRecord): number {
  const body = raw.replace(/^(?:\r?\n)+/, '').replace(/\r?\n$/, '');
  return info.lines - (body.match(/\n/g)?.length ?? 0);
}

/**
 * Reads a file, naming every bad cell by line and column (all of them, so a person fixes the file in
 * one go). `platformIdOf` resolves a name or id to the client's platform; `today` is the client's day.
 */
export function parseMetricEntriesCsv(csv: string, platformIdOf: (cell: string) => string | null, today: string): { rows: MetricEntryRow[]; problems: MetricRowProblem[] } {
  let records: ParsedRecord[];
  try {
    records = parse(csv, { bom: true, info: true, raw: true, relax_column_count: true, skip_empty_lines: true }) as unknown as ParsedRecord[];
  } catch (error) {
    const { lines, message } = error as { lines?: number; message: string };
    return { rows: [], problems: [{ line: lines ?? 1, column: null, message: `the file is not valid CSV: ${message}`, reason: ErrorReason.NOT_CSV }] };
  }
  const [header, ...body] = records;
  const expected = METRIC_ENTRY_COLUMNS.join(',');
  if (!header) return { rows: [], problems: [{ line: 1, column: null, message: `the file is empty; the first line must be ${expected}`, reason: ErrorReason.EMPTY_FILE }] };
  if (header.record.map((name) => name.trim().toLowerCase()).join(',') !== expected) {
    return {
      rows: [],
      problems: [{ line: startLine(header), column: null, message: `the header must be exactly "${expected}", found "${header.record.join(',')}"`, reason: ErrorReason.WRONG_HEADER, value: header.record.join(',') }],
    };
  }
  const rows: MetricEntryRow[] = [];
  const problems: MetricRowProblem[] = [];
  const firstLineOf = new Map<string, number>();
  for (const parsed of body) {
    const line = startLine(parsed);
    const problem = (column: MetricEntryColumn | null, reason: ErrorReason, message: string, value?: string) =>
      problems.push({ line, column, message, reason, ...(value === undefined ? {} : { value }) });
    if (parsed.record.length !== METRIC_ENTRY_COLUMNS.length) {
      problem(null, ErrorReason.WRONG_COLUMN_COUNT, `expected ${METRIC_ENTRY_COLUMNS.length} columns, found ${parsed.record.length}`, String(parsed.record.length));
      continue;
    }
    const cell = Object.fromEntries(METRIC_ENTRY_COLUMNS.map((column, index) => [column, parsed.record[index].trim()])) as Record<MetricEntryColumn, string>;
    const before = problems.length;
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
    if (problems.length > before) continue;
    const key = `${metric}|${platformId}|${cell.day}`;
    if (firstLineOf.has(key)) {
      problem(null, ErrorReason.DUPLICATE_ENTRY, `${metric} on "${cell.platform}" for ${cell.day} is already given on line ${firstLineOf.get(key)}`);
      continue;
    }
    firstLineOf.set(key, line);
    rows.push({ line, metric, platformId: platformId!, day: cell.day, value, source: cell.source || null });
  }
  return { rows: problems.length ? [] : rows, problems };
}

export function invalidMetricRows(problems: MetricRowProblem[]): AppError {
  const lines = new Set(problems.map((problem) => problem.line)).size;
  const first = problems[0];
  const message = `${lines} ${lines === 1 ? 'row has' : 'rows have'} problems; nothing was imported. First: line ${first.line}${first.column ? `, column ${first.column}` : ''}: ${first.message}.`;
  return new AppError(ErrorCode.BAD_USER_INPUT, message, { reason: ErrorReason.INVALID_ROWS, problems });
}
