import { parse } from 'csv-parse/sync';
import { ErrorReason } from '../../common/error-reasons';
import { SLUG_MESSAGE, SLUG_PATTERN } from '../../common/validation';
import { ConsumerCycleCategory } from './consumer-cycle-category';

/**
 * The public argument-base CSV (see docs/domain.md): `client,key,situation,category,examples,reply,topic`,
 * RFC 4180, UTF-8. Public format: other tools write and read these files.
 */
export const ARGUMENT_BASE_COLUMNS = ['client', 'key', 'situation', 'category', 'examples', 'reply', 'topic'] as const;
export type ArgumentBaseColumn = (typeof ARGUMENT_BASE_COLUMNS)[number];

/** Example phrasings share one cell, separated by this. */
export const EXAMPLE_SEPARATOR = ' | ';

export interface ArgumentBaseRow {
  /** Line of the file the row starts on (the header is line 1). */
  line: number;
  key: string;
  title: string;
  category: ConsumerCycleCategory;
  examples: string[];
  reply: string;
  topic: string | null;
}

/**
 * What is wrong with one cell (or one whole line when `column` is null): `reason` for programs and for
 * the admin's translation, `value` the cell as read (a category a person can be shown in their words).
 */
export interface RowProblem {
  line: number;
  column: ArgumentBaseColumn | null;
  message: string;
  reason: ErrorReason;
  value?: string;
}

const categories = new Set<string>(Object.values(ConsumerCycleCategory));

export function splitExamples(cell: string): string[] {
  return cell
    .split(EXAMPLE_SEPARATOR)
    .map((example) => example.trim())
    .filter(Boolean);
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
 * Reads a file for `clientSlug`. Every problem is collected (not only the first), so a person can fix
 * the whole file at once; rows come back only when there is none.
 */
export function parseArgumentBaseCsv(csv: string, clientSlug: string): { rows: ArgumentBaseRow[]; problems: RowProblem[] } {
  let records: ParsedRecord[];
  try {
    records = parse(csv, { bom: true, info: true, raw: true, relax_column_count: true, skip_empty_lines: true }) as unknown as ParsedRecord[];
  } catch (error) {
    const { lines, message } = error as { lines?: number; message: string };
    return { rows: [], problems: [{ line: lines ?? 1, column: null, message: `the file is not valid CSV: ${message}`, reason: ErrorReason.NOT_CSV }] };
  }
  const [header, ...body] = records;
  if (!header) {
    return { rows: [], problems: [{ line: 1, column: null, message: `the file is empty; the first line must be ${ARGUMENT_BASE_COLUMNS.join(',')}`, reason: ErrorReason.EMPTY_FILE }] };
  }
  const names = header.record.map((name) => name.trim().toLowerCase());
  if (names.join(',') !== ARGUMENT_BASE_COLUMNS.join(',')) {
    return {
      rows: [],
      problems: [
        {
          line: startLine(header),
          column: null,
          message: `the header must be exactly "${ARGUMENT_BASE_COLUMNS.join(',')}", found "${header.record.join(',')}"`,
          reason: ErrorReason.WRONG_HEADER,
          value: header.record.join(','),
        },
      ],
    };
  }
  const rows: ArgumentBaseRow[] = [];
  const problems: RowProblem[] = [];
  const firstLineOfKey = new Map<string, number>();
  for (const parsed of body) {
    const line = startLine(parsed);
    const problem = (column: ArgumentBaseColumn | null, reason: ErrorReason, message: string, value?: string) =>
      problems.push({ line, column, message, reason, ...(value === undefined ? {} : { value }) });
    if (parsed.record.length !== ARGUMENT_BASE_COLUMNS.length) {
      problem(
        null,
        ErrorReason.WRONG_COLUMN_COUNT,
        `expected ${ARGUMENT_BASE_COLUMNS.length} columns, found ${parsed.record.length} (a comma inside a cell needs the cell in double quotes)`,
        String(parsed.record.length),
      );
      continue;
    }
    const cell = Object.fromEntries(ARGUMENT_BASE_COLUMNS.map((column, index) => [column, parsed.record[index].trim()])) as Record<ArgumentBaseColumn, string>;
    const before = problems.length;
    if (cell.client && cell.client !== clientSlug) problem('client', ErrorReason.WRONG_CLIENT, `names client "${cell.client}", but this import is for "${clientSlug}"`, cell.client);
    if (!cell.key) problem('key', ErrorReason.REQUIRED, 'key cannot be empty');
    else if (!SLUG_PATTERN.test(cell.key)) problem('key', ErrorReason.INVALID_KEY, `"${cell.key}" is not a valid key: ${SLUG_MESSAGE}`, cell.key);
    else if (firstLineOfKey.has(cell.key)) problem('key', ErrorReason.DUPLICATE_KEY, `key "${cell.key}" is already used on line ${firstLineOfKey.get(cell.key)}`, cell.key);
    else firstLineOfKey.set(cell.key, line);
    if (!cell.situation) problem('situation', ErrorReason.REQUIRED, 'the situation title cannot be empty');
    if (!categories.has(cell.category)) {
      problem('category', ErrorReason.UNKNOWN_CATEGORY, `"${cell.category}" is not a category; use one of ${[...categories].join(', ')}`, cell.category);
    }
    if (!cell.reply) problem('reply', ErrorReason.REQUIRED, 'the reply cannot be empty');
    if (problems.length > before) continue;
    rows.push({
      line,
      key: cell.key,
      title: cell.situation,
      category: cell.category as ConsumerCycleCategory,
      examples: [...new Set(splitExamples(cell.examples))],
      reply: cell.reply,
      topic: cell.topic || null,
    });
  }
  return { rows: problems.length ? [] : rows, problems };
}

/**
 * The lines of a file that belong to one client, header kept, as a file of its own: a base written
 * for several clients (an agency's) goes through the importer one client at a time.
 */
export function csvPartFor(csv: string, clientSlug: string): string {
  const records = parse(csv, { bom: true, info: true, raw: true, relax_column_count: true, skip_empty_lines: true }) as unknown as ParsedRecord[];
  return records
    .filter((record, index) => index === 0 || record.record[0]?.trim() === clientSlug)
    .map((record) => record.raw.replace(/^(?:\r?\n)+/, '').replace(/\r?\n$/, ''))
    .join('\n') + '\n';
}

/** One RFC 4180 field: quoted when it holds a comma, a quote, a line break or edge spaces. */
function field(value: string): string {
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Writes rows in the public format (CRLF line ends, as RFC 4180 asks). */
export function writeArgumentBaseCsv(clientSlug: string, rows: Omit<ArgumentBaseRow, 'line'>[]): string {
  const lines = [ARGUMENT_BASE_COLUMNS.join(',')];
  for (const row of rows) {
    lines.push(
      [clientSlug, row.key, row.title, row.category, row.examples.join(EXAMPLE_SEPARATOR), row.reply, row.topic ?? ''].map(field).join(','),
    );
  }
  return lines.join('\r\n') + '\r\n';
}
