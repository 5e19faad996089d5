import type { Resource } from '@thidua/domain';
import type { DataSource, EntityTarget, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { authorize, type Principal, provinceScope } from '../auth/principal.js';
import { type ListParams, type ListQuery, parseListQuery } from '../common/list-query.js';

/**
 * The start of every list: the role may read the resource, the query parameters parse, and rows are limited to
 * the user's province (a national administrator may pick one with the provinceSlug filter). Alias: `r`.
 */
export function scopedList<T extends ObjectLiteral>(
  ds: DataSource,
  entity: EntityTarget<T>,
  user: Principal,
  resource: Resource,
  params: ListParams,
): { qb: SelectQueryBuilder<T>; query: ListQuery } {
  authorize(user, 'read', resource);
  const query = parseListQuery(params);
  const qb = ds.getRepository(entity).createQueryBuilder('r');
  const province = provinceScope(user, query.filter.provinceSlug as string | undefined);
  if (province) qb.andWhere('r.provinceSlug = :province', { province });
  delete query.filter.provinceSlug;
  return { qb, query };
}
