import { Injectable } from '@nestjs/common';
import type { ProvinceManifest, Resource } from '@thidua/domain';
import type { Response } from 'express';
import { DataSource, type EntityManager, type EntityTarget, type SelectQueryBuilder } from 'typeorm';
import type { z } from 'zod';
import { AuditService } from '../audit/audit.service.js';
import { assertVisible, authorize, type Principal, writeProvince } from '../auth/principal.js';
import { Transactions } from '../database/transactions.js';
import { ProvincesRegistry } from '../provinces/provinces.registry.js';
import { Unit } from '../database/entities/index.js';
import { badRequest, forbidden } from '../common/errors.js';
import { type ListParams, type ListSpec, paginate } from '../common/list-query.js';
import { scopedList } from './scoped-list.js';
import {
  type ImportResult,
  issues,
  previewOrSave,
  readSheet,
  refusal,
  type SheetFile,
} from '../imports/sheet-import.js';

const CLERK_OWN_UNIT = 'Cán bộ đơn vị chỉ thao tác trên dữ liệu của đơn vị mình / clerks work on their own unit only';

export interface Scoped {
  id: number;
  provinceSlug: string | null;
}

export interface WriteContext<E> {
  em: EntityManager;
  user: Principal;
  province: string;
  manifest: ProvinceManifest;
  existing?: E;
}

/** How one province-scoped resource is listed, shown and written; ScopedCrud does the rest the same way for all. */
export interface CrudSpec<E extends Scoped, In = Record<string, unknown>> {
  entity: EntityTarget<E>;
  resource: Resource;
  /** Vietnamese noun for messages ("đơn vị"). */
  label: string;
  list: Omit<ListSpec<E>, 'resource'>;
  /** The unit a unit clerk must own to see or change a row; absent = clerks see the whole province. */
  clerkUnit?: (row: E) => number | null;
  /** The same restriction as SQL on the list, for the clerk's unit. */
  clerkFilter?: (qb: SelectQueryBuilder<E>, unitId: number) => void;
  /** What the API returns of a row (e.g. never a password hash); the row itself by default. */
  present?: (row: E) => unknown;
  /** Validates references and turns input into column values. */
  prepare(input: In, ctx: WriteContext<E>): Promise<Partial<E>>;
}

/** How a spreadsheet's rows become a resource's input; the "unit" column names a unit by its code or exact name. */
export interface SheetSpec<In> {
  headers: Record<string, string>;
  /** Typed values of a row's text cells, before the schema checks them. */
  fields(raw: Partial<Record<string, string>>): Record<string, unknown>;
  schema: z.ZodType<In>;
  /** Columns a row may not repeat, in the file or the database (the table's unique key). */
  unique: readonly (keyof In & string)[];
  /** Vietnamese refusal of a repeated row. */
  duplicate: string;
}

/** List / get / create / update / delete of a province-scoped resource, with tenancy, permissions and audit. */
@Injectable()
export class ScopedCrud {
  constructor(
    private readonly ds: DataSource,
    private readonly tx: Transactions,
    private readonly audit: AuditService,
    private readonly provinces: ProvincesRegistry,
  ) {}

  async list<E extends Scoped>(
    spec: CrudSpec<E, never>,
    user: Principal,
    params: ListParams,
    res: Response,
  ): Promise<E[]> {
    const { qb, query } = scopedList(this.ds, spec.entity, user, spec.resource, params);
    if (user.role === 'unit-clerk' && spec.clerkFilter) spec.clerkFilter(qb, user.unitId ?? -1);
    return paginate(qb, query, { ...spec.list, resource: spec.resource }, res);
  }

  async get<E extends Scoped>(
    spec: CrudSpec<E, never>,
    user: Principal,
    id: number,
    em: EntityManager = this.ds.manager,
  ): Promise<E> {
    authorize(user, 'read', spec.resource);
    const row = await em.getRepository(spec.entity).findOneBy({ id } as never);
    assertVisible(user, row, spec.label, row && spec.clerkUnit ? [spec.clerkUnit(row)] : []);
    return row;
  }

  create<E extends Scoped, In extends { provinceSlug?: string }>(
    spec: CrudSpec<E, In>,
    user: Principal,
    input: In,
  ): Promise<E> {
    authorize(user, 'create', spec.resource);
    const province = writeProvince(user, input.provinceSlug);
    return this.tx.run(async (em) => {
      const values = await spec.prepare(input, { em, user, province, manifest: this.provinces.get(province) });
      const row = em.getRepository(spec.entity).create({ ...values, provinceSlug: province } as never) as unknown as E;
      this.assertClerkOwns(spec, user, row);
      const saved = (await em.getRepository(spec.entity).save(row as never)) as unknown as E;
      await this.audit.record(em, user, {
        action: 'create',
        entity: spec.resource,
        entityId: saved.id,
        provinceSlug: province,
        after: saved,
      });
      return saved;
    });
  }

