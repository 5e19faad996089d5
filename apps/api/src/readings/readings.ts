import { Query, UploadedFile } from '@nestjs/common';
import { findIndicator } from '@thidua/domain';
import { z } from 'zod';
import { CurrentUser, type Principal } from '../auth/principal.js';
import { badRequest } from '../common/errors.js';
import { crudController } from '../crud/crud.controller.js';
import { eq } from '../common/list-query.js';
import { type CrudSpec, requireUnit, type SheetSpec } from '../crud/scoped-crud.js';
import { dbId } from '../common/validation.js';
import { cellNumber, ImportRoute, type SheetFile } from '../imports/sheet-import.js';
import { IndicatorReading } from '../database/entities/index.js';

export const ReadingInput = z.object({
  provinceSlug: z.string().optional(),
  unitId: dbId,
  indicatorId: z.string().min(1).max(80),
  year: z.number().int().min(2000).max(2100),
  value: z.number().finite(),
  source: z.string().max(300).nullable().optional(),
});
type ReadingInput = z.infer<typeof ReadingInput>;
const ReadingRow = ReadingInput.extend({ id: z.number(), provinceSlug: z.string() });

/** The indicator exists in the national catalogue and a percentage lies within 0–100 (create, update, import). */
function checkReadingValue(indicatorId: string, value: number | undefined): void {
  const indicator = findIndicator(indicatorId);
  if (!indicator)
    throw badRequest(
      `indicatorId: "${indicatorId}" không có trong danh mục chỉ số quốc gia / not in the national catalogue`,
      'bad-indicator',
    );
  if (indicator.unit === 'percent' && value !== undefined && (value < 0 || value > 100))
    throw badRequest(`value: tỷ lệ phải từ 0 đến 100, nhận ${value} / a percentage must be within 0–100`, 'bad-value');
}

export const readingsSpec: CrudSpec<IndicatorReading, Partial<ReadingInput>> = {
  entity: IndicatorReading,
  resource: 'readings',
  label: 'số liệu chỉ số',
  list: {
    sortable: { year: 'r.year', indicatorId: 'r.indicatorId', value: 'r.value', unitId: 'r.unitId', id: 'r.id' },
    defaultSort: ['year', 'DESC'],
    filters: { id: eq('r.id'), unitId: eq('r.unitId'), indicatorId: eq('r.indicatorId'), year: eq('r.year') },
  },
  clerkUnit: (r) => r.unitId,
  clerkFilter: (qb, unitId) => qb.andWhere('r.unitId = :cu', { cu: unitId }),
  async prepare(input, ctx) {
    // A PUT may change the value alone: it is checked against the reading's own indicator, like a POST.
    const indicatorId = input.indicatorId ?? ctx.existing?.indicatorId;
    if (input.indicatorId !== undefined || input.value !== undefined)
      checkReadingValue(indicatorId ?? '', input.value ?? ctx.existing?.value);
    if (input.unitId) await requireUnit(ctx.em, ctx.province, input.unitId);
    const { provinceSlug: _ignored, ...rest } = input;
    return rest;
  },
};

/** Readings from a spreadsheet: unit (code or exact name), indicator id, year, value, source. */
const readingsSheet: SheetSpec<Omit<ReadingInput, 'provinceSlug'>> = {
  headers: {
    'đơn vị': 'unit',
    unit: 'unit',
    'chỉ số': 'indicatorId',
    'mã chỉ số': 'indicatorId',
    indicatorid: 'indicatorId',
    indicator: 'indicatorId',
    năm: 'year',
    year: 'year',
    'giá trị': 'value',
    value: 'value',
    nguồn: 'source',
    'nguồn số liệu': 'source',
    source: 'source',
  },
  fields: (raw) => ({
    indicatorId: raw.indicatorId,
    year: cellNumber(raw.year),
    value: cellNumber(raw.value),
    source: raw.source ?? null,
  }),
  schema: ReadingInput.omit({ provinceSlug: true }),
  unique: ['unitId', 'indicatorId', 'year'],
  duplicate: 'Đơn vị đã có số liệu của chỉ số này trong năm này',
};

export class ReadingsController extends crudController('readings', readingsSpec, {
  create: ReadingInput,
  update: ReadingInput.partial(),
  row: ReadingRow,
}) {
  /** Imports readings from an .xlsx or .csv file: a preview first; `commit=1` saves every row or none. */
  @ImportRoute()
  import(
    @CurrentUser() user: Principal,
    @UploadedFile() file: SheetFile | undefined,
    @Query('commit') commit?: string,
    @Query('provinceSlug') provinceSlug?: string,
  ) {
    return this.crud.importRows(readingsSpec, readingsSheet, user, file, { commit: commit === '1', provinceSlug });
  }
}
