import { Controller, HttpCode, Post, Query, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { searchText, TIER_LABELS, TIERS } from '@thidua/domain';
import ExcelJS from 'exceljs';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { AuditService } from '../audit/audit.service.js';
import { authorize, CurrentUser, type Principal, writeProvince } from '../auth/principal.js';
import { badRequest } from '../common/errors.js';
import { Unit } from '../database/entities/index.js';
import { Transactions } from '../database/transactions.js';
import { ProvincesRegistry } from '../plugins/provinces.registry.js';
import { UnitInput, unitValues } from './units.js';

/** Column headers accepted (Vietnamese as in the template, or the API field names). */
const HEADERS: Record<string, keyof RawRow> = {
  'tên đơn vị': 'name', name: 'name', 'đối tượng': 'tier', tier: 'tier', 'mã': 'code', code: 'code',
  'đơn vị cấp trên': 'parent', parent: 'parent', 'số cbccvc': 'staffCount', staffcount: 'staffCount',
};
interface RawRow { name?: string; tier?: string; code?: string; parent?: string; staffCount?: string }

const ImportResult = z.object({
  rows: z.array(z.object({ row: z.number(), values: z.record(z.string(), z.unknown()), errors: z.array(z.string()) })),
  valid: z.number(), invalid: z.number(), saved: z.number().optional(),
});

/** Reads a sheet (XLSX) or CSV into header-keyed rows; row numbers are the file's own (header = 1). */
async function readRows(file: { originalname: string; buffer: Buffer }): Promise<{ row: number; raw: RawRow }[]> {
  const wb = new ExcelJS.Workbook();
  if (/\.csv$/i.test(file.originalname)) {
    const { Readable } = await import('node:stream');
    await wb.csv.read(Readable.from(file.buffer.toString('utf8').replace(/^\uFEFF/, '')));
  } else {
    try {
      await wb.xlsx.load(file.buffer as never);
    } catch {
      throw badRequest('file: không đọc được tệp; hãy dùng .xlsx hoặc .csv / cannot read the file: use .xlsx or .csv', 'bad-file-type');
    }
  }
  const sheet = wb.worksheets[0];
  if (!sheet) return [];
  const header = (sheet.getRow(1).values as unknown[]).map((v) => HEADERS[String(v ?? '').trim().toLowerCase()]);
  if (!header.includes('name')) throw badRequest('file: thiếu cột "Tên đơn vị" / missing the "Tên đơn vị" (name) column', 'bad-import-header');
  const out: { row: number; raw: RawRow }[] = [];
  sheet.eachRow((r, n) => {
    if (n === 1) return;
    const raw: RawRow = {};
    (r.values as unknown[]).forEach((v, i) => {
      const key = header[i];
      if (key && v !== null && v !== undefined && String(v).trim() !== '') raw[key] = String(typeof v === 'object' && v && 'text' in v ? (v as { text: string }).text : v).trim();
    });
    if (Object.keys(raw).length) out.push({ row: n, raw });
  });
  return out;
}

function tierOf(text: string | undefined): string | undefined {
  if (!text) return undefined;
  const key = searchText(text);
  return TIERS.find((t) => t === text || searchText(TIER_LABELS[t].vi) === key || searchText(TIER_LABELS[t].en) === key) ?? text;
}

@ApiTags('units')
@ApiBearerAuth()
@Controller('units')
export class UnitsImportController {
  constructor(private readonly ds: DataSource, private readonly tx: Transactions, private readonly audit: AuditService, private readonly provinces: ProvincesRegistry) {}

  /**
   * Imports units from an Excel or CSV file. Without `commit=1` it only checks every row and returns the preview
   * with each row's errors; with it, it saves all rows in one transaction, or none if any row is wrong.
   */
  @Post('import')
  @HttpCode(200)
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary' } } } })
  @ApiOkResponse({ standardSchema: ImportResult })
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: 5 * 1024 * 1024, files: 1 } }))
  async import(@CurrentUser() user: Principal, @UploadedFile() file: { originalname: string; buffer: Buffer } | undefined, @Query('commit') commit?: string, @Query('provinceSlug') provinceSlug?: string): Promise<z.infer<typeof ImportResult>> {
    authorize(user, 'create', 'units');
    if (!file) throw badRequest('file: hãy chọn tệp .xlsx hoặc .csv / attach an .xlsx or .csv file', 'file-required');
    const province = writeProvince(user, provinceSlug);
    const manifest = this.provinces.get(province);
    const rows = await readRows(file);
    if (rows.length === 0) throw badRequest('file: tệp không có dòng dữ liệu nào / the file has no data rows', 'empty-import');
    return this.tx.run(async (em) => {
      const existing = await em.getRepository(Unit).findBy({ provinceSlug: province });
      const byName = new Map(existing.map((u) => [searchText(u.name), u]));
      const checked = [];
      const created: { unit: Unit; parentKey?: string }[] = [];
      for (const { row, raw } of rows) {
        const errors: string[] = [];
        const parent = raw.parent ? byName.get(searchText(raw.parent)) ?? existing.find((u) => String(u.id) === raw.parent) : undefined;
        if (raw.parent && !parent) errors.push(`Đơn vị cấp trên "${raw.parent}" không có trong tỉnh`);
        const parsed = UnitInput.safeParse({ name: raw.name, tier: tierOf(raw.tier), code: raw.code ?? null, staffCount: raw.staffCount ? Number(raw.staffCount) : undefined, parentId: parent?.id ?? null });
        if (!parsed.success) errors.push(...parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
        if (raw.name && byName.has(searchText(raw.name))) errors.push(`Đơn vị "${raw.name}" đã có`);
        let values: Partial<Unit> = {};
        if (parsed.success && errors.length === 0) {
          try {
            values = await unitValues(parsed.data, { em, user, province, manifest });
          } catch (e) {
            errors.push((e as { response?: { message?: string } }).response?.message ?? String(e));
          }
        }
        checked.push({ row, values: { ...raw }, errors });
        if (errors.length === 0) {
          const unit = em.getRepository(Unit).create({ ...values, provinceSlug: province });
          // A parent created earlier in the same file has no id yet: link it by name when saving.
          created.push({ unit, parentKey: parent && !parent.id ? searchText(raw.parent!) : undefined });
          byName.set(searchText(raw.name!), unit); // a later row may name it as parent, or repeat it
        }
      }
      const invalid = checked.filter((c) => c.errors.length).length;
      const result = { rows: checked, valid: checked.length - invalid, invalid };
      if (commit !== '1' || invalid > 0) return result;
      for (const { unit, parentKey } of created) {
        if (parentKey) unit.parentId = byName.get(parentKey)!.id;
        const saved = await em.getRepository(Unit).save(unit);
        await this.audit.record(em, user, { action: 'import', entity: 'units', entityId: saved.id, provinceSlug: province, after: saved });
      }
      return { ...result, saved: created.length };
    });
  }
}
