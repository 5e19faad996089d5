import { Query, UploadedFile } from '@nestjs/common';
import { z } from 'zod';
import { CurrentUser, type Principal } from '../auth/principal.js';
import { dbId, isoDate } from '../common/validation.js';
import { badRequest } from '../common/errors.js';
import { crudController } from '../crud/crud.controller.js';
import { eq } from '../common/list-query.js';
import { type CrudSpec, requireUnit, type SheetSpec } from '../crud/scoped-crud.js';
import { cellDate, cellNumber, ImportRoute, type SheetFile } from '../imports/sheet-import.js';
import { Registration } from '../database/entities/index.js';

export const RegistrationInput = z.object({
  provinceSlug: z.string().optional(),
  unitId: dbId,
  year: z.number().int().min(2000).max(2100),
  registeredOn: isoDate,
  note: z.string().max(1000).nullable().optional(),
});
type RegistrationInput = z.infer<typeof RegistrationInput>;
const RegistrationRow = RegistrationInput.extend({ id: z.number(), provinceSlug: z.string() });

export const registrationsSpec: CrudSpec<Registration, Partial<RegistrationInput>> = {
  entity: Registration,
  resource: 'registrations',
  label: 'đăng ký thi đua',
  list: {
    sortable: { year: 'r.year', registeredOn: 'r.registeredOn', unitId: 'r.unitId', id: 'r.id' },
    defaultSort: ['registeredOn', 'DESC'],
    filters: { id: eq('r.id'), unitId: eq('r.unitId'), year: eq('r.year') },
  },
  clerkUnit: (r) => r.unitId,
  clerkFilter: (qb, unitId) => qb.andWhere('r.unitId = :cu', { cu: unitId }),
  async prepare(input, ctx) {
    const span = ctx.manifest.movement.span;
    if (input.year && (input.year < Number(span.from.slice(0, 4)) || input.year > Number(span.to.slice(0, 4)))) {
      throw badRequest(
        `year: phong trào diễn ra từ ${span.from.slice(0, 4)} đến ${span.to.slice(0, 4)} / the movement runs ${span.from.slice(0, 4)}–${span.to.slice(0, 4)}`,
        'bad-year',
      );
    }
    if (input.unitId) await requireUnit(ctx.em, ctx.province, input.unitId);
    const { provinceSlug: _ignored, ...rest } = input;
    return rest;
  },
};

/** Registrations from a spreadsheet: unit (code or exact name), year, registration date (dd/mm/yyyy or ISO), note. */
const registrationsSheet: SheetSpec<Omit<RegistrationInput, 'provinceSlug'>> = {
  headers: {
    'đơn vị': 'unit',
    unit: 'unit',
    năm: 'year',
    year: 'year',
    'ngày đăng ký': 'registeredOn',
    registeredon: 'registeredOn',
    'ghi chú': 'note',
    note: 'note',
  },
  fields: (raw) => ({ year: cellNumber(raw.year), registeredOn: cellDate(raw.registeredOn), note: raw.note ?? null }),
  schema: RegistrationInput.omit({ provinceSlug: true }),
  unique: ['unitId', 'year'],
  duplicate: 'Đơn vị đã đăng ký thi đua năm này',
};

export class RegistrationsController extends crudController('registrations', registrationsSpec, {
  create: RegistrationInput,
  update: RegistrationInput.partial(),
  row: RegistrationRow,
}) {
  /** Imports registrations from an .xlsx or .csv file: a preview first; `commit=1` saves every row or none. */
  @ImportRoute()
  import(
    @CurrentUser() user: Principal,
    @UploadedFile() file: SheetFile | undefined,
    @Query('commit') commit?: string,
    @Query('provinceSlug') provinceSlug?: string,
  ) {
    return this.crud.importRows(registrationsSpec, registrationsSheet, user, file, {
      commit: commit === '1',
      provinceSlug,
    });
  }
}
