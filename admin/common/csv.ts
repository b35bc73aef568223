import { downloadCSV } from 'react-admin';

/** One cell of RFC 4180: quoted when it holds a comma, a quote or a line break. */
function cell(value: unknown): string {
  const text = value == null ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A CSV file (UTF-8 with a BOM, so spreadsheet programs read Cyrillic right) from a header and rows. */
export function toCsv(header: string[], rows: unknown[][]): string {
  return `\uFEFF${[header, ...rows].map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;
}

export interface CsvColumn<R> {
  header: string;
  value: (record: R) => unknown;
}

/** A react-admin exporter (ExportButton, List's `exporter`) writing the given columns of the exported records. */
export function csvExporter<R>(filename: string, columns: CsvColumn<R>[]): (records: any[]) => void {
  return (records: R[]) => downloadCSV(toCsv(columns.map((column) => column.header), records.map((record) => columns.map((column) => column.value(record)))), filename);
}
