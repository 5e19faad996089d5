import ExcelJS from 'exceljs';
import { fixZipDates } from './zip.js';

/** A column of a list export: its Vietnamese header and how to read the cell from a row. */
export interface Column<T> {
  header: string;
  value: (row: T) => string | number | null;
  /** Width in characters (XLSX). */
  width?: number;
}

export interface SheetOptions {
  sheetName?: string;
  /** YYYY-MM-DD written as the workbook's creation date (and its zip entries'), so exports are reproducible. */
  date: string;
}

/** An Excel workbook of one sheet: bold header row, frozen, filters on, numbers kept as numbers. */
export async function toXlsx<T>(
  rows: readonly T[],
  columns: readonly Column<T>[],
  options: SheetOptions,
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const at = new Date(`${options.date}T00:00:00Z`);
  wb.creator = 'thidua';
  wb.created = at;
  wb.modified = at;
  const sheet = wb.addWorksheet((options.sheetName ?? 'Danh sách').replace(/[[\]:*?/\\]/g, ' ').slice(0, 31), {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  sheet.columns = columns.map((c) => ({ header: c.header, width: c.width ?? Math.max(10, c.header.length + 2) }));
  for (const r of rows) sheet.addRow(columns.map((c) => c.value(r)));
  sheet.getRow(1).font = { bold: true };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: Math.max(1, columns.length) } };
  return fixZipDates(Buffer.from(await wb.xlsx.writeBuffer()), options.date);
}

function csvCell(v: string | number | null): string {
  if (v === null) return '';
  const s = String(v);
  // Quote when needed; neutralise formulas so a name like "=HYPERLINK(…)" is never run by a spreadsheet.
  const safe = /^[=+\-@\t\r]/.test(s) && typeof v !== 'number' ? `'${s}` : s;
  return /[",\r\n;]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** CSV that Excel opens with correct diacritics: UTF-8 with a byte-order mark, CRLF line ends. */
export function toCsv<T>(rows: readonly T[], columns: readonly Column<T>[]): Buffer {
  const lines = [
    columns.map((c) => csvCell(c.header)),
    ...rows.map((r) => columns.map((c) => csvCell(c.value(r)))),
  ].map((cells) => cells.join(','));
  return Buffer.from(`\ufeff${lines.join('\r\n')}\r\n`, 'utf8');
}
