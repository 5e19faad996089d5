import { searchText, TIERS, vietnameseSortKey } from '@thidua/domain';
import { z } from 'zod';
import { dbId, isoDate } from '../common/validation.js';
import { badRequest } from '../common/errors.js';
import { crudController } from '../crud/crud.controller.js';
import { eq } from '../common/list-query.js';
import { type CrudSpec, requireUnit } from '../crud/scoped-crud.js';
import { Unit } from '../database/entities/index.js';

export const UnitInput = z.object({
  provinceSlug: z.string().optional(),
  name: z.string().trim().min(2).max(300),
  tier: z.enum(TIERS),
  parentId: dbId.nullable().optional(),
  code: z.string().max(40).nullable().optional(),
  staffCount: z.number().int().min(0).max(1_000_000).optional(),
  validTo: isoDate.nullable().optional(),
  successorId: dbId.nullable().optional(),
});
export type UnitInput = z.infer<typeof UnitInput>;
export const UnitRow = UnitInput.extend({ id: z.number(), provinceSlug: z.string() });

/** A unit's values from input: the tier must be one the plan lists; parent and successor in the same province. */
export async function unitValues(
  input: Partial<UnitInput>,
  ctx: Parameters<CrudSpec<Unit>['prepare']>[1],
): Promise<Partial<Unit>> {
  if (input.tier && !ctx.manifest.tiers.some((t) => t.tier === input.tier)) {
    throw badRequest(
      `tier: kế hoạch của tỉnh không có đối tượng "${input.tier}" / the plan has no tier "${input.tier}"`,
      'bad-tier',
    );
  }
  if (input.parentId) {
    await requireUnit(ctx.em, ctx.province, input.parentId, 'parentId');
    if (ctx.existing && input.parentId === ctx.existing.id)
      throw badRequest('parentId: một đơn vị không thể là cấp trên của chính nó / a unit cannot be its own parent');
  }
  if (input.successorId) await requireUnit(ctx.em, ctx.province, input.successorId, 'successorId');
  if (ctx.existing) {
    // A unit cannot end up under itself, nor be merged into itself: the tree and the succession are chains.
    for (const field of ['parentId', 'successorId'] as const) {
      const start = input[field];
      if (start && (await leadsTo(ctx.em, start, field, ctx.existing.id)))
        throw badRequest(
          field === 'parentId'
            ? `parentId: đơn vị #${start} nằm dưới "${ctx.existing.name}", không thể là cấp trên của nó / the unit would be under itself`
            : `successorId: đơn vị #${start} là "${ctx.existing.name}" hoặc kế tiếp nó, không thể kế tiếp nó / a unit cannot succeed itself`,
          'unit-cycle',
        );
    }
  }
  const { provinceSlug: _ignored, ...rest } = input;
  return {
    ...rest,
    ...(input.name ? { sortKey: vietnameseSortKey(input.name), searchText: searchText(input.name) } : {}),
  };
}

/** Whether following `field` (parent or successor) from unit `from` reaches unit `target` (a cycle if linked). */
async function leadsTo(
  em: Parameters<CrudSpec<Unit>['prepare']>[1]['em'],
  from: number,
  field: 'parentId' | 'successorId',
  target: number,
): Promise<boolean> {
  const seen = new Set<number>();
  for (let at: number | null = from; at !== null && !seen.has(at);) {
    if (at === target) return true;
    seen.add(at);
    at = (await em.getRepository(Unit).findOneBy({ id: at }))?.[field] ?? null;
  }
  return false;
}

export const unitsSpec: CrudSpec<Unit, UnitInput> = {
  entity: Unit,
  resource: 'units',
  label: 'đơn vị',
  list: {
    sortable: { name: 'r.sortKey', tier: 'r.tier', id: 'r.id', staffCount: 'r.staffCount' },
    defaultSort: ['name', 'ASC'],
    filters: {
      id: eq('r.id'),
      tier: eq('r.tier'),
      parentId: (qb, v, key) => (v === null ? qb.andWhere('r.parentId IS NULL') : eq<Unit>('r.parentId')(qb, v, key)),
      q: (qb, v) => qb.andWhere('r.searchText LIKE :q', { q: `%${searchText(String(v))}%` }),
      active: (qb, v) => qb.andWhere(v ? 'r.validTo IS NULL' : 'r.validTo IS NOT NULL'),
    },
  },
  // A clerk sees their own unit and the units directly under it.
  clerkUnit: (u) => u.id,
  clerkFilter: (qb, unitId) => qb.andWhere('(r.id = :cu OR r.parentId = :cu)', { cu: unitId }),
  prepare: unitValues,
};

export class UnitsController extends crudController('units', unitsSpec, {
  create: UnitInput,
  update: UnitInput.partial(),
  row: UnitRow,
}) {}
