import ExcelJS from 'exceljs';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';

/** Public API: the formats a table can be downloaded in. */
export enum TableFileFormat {
  CSV = 'CSV',
  XLSX = 'XLSX',
}
registerEnumType(TableFileFormat, {
  name: 'TableFileFormat',
  valuesConfig: {
    CSV: { description: 'RFC 4180, UTF-8 with a BOM (spreadsheet programs then read Cyrillic right), comma-separated.' },
    XLSX: { description: 'An Excel workbook with one sheet; numbers and dates are typed cells.' },
  },
});

/**
 * A downloadable file as a GraphQL value: every export of the API (tables, case lists, the infographic)
 * answers this one type, so a client has one way to save them (decode `base64`, save as `fileName`).
 */
@ObjectType({ description: 'A file to download: decode base64 and save it as fileName.' })
export class ExportFile {
  @Field({ description: 'A suggested file name, with its extension.' })
  fileName: string;

  @Field({ description: 'The MIME type (text/csv; charset=utf-8, application/vnd.openxmlformats-officedocument.spreadsheetml.sheet, image/png, application/pdf).' })
  contentType: string;

  @Field(() => Int, { description: 'Size of the decoded file in bytes.' })
  byteLength: number;

  @Field({ description: 'The file content, base64-encoded.' })
  base64: string;
}

export function exportFile(fileName: string, contentType: string, content: Buffer): ExportFile {
  return { fileName, contentType, byteLength: content.length, base64: content.toString('base64') };
}

/** A value of a table cell: text, a number, a date-time, or empty. */
export type CellValue = string | number | Date | boolean | null;

export interface TableColumn {
  header: string;
  /** Column width in characters in a workbook. */
  width?: number;
}

export interface Table {
  /** The sheet's name and the file's stem. */
  name: string;
  columns: TableColumn[];
  rows: CellValue[][];
}

function csvCell(value: CellValue): string {
  const text = value == null ? '' : value instanceof Date ? value.toISOString() : typeof value === 'boolean' ? (value ? 'да' : 'нет') : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The same CSV as the admin's (admin/common/csv.ts): RFC 4180 with a BOM and CRLF line ends. */
export function tableToCsv(table: Table): Buffer {
  const lines = [table.columns.map((column) => csvCell(column.header)), ...table.rows.map((row) => row.map(csvCell))];
  return Buffer.from(`\uFEFF${lines.map((cells) => cells.join(',')).join('\r\n')}\r\n`, 'utf8');
}

export async function tableToXlsx(table: Table): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Repbase';
  const sheet = workbook.addWorksheet(table.name.slice(0, 31));
  sheet.columns = table.columns.map((column) => ({ header: column.header, width: column.width ?? Math.max(12, column.header.length + 2) }));
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  for (const row of table.rows) sheet.addRow(row.map((value) => (typeof value === 'boolean' ? (value ? 'да' : 'нет') : value)));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const CONTENT_TYPES: Record<TableFileFormat, string> = {
  [TableFileFormat.CSV]: 'text/csv; charset=utf-8',
  [TableFileFormat.XLSX]: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export async function tableFile(table: Table, format: TableFileFormat, stem: string): Promise<ExportFile> {
  const content = format === TableFileFormat.CSV ? tableToCsv(table) : await tableToXlsx(table);
  return exportFile(`${stem}.${format.toLowerCase()}`, CONTENT_TYPES[format], content);
}
