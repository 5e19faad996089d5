import type { Response } from 'express';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { z } from 'zod';
import { badRequest } from './errors.js';

/**
 * The list conventions of ra-data-simple-rest: `sort=["name","ASC"]`, `range=[0,24]`, `filter={"q":"…"}`;
 * the answer is a JSON array and a `Content-Range: units 0-24/319` header.
 */
export const ListParams = z.object({
  sort: z.string().optional(),
  range: z.string().optional(),
  filter: z.string().optional(),
});
export type ListParams = z.infer<typeof ListParams>;

export interface ListQuery {
  sort: [string, 'ASC' | 'DESC'] | undefined;
  range: [number, number];
  filter: Record<string, unknown>;
}

const MAX_PAGE = 1000;
/** The largest id or offset the databases take (PostgreSQL `integer`); beyond it a request is refused, not run. */
export const MAX_INT = 2_147_483_647;

const bad = (message: string) => badRequest(message, 'bad-list-query');

function json(name: string, text: string | undefined): unknown {
  if (text === undefined || text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw badRequest(`Tham số "${name}" không phải JSON hợp lệ / "${name}" is not valid JSON`, 'bad-list-query');
  }
}

export function parseListQuery(p: ListParams): ListQuery {
  const sort = json('sort', p.sort);
  const range = json('range', p.range) ?? [0, 24];
  const filter = json('filter', p.filter) ?? {};
  if (
    sort !== undefined &&
    !(
      Array.isArray(sort) &&
      sort.length === 2 &&
      typeof sort[0] === 'string' &&
      typeof sort[1] === 'string' &&
      ['ASC', 'DESC'].includes(sort[1].toUpperCase())
    )
  ) {
    throw badRequest(
      'Tham số "sort" phải có dạng ["trường","ASC"|"DESC"] / sort must be ["field","ASC"|"DESC"]',
      'bad-list-query',
    );
  }
  if (
    !Array.isArray(range) ||
    range.length !== 2 ||
    !range.every((n) => Number.isInteger(n) && n >= 0 && n <= MAX_INT) ||
    range[1] < range[0] ||
    range[1] - range[0] >= MAX_PAGE
  ) {
    throw badRequest(
      `Tham số "range" phải có dạng [đầu,cuối], tối đa ${MAX_PAGE} dòng / range must be [start,end], at most ${MAX_PAGE} rows`,
      'bad-list-query',
    );
  }
  if (typeof filter !== 'object' || filter === null || Array.isArray(filter))
    throw badRequest('Tham số "filter" phải là một đối tượng JSON / filter must be a JSON object', 'bad-list-query');
  return {
    sort: sort ? [sort[0] as string, String(sort[1]).toUpperCase() as 'ASC' | 'DESC'] : undefined,
    range: range as [number, number],
    filter: filter as Record<string, unknown>,
  };
}

/** A filter's value has been checked to be a scalar or a list of scalars; `key` names it in messages. */
export type FilterFn<T extends ObjectLiteral> = (qb: SelectQueryBuilder<T>, value: unknown, key: string) => void;

type Scalar = string | number | boolean | null;
const isScalar = (v: unknown): v is Scalar => v === null || ['string', 'number', 'boolean'].includes(typeof v);

/** A filter value is a JSON scalar or a list of them: an object would reach the SQL driver as a parameter. */
function checkFilterValue(key: string, value: unknown): void {
  if (isScalar(value) || (Array.isArray(value) && value.length <= MAX_PAGE && value.every(isScalar))) return;
  throw bad(
    `Tham số "filter.${key}" phải là một giá trị hoặc danh sách giá trị / "filter.${key}" must be a value or a list of values`,
  );
}

/** The column behind `alias.property` is an integer one (ids, years), when the query builder knows it. */
function isIntegerColumn<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, column: string): boolean {
  const [alias, property] = column.split('.');
  if (!alias || !property || !qb.expressionMap.aliases.some((a) => a.name === alias)) return false;
  const meta = qb.expressionMap.findAliasByName(alias);
  const type = meta.hasMetadata ? meta.metadata.findColumnWithPropertyName(property)?.type : undefined;
  return type === Number || ['int', 'integer', 'int4', 'smallint'].includes(String(type));
}

const isDbInteger = (v: unknown) =>
  (typeof v === 'number' && Number.isInteger(v) && Math.abs(v) <= MAX_INT) ||
  (typeof v === 'string' && /^-?\d{1,10}$/.test(v) && Math.abs(Number(v)) <= MAX_INT);

export interface ListSpec<T extends ObjectLiteral> {
  resource: string;
  /** Field the client sorts by → column expression (e.g. name → the collation key). */
  sortable: Record<string, string>;
  defaultSort: [string, 'ASC' | 'DESC'];
  filters: Record<string, FilterFn<T>>;
}

/** An equality filter on a column, accepting one value or a list. */
export function eq<T extends ObjectLiteral>(column: string): FilterFn<T> {
  return (qb, value, key) => {
    const param = `f_${column.replace(/\W/g, '_')}`;
    // PostgreSQL refuses "x" or 1e20 for an integer column with an error; say which filter is wrong instead.
    if (isIntegerColumn(qb, column) && !(Array.isArray(value) ? value : [value]).every(isDbInteger))
      throw bad(`Tham số "filter.${key}" phải là số nguyên / "filter.${key}" must be an integer`);
    if (Array.isArray(value)) {
      if (value.length === 0) qb.andWhere('1 = 0');
      else qb.andWhere(`${column} IN (:...${param})`, { [param]: value });
    } else qb.andWhere(`${column} = :${param}`, { [param]: value });
  };
}

/** Applies filter, sort and range; sets Content-Range; returns the page. Unknown filters and sorts are refused. */
export async function paginate<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  query: ListQuery,
  spec: ListSpec<T>,
  res: Response,
): Promise<T[]> {
  for (const [key, value] of Object.entries(query.filter)) {
    if (value === undefined || value === '') continue;
    // Own keys only: "__proto__" or "constructor" must not reach Object.prototype.
    const apply = Object.hasOwn(spec.filters, key) ? spec.filters[key] : undefined;
    if (!apply)
      throw badRequest(
        `Không lọc được theo "${key}"; dùng: ${Object.keys(spec.filters).join(', ')} / unknown filter "${key}"`,
        'bad-list-query',
      );
    checkFilterValue(key, value);
    apply(qb, value, key);
  }
  const [field, dir] = query.sort ?? spec.defaultSort;
  const column = Object.hasOwn(spec.sortable, field) ? spec.sortable[field] : undefined;
  if (!column)
    throw badRequest(
      `Không sắp xếp được theo "${field}"; dùng: ${Object.keys(spec.sortable).join(', ')} / cannot sort by "${field}"`,
      'bad-list-query',
    );
  qb.orderBy(column, dir).addOrderBy(`${qb.alias}.id`, dir);
  const [start, end] = query.range;
  const [rows, total] = await qb
    .skip(start)
    .take(end - start + 1)
    .getManyAndCount();
  res.setHeader('Content-Range', `${spec.resource} ${start}-${start + Math.max(rows.length - 1, 0)}/${total}`);
  return rows;
}
