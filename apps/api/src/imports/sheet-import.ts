import { Readable } from 'node:stream';
import { applyDecorators, HttpCode, Post } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import ExcelJS from 'exceljs';
import { z } from 'zod';
import { badRequest, tooLarge } from '../common/errors.js';
import { FileUpload } from '../common/upload.js';
import { countOf, readZip, ZipRefused } from '../common/zip-guard.js';

/**
 * What an import takes (README, "Imports"): a file of at most 5 MB, whose .xlsx parts decompress to at most
 * 20 MB, with at most 5,000 data rows, 50 columns and 2,000 characters a cell. Checked before the file is parsed,
 * so a decompression bomb costs nothing.
 */
export const IMPORT_LIMITS = {
  bytes: 5 * 1024 * 1024,
  uncompressed: 20 * 1024 * 1024,
  entries: 200,
  rows: 5000,
  columns: 50,
  cellChars: 2000,
} as const;
const L = IMPORT_LIMITS;
const TOO_BIG = `file: tệp quá lớn; tối đa ${L.bytes / 1024 / 1024} MB, ${L.uncompressed / 1024 / 1024} MB khi giải nén, ${L.rows} dòng, ${L.columns} cột / the file is over the import limits`;

/** An uploaded spreadsheet, as multer hands it over. */
export interface SheetFile {
  originalname: string;
  buffer: Buffer;
}

/** The answer of every import: each row with its errors; `saved` only once committed. */
export const ImportResult = z.object({
  rows: z.array(z.object({ row: z.number(), values: z.record(z.string(), z.unknown()), errors: z.array(z.string()) })),
  valid: z.number(),
  invalid: z.number(),
  saved: z.number().optional(),
});
export type ImportResult = z.infer<typeof ImportResult>;

/** `POST <resource>/import`: multipart `file` (.xlsx or .csv), `?commit=1` to save; documented in OpenAPI. */
export const ImportRoute = () =>
  applyDecorators(
    Post('import'),
    ApiOperation({ summary: 'Nhập từ tệp Excel/CSV: xem trước, hoặc ghi tất cả với commit=1' }),
    HttpCode(200),
    ApiConsumes('multipart/form-data'),
    ApiBody({
      schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary' } } },
    }),
    ApiOkResponse({
      standardSchema: ImportResult,
      description:
        'Without commit=1 only the preview; with it every row is saved in one transaction, or none if any row is wrong',
    }),
    FileUpload(L.bytes),
  );

/**
 * A cell as text: Excel dates become YYYY-MM-DD, rich text and formulas their shown value; Vietnamese composed
 * (NFC), as a file typed in "Unicode tổ hợp" holds it decomposed and would match no header or unit name.
 */
function cellText(v: unknown): string {
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (v && typeof v === 'object') {
    if ('text' in v) return String((v as { text: unknown }).text).normalize('NFC');
    if ('result' in v) return cellText((v as { result: unknown }).result);
  }
  return String(v ?? '')
    .normalize('NFC')
    .trim();
}

/**
 * Reads the first sheet (XLSX) or a CSV into rows keyed by the known headers (case-insensitive); row numbers are
 * the file's own (header = 1). Refuses a missing or unreadable file, a missing required column, or no data rows.
 */
