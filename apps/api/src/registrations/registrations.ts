import { z } from 'zod';
import { isoDate } from '../common/validation.js';
import { badRequest } from '../common/errors.js';
import { crudController } from '../common/crud.controller.js';
import { eq } from '../common/list-query.js';
import { type CrudSpec, requireUnit } from '../common/scoped-crud.js';
import { Registration } from '../database/entities/index.js';

export const RegistrationInput = z.object({
  provinceSlug: z.string().optional(),
  unitId: z.number().int().positive(),
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
      throw badRequest(`year: phong trào diễn ra từ ${span.from.slice(0, 4)} đến ${span.to.slice(0, 4)} / the movement runs ${span.from.slice(0, 4)}–${span.to.slice(0, 4)}`, 'bad-year');
    }
    if (input.unitId) await requireUnit(ctx.em, ctx.province, input.unitId);
    const { provinceSlug: _ignored, ...rest } = input;
    return rest;
  },
};

export class RegistrationsController extends crudController('registrations', registrationsSpec, { create: RegistrationInput, update: RegistrationInput.partial(), row: RegistrationRow }) {}