  update<E extends Scoped, In>(spec: CrudSpec<E, In>, user: Principal, id: number, input: In): Promise<E> {
    authorize(user, 'update', spec.resource);
    return this.tx.run(async (em) => {
      const existing = await this.get(spec as CrudSpec<E, never>, user, id, em);
      const before = { ...existing };
      const values = await spec.prepare(input, {
        em,
        user,
        province: existing.provinceSlug ?? '',
        manifest: this.provinces.get(existing.provinceSlug ?? ''),
        existing,
      });
      const row = em.getRepository(spec.entity).merge(existing, values as never);
      this.assertClerkOwns(spec, user, row);
      const saved = (await em.getRepository(spec.entity).save(row as never)) as unknown as E;
      await this.audit.record(em, user, {
        action: 'update',
        entity: spec.resource,
        entityId: id,
        provinceSlug: existing.provinceSlug,
        before,
        after: saved,
      });
      return saved;
    });
  }

  remove<E extends Scoped>(spec: CrudSpec<E, never>, user: Principal, id: number): Promise<E> {
    authorize(user, 'delete', spec.resource);
    return this.tx.run(async (em) => {
      const existing = await this.get(spec, user, id, em);
      await em.getRepository(spec.entity).delete({ id } as never);
      await this.audit.record(em, user, {
        action: 'delete',
        entity: spec.resource,
        entityId: id,
        provinceSlug: existing.provinceSlug,
        before: existing,
      });
      return existing;
    });
  }

  /**
   * Imports rows of a spreadsheet through the resource's own checks (`prepare`, clerk scope, unique key): a
   * preview with each row's errors, or with `commit` every row and its audit event in one transaction.
   */
  async importRows<E extends Scoped, In extends { unitId: number }>(
    spec: CrudSpec<E, Partial<In>>,
    sheet: SheetSpec<In>,
    user: Principal,
    file: SheetFile | undefined,
    opts: { commit: boolean; provinceSlug?: string },
  ): Promise<ImportResult> {
    authorize(user, 'create', spec.resource);
    const rows = await readSheet(file, sheet.headers, { key: 'unit', label: 'Đơn vị' });
    const province = writeProvince(user, opts.provinceSlug);
    const manifest = this.provinces.get(province);
    return this.tx.run(async (em) => {
      const repo = em.getRepository(spec.entity);
      const units = await em.getRepository(Unit).findBy({ provinceSlug: province });
      const seen = new Set<string>();
      const check = async (raw: Partial<Record<string, string>>, errors: string[]): Promise<E | undefined> => {
        const unit = raw.unit ? units.find((u) => u.code === raw.unit || u.name === raw.unit) : undefined;
        errors.push(
          ...(!raw.unit
            ? ['unit: hãy ghi mã hoặc tên đơn vị']
            : !unit
              ? [`Đơn vị "${raw.unit}" không có trong tỉnh`]
              : []),
        );
        const parsed = sheet.schema.safeParse({ ...sheet.fields(raw), unitId: unit?.id });
        if (!parsed.success) errors.push(...issues(parsed.error, 'unitId'));
        if (!parsed.success || errors.length) return undefined;
        let row: E;
        try {
          row = repo.create({
            ...(await spec.prepare(parsed.data, { em, user, province, manifest })),
            provinceSlug: province,
          } as never) as unknown as E;
        } catch (e) {
          errors.push(refusal(e));
          return undefined;
        }
        if (!this.clerkOwns(spec, user, row)) errors.push(CLERK_OWN_UNIT);
        const key = Object.fromEntries(sheet.unique.map((k) => [k, parsed.data[k]]));
        if (seen.has(JSON.stringify(key)) || (await repo.existsBy(key as never))) errors.push(sheet.duplicate);
        seen.add(JSON.stringify(key));
        return errors.length ? undefined : row;
      };
      return previewOrSave(rows, opts.commit, check, async (items) => {
        for (const item of items) {
          const saved = (await repo.save(item as never)) as unknown as E;
          await this.audit.record(em, user, {
            action: 'import',
            entity: spec.resource,
            entityId: saved.id,
            provinceSlug: province,
            after: saved,
          });
        }
      });
    });
  }

  private clerkOwns<E extends Scoped>(spec: CrudSpec<E, never>, user: Principal, row: E): boolean {
    return user.role !== 'unit-clerk' || !spec.clerkUnit || spec.clerkUnit(row) === user.unitId;
  }

  private assertClerkOwns<E extends Scoped>(spec: CrudSpec<E, never>, user: Principal, row: E): void {
    if (!this.clerkOwns(spec, user, row)) throw forbidden(CLERK_OWN_UNIT);
  }
}

/** A unit of the province, or a 400 naming the id (a reference in a body, not a path: not a 404). */
export async function requireUnit(
  em: EntityManager,
  province: string,
  unitId: number,
  field = 'unitId',
): Promise<Unit> {
  const unit = await em.getRepository(Unit).findOneBy({ id: unitId, provinceSlug: province });
  if (!unit)
    throw badRequest(
      `${field}: đơn vị #${unitId} không thuộc tỉnh này / unit #${unitId} is not in this province`,
      'bad-reference',
    );
  return unit;
}
