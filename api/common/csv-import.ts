import { parse } from 'csv-parse/sync';
import { ErrorReason } from './error-reasons';
import { AppError, ErrorCode } from './errors';

/**
 * What is wrong with one cell (or one whole line when `column` is null): `reason` for programs and for
 * the admin's translation, `value` the cell as read (a category a person can be shown in their words).
 */
export interface CsvProblem<Column extends string> {
  line: number;
  column: Column | null;
  message: string;
  reason: ErrorReason;
  value?: string;
}

/** A record of the file with the right number of cells, trimmed, by column name. */
export interface CsvRecord<Column extends string> {
  /** Line of the file the record starts on (the header is line 1). */
  line: number;
  cells: Record<Column, string>;
  /** Adds a problem on this record's line. */
  problem: (column: Column | null, reason: ErrorReason, message: string, value?: string) => void;
  /** Whether any problem was added on this record. */
  hasProblems: () => boolean;
}

interface ParsedRecord {
  record: string[];
  raw: string;
  info: { lines: number };
}

/** The records of a file as csv-parse reads it (RFC 4180, UTF-8 with or without BOM), each with its raw text. */
export function parseCsvRecords(csv: string): ParsedRecord[] {
  return parse(csv, { bom: true, info: true, raw: true, relax_column_count: true, skip_empty_lines: true }) as unknown as ParsedRecord[];
}

/** A record's text without the line breaks csv-parse keeps around it. */
export function rawLine(record: ParsedRecord): string {
  return record.raw.replace(/^(?:\r?\n)+/, '').replace(/\r?\n$/, '');
}

/** The line a record starts on: csv-parse reports where it ends, and a quoted cell may span lines. */
function startLine(record: ParsedRecord): number {
  return record.info.lines - (rawLine(record).match(/\n/g)?.length ?? 0);
}

/**
 * Reads a CSV whose header must be exactly `columns` and returns every problem of the file, in line
 * order: those of the file as such (not CSV, empty, wrong header, a line with too few or too many
 * cells) and those `visit` adds while it checks the cells of each well-formed record, so a person
 * fixes the whole file in one go. `columnCountHint` ends the message of a wrong count.
 */
export function readCsv<Column extends string>(csv: string, columns: readonly Column[], visit: (record: CsvRecord<Column>) => void, columnCountHint = ''): CsvProblem<Column>[] {
  let parsed: ParsedRecord[];
  try {
    parsed = parseCsvRecords(csv);
  } catch (error) {
    const { lines, message } = error as { lines?: number; message: string };
    return [{ line: lines ?? 1, column: null, message: `the file is not valid CSV: ${message}`, reason: ErrorReason.NOT_CSV }];
  }
  const [header, ...body] = parsed;
  const expected = columns.join(',');
  if (!header) return [{ line: 1, column: null, message: `the file is empty; the first line must be ${expected}`, reason: ErrorReason.EMPTY_FILE }];
  if (header.record.map((name) => name.trim().toLowerCase()).join(',') !== expected) {
    const found = header.record.join(',');
    return [{ line: startLine(header), column: null, message: `the header must be exactly "${expected}", found "${found}"`, reason: ErrorReason.WRONG_HEADER, value: found }];
  }
  const problems: CsvProblem<Column>[] = [];
  for (const record of body) {
    const line = startLine(record);
    const problem = (column: Column | null, reason: ErrorReason, message: string, value?: string) => {
      problems.push({ line, column, message, reason, ...(value === undefined ? {} : { value }) });
    };
    if (record.record.length !== columns.length) {
      problem(null, ErrorReason.WRONG_COLUMN_COUNT, `expected ${columns.length} columns, found ${record.record.length}${columnCountHint}`, String(record.record.length));
      continue;
    }
    const cells = Object.fromEntries(columns.map((column, index) => [column, record.record[index].trim()])) as Record<Column, string>;
    const before = problems.length;
    visit({ line, cells, problem, hasProblems: () => problems.length > before });
  }
  return problems;
}

/** The refusal of an all-or-nothing import: how many rows are wrong, the first problem, and all of them in `problems`. */
export function invalidCsvRows(problems: CsvProblem<string>[]): AppError {
  const lines = new Set(problems.map((problem) => problem.line)).size;
  const [first] = problems;
  const message = `${lines} ${lines === 1 ? 'row has' : 'rows have'} problems; nothing was imported. First: line ${first.line}${first.column ? `, column ${first.column}` : ''}: ${first.message}.`;
  return new AppError(ErrorCode.BAD_USER_INPUT, message, { reason: ErrorReason.INVALID_ROWS, problems });
}
