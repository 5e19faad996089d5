import { searchText, vietnameseSortKey } from '@thidua/domain';
import { z } from 'zod';
import { dbId } from '../common/validation.js';
import { crudController } from '../crud/crud.controller.js';
import { eq } from '../common/list-query.js';
import { type CrudSpec, requireUnit } from '../crud/scoped-crud.js';
import { Person } from '../database/entities/index.js';

export const PersonInput = z.object({
  provinceSlug: z.string().optional(),
  unitId: dbId,
  fullName: z.string().trim().min(2).max(200),
  position: z.string().trim().min(1).max(200),
  isLeader: z.boolean().default(false),
});
type PersonInput = z.infer<typeof PersonInput>;
const PersonRow = PersonInput.extend({ id: z.number(), provinceSlug: z.string() });

export const peopleSpec: CrudSpec<Person, Partial<PersonInput>> = {
  entity: Person,
  resource: 'people',
  label: 'cá nhân',
  list: {
    sortable: { fullName: 'r.sortKey', position: 'r.position', id: 'r.id' },
    defaultSort: ['fullName', 'ASC'],
    filters: {
      id: eq('r.id'),
      unitId: eq('r.unitId'),
      isLeader: eq('r.isLeader'),
      q: (qb, v) => qb.andWhere('r.searchText LIKE :q', { q: `%${searchText(String(v))}%` }),
    },
  },
  clerkUnit: (p) => p.unitId,
  clerkFilter: (qb, unitId) => qb.andWhere('r.unitId = :cu', { cu: unitId }),
  async prepare(input, ctx) {
    if (input.unitId) await requireUnit(ctx.em, ctx.province, input.unitId);
    const { provinceSlug: _ignored, ...rest } = input;
    return {
      ...rest,
      ...(input.fullName ? { sortKey: vietnameseSortKey(input.fullName), searchText: searchText(input.fullName) } : {}),
    };
  },
};

export class PeopleController extends crudController('people', peopleSpec, {
  create: PersonInput,
  update: PersonInput.partial(),
  row: PersonRow,
}) {}
