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

/** A record's cells and the line it starts on (the header is line 1). */
export interface CsvLine {
  cells: string[];
  line: number;
}

const QUOTE = 34;
const COMMA = 44;
const LF = 10;
const CR = 13;

/**
 * The records of a well-formed file, read in one pass over its characters: csv-parse reads a
 * character at a time through its options and was most of an import's time in Node (0.1-0.3 s of a
 * 2.7 MB file). It answers only for files it reads exactly as csv-parse does (the options of
 * parseCsvRecords), and null for anything else: a stray or unclosed quote, a lone CR, line ends that
 * change within the file, a CR inside a quoted cell (csv-parse counts its lines differently); the
 * caller then reads the file with csv-parse, whose messages say what is wrong.
 */
export function fastCsvLines(input: string): CsvLine[] | null {
  const csv = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const records: CsvLine[] = [];
  const length = csv.length;
  // 0: not known yet, 1: LF, 2: CRLF; csv-parse takes the first line end it meets for the whole file.
  let ending = 0;
  let line = 1;
  let at = 0;
  while (at < length) {
    const first = csv.charCodeAt(at);
    // An empty line is skipped (skip_empty_lines); one holding anything, even spaces, is a record.
    if (first === LF || first === CR) {
      const width = first === CR ? (csv.charCodeAt(at + 1) === LF ? 2 : 0) : 1;
      if (width === 0 || (ending !== 0 && ending !== width)) return null;
      ending = width;
      at += width;
      line += 1;
      continue;
    }
    const cells: string[] = [];
    const recordLine = line;
    for (;;) {
      let cell: string;
      if (csv.charCodeAt(at) === QUOTE) {
        let start = at + 1;
        let value = '';
        for (;;) {
          const close = csv.indexOf('"', start);
          if (close === -1) return null;
          const part = csv.slice(start, close);
          if (part.includes('\r')) return null;
          for (let index = part.indexOf('\n'); index !== -1; index = part.indexOf('\n', index + 1)) line += 1;
          value += part;
          if (csv.charCodeAt(close + 1) === QUOTE) {
            value += '"';
            start = close + 2;
            continue;
          }
          at = close + 1;
          break;
        }
        cell = value;
      } else {
        let end = at;
        for (; end < length; end += 1) {
          const code = csv.charCodeAt(end);
          if (code === COMMA || code === LF || code === CR) break;
          if (code === QUOTE) return null;
        }
        cell = csv.slice(at, end);
        at = end;
      }
      cells.push(cell);
      if (at >= length) break;
      const next = csv.charCodeAt(at);
      if (next === COMMA) {
        at += 1;
        continue;
      }
      if (next === LF || next === CR) {
        const width = next === CR ? (csv.charCodeAt(at + 1) === LF ? 2 : 0) : 1;
        if (width === 0 || (ending !== 0 && ending !== width)) return null;
        ending = width;
        at += width;
        line += 1;
        break;
      }
      // Anything else right after a closing quote.
      return null;
    }
    records.push({ cells, line: recordLine });
  }
  return records;
}

/** The records of a file with the lines they start on: the fast reader when it answers, csv-parse otherwise (it throws on a file that is not CSV). */
export function readCsvLines(csv: string): CsvLine[] {
  return fastCsvLines(csv) ?? parseCsvRecords(csv).map((record) => ({ cells: record.record, line: startLine(record) }));
}

/**
 * Reads a CSV whose header must be exactly `columns` and returns every problem of the file, in line
 * order: those of the file as such (not CSV, empty, wrong header, a line with too few or too many
 * cells) and those `visit` adds while it checks the cells of each well-formed record, so a person
 * fixes the whole file in one go. `columnCountHint` ends the message of a wrong count.
 */
export function readCsv<Column extends string>(csv: string, columns: readonly Column[], visit: (record: CsvRecord<Column>) => void, columnCountHint = ''): CsvProblem<Column>[] {
  let parsed: CsvLine[];
  try {
    parsed = readCsvLines(csv);
  } catch (error) {
    const { lines, message } = error as { lines?: number; message: string };
    return [{ line: lines ?? 1, column: null, message: `the file is not valid CSV: ${message}`, reason: ErrorReason.NOT_CSV }];
  }
  const [header, ...body] = parsed;
  const expected = columns.join(',');
  if (!header) return [{ line: 1, column: null, message: `the file is empty; the first line must be ${expected}`, reason: ErrorReason.EMPTY_FILE }];
  if (header.cells.map((name) => name.trim().toLowerCase()).join(',') !== expected) {
    const found = header.cells.join(',');
    return [{ line: header.line, column: null, message: `the header must be exactly "${expected}", found "${found}"`, reason: ErrorReason.WRONG_HEADER, value: found }];
  }
  const problems: CsvProblem<Column>[] = [];
  for (const record of body) {
    const { line } = record;
    const problem = (column: Column | null, reason: ErrorReason, message: string, value?: string) => {
      problems.push({ line, column, message, reason, ...(value === undefined ? {} : { value }) });
    };
    if (record.cells.length !== columns.length) {
      problem(null, ErrorReason.WRONG_COLUMN_COUNT, `expected ${columns.length} columns, found ${record.cells.length}${columnCountHint}`, String(record.cells.length));
      continue;
    }
    const cells = Object.fromEntries(columns.map((column, index) => [column, record.cells[index].trim()])) as Record<Column, string>;
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