export async function readSheet<K extends string>(
  file: SheetFile | undefined,
  headers: Record<string, K>,
  required: { key: K; label: string },
): Promise<{ row: number; raw: Partial<Record<K, string>> }[]> {
  if (!file) throw badRequest('file: hãy chọn tệp .xlsx hoặc .csv / attach an .xlsx or .csv file', 'file-required');
  const wb = new ExcelJS.Workbook();
  if (/\.csv$/i.test(file.originalname)) {
    // Excel in Vietnamese locales separates with ";". Cells stay text: no guessing of numbers or (US) dates.
    const firstLine =
      file.buffer
        .subarray(0, 64 * 1024)
        .toString('utf8')
        .split(/\r?\n/, 1)[0] ?? '';
    const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
    // Rows and cells are bounded before parsing: a line of a million separators would be a million cells.
    const cells = (L.rows + 1) * L.columns;
    if (countOf(file.buffer, '\n', L.rows + 1) > L.rows + 1 || countOf(file.buffer, delimiter, cells) > cells)
      throw tooLarge(TOO_BIG, 'import-too-large');
    const text = file.buffer.toString('utf8').replace(/^\uFEFF/, '');
    await wb.csv.read(Readable.from(text), { map: (v: unknown) => v, parserOptions: { delimiter } });
  } else {
    guardXlsx(file.buffer);
    try {
      await wb.xlsx.load(file.buffer as never);
    } catch {
      throw unreadable();
    }
  }
  const sheet = wb.worksheets[0];
  if (sheet && (sheet.rowCount > L.rows + 1 || sheet.columnCount > L.columns))
    throw tooLarge(TOO_BIG, 'import-too-large');
  const header = sheet ? (sheet.getRow(1).values as unknown[]).map((v) => headers[cellText(v).toLowerCase()]) : [];
  if (!header.includes(required.key))
    throw badRequest(
      `file: thiếu cột "${required.label}" / missing the "${required.label}" (${required.key}) column`,
      'bad-import-header',
    );
  const out: { row: number; raw: Partial<Record<K, string>> }[] = [];
  sheet!.eachRow((r, n) => {
    if (n === 1) return;
    const raw: Partial<Record<K, string>> = {};
    (r.values as unknown[]).forEach((v, i) => {
      const key = header[i];
      const text = cellText(v);
      if (text.length > L.cellChars)
        throw badRequest(
          `file: ô ở dòng ${n} dài quá ${L.cellChars} ký tự / a cell on row ${n} is over ${L.cellChars} characters`,
          'import-cell-too-long',
        );
      if (key && text !== '') raw[key] = text;
    });
    if (Object.keys(raw).length) out.push({ row: n, raw });
  });
  if (out.length === 0)
    throw badRequest('file: tệp không có dòng dữ liệu nào / the file has no data rows', 'empty-import');
  return out;
}

const unreadable = () =>
  badRequest(
    'file: không đọc được tệp; hãy dùng .xlsx hoặc .csv / cannot read the file: use .xlsx or .csv',
    'bad-file-type',
  );

/**
 * Refuses an .xlsx whose parts would decompress past the limits (a zip bomb), or whose worksheets hold more rows
 * or cells than an import takes, from the archive's own directory and a capped inflate: before exceljs sees it.
 */
function guardXlsx(buffer: Buffer): void {
  let entries;
  try {
    entries = readZip(buffer, { entries: L.entries, uncompressed: L.uncompressed });
  } catch (e) {
    if (e instanceof ZipRefused && e.reason === 'too-large') throw tooLarge(TOO_BIG, 'import-too-large');
    throw unreadable();
  }
  const cells = (L.rows + 1) * L.columns;
  for (const { name, data } of entries)
    if (
      /^xl\/worksheets\/[^/]+\.xml$/.test(name) &&
      (countOf(data, '<row ', L.rows + 1) > L.rows + 1 || countOf(data, '<c ', cells) > cells)
    )
      throw tooLarge(TOO_BIG, 'import-too-large');
}

/** The message of a refusal thrown while checking a row (our errors carry it in their response). */
export function refusal(e: unknown): string {
  return (e as { response?: { message?: string } }).response?.message ?? String(e);
}

/**
 * Checks every row, then saves all of them only when asked to and none is wrong. Runs inside the caller's
 * transaction, so the rows and their audit events commit together.
 */
export async function previewOrSave<R extends object, T>(
  rows: { row: number; raw: R }[],
  commit: boolean,
  check: (raw: R, errors: string[]) => Promise<T | undefined>,
  save: (items: T[]) => Promise<void>,
): Promise<ImportResult> {
  const checked: ImportResult['rows'] = [];
  const items: T[] = [];
  for (const { row, raw } of rows) {
    const errors: string[] = [];
    const item = await check(raw, errors);
    checked.push({ row, values: { ...(raw as Record<string, unknown>) }, errors });
    if (errors.length === 0 && item !== undefined) items.push(item);
  }
  const invalid = checked.filter((c) => c.errors.length).length;
  const result = { rows: checked, valid: checked.length - invalid, invalid };
  if (!commit || invalid > 0) return result;
  await save(items);
  return { ...result, saved: items.length };
}

/** Zod issues of a row as "field: message", leaving out a field already reported otherwise. */
export const issues = (e: z.ZodError, skip?: string) =>
  e.issues.filter((i) => i.path[0] !== skip).map((i) => `${i.path.join('.')}: ${i.message}`);

/** A number as people type it in a cell ("75,5" too); absent stays absent. */
export const cellNumber = (text: string | undefined) =>
  text === undefined ? undefined : Number(text.replace(',', '.'));

/** A date cell (dd/mm/yyyy or YYYY-MM-DD) as YYYY-MM-DD; anything else is left for the schema to refuse. */
export function cellDate(text: string | undefined): string | undefined {
  const m = text ? /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text) : null;
  return m ? `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}` : text;
}
