import { type CsvProblem, type CsvRecord, parseCsvRecords, rawLine, readCsv } from '../../common/csv-import';
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

export type RowProblem = CsvProblem<ArgumentBaseColumn>;

const categories = new Set<string>(Object.values(ConsumerCycleCategory));

export function splitExamples(cell: string): string[] {
  return cell
    .split(EXAMPLE_SEPARATOR)
    .map((example) => example.trim())
    .filter(Boolean);
}

/**
 * Reads a file for `clientSlug`. Every problem is collected (not only the first), so a person can fix
 * the whole file at once; rows come back only when there is none.
 */
export function parseArgumentBaseCsv(csv: string, clientSlug: string): { rows: ArgumentBaseRow[]; problems: RowProblem[] } {
  const rows: ArgumentBaseRow[] = [];
  const firstLineOfKey = new Map<string, number>();
  const visit = ({ line, cells: cell, problem, hasProblems }: CsvRecord<ArgumentBaseColumn>) => {
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
    if (hasProblems()) return;
    rows.push({
      line,
      key: cell.key,
      title: cell.situation,
      category: cell.category as ConsumerCycleCategory,
      examples: [...new Set(splitExamples(cell.examples))],
      reply: cell.reply,
      topic: cell.topic || null,
    });
  };
  const problems = readCsv(csv, ARGUMENT_BASE_COLUMNS, visit, ' (a comma inside a cell needs the cell in double quotes)');
  return { rows: problems.length ? [] : rows, problems };
}

/**
 * The lines of a file that belong to one client, header kept, as a file of its own: a base written
 * for several clients (an agency's) goes through the importer one client at a time.
 */
export function csvPartFor(csv: string, clientSlug: string): string {
  return parseCsvRecords(csv)
    .filter((record, index) => index === 0 || record.record[0]?.trim() === clientSlug)
    .map(rawLine)
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
