import { findIndicator } from '@thidua/domain';
import { z } from 'zod';
import { badRequest } from '../common/errors.js';
import { crudController } from '../common/crud.controller.js';
import { eq } from '../common/list-query.js';
import { type CrudSpec, requireUnit } from '../common/scoped-crud.js';
import { IndicatorReading } from '../database/entities/index.js';

export const ReadingInput = z.object({
  provinceSlug: z.string().optional(),
  unitId: z.number().int().positive(),
  indicatorId: z.string().min(1).max(80),
  year: z.number().int().min(2000).max(2100),
  value: z.number().finite(),
  source: z.string().max(300).nullable().optional(),
});
type ReadingInput = z.infer<typeof ReadingInput>;
const ReadingRow = ReadingInput.extend({ id: z.number(), provinceSlug: z.string() });

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
    if (input.indicatorId) {
      const indicator = findIndicator(input.indicatorId);
      if (!indicator) throw badRequest(`indicatorId: "${input.indicatorId}" không có trong danh mục chỉ số quốc gia / not in the national catalogue`, 'bad-indicator');
      const value = input.value ?? ctx.existing?.value;
      if (indicator.unit === 'percent' && value !== undefined && (value < 0 || value > 100)) throw badRequest(`value: tỷ lệ phải từ 0 đến 100, nhận ${value} / a percentage must be within 0–100`, 'bad-value');
    }
    if (input.unitId) await requireUnit(ctx.em, ctx.province, input.unitId);
    const { provinceSlug: _ignored, ...rest } = input;
    return rest;
  },
};

export class ReadingsController extends crudController('readings', readingsSpec, { create: ReadingInput, update: ReadingInput.partial(), row: ReadingRow }) {}
