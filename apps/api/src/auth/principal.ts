import { applyDecorators, createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';
import { can, type Resource, type UserIdentity, type Verb } from '@thidua/domain';
import { ApiExtension } from '@nestjs/swagger';
import { forbidden, notFound } from '../common/errors.js';
import { PUBLIC_EXTENSION } from '../openapi.js';

/** The authenticated user, as carried by the token and checked against the database on each request. */
export type Principal = UserIdentity;

/** Where the auth guard puts the id of the request's session (for logout). */
export const SESSION_OF = Symbol('thidua:session');
export type SignedInRequest = import('express').Request & { user: Principal; [SESSION_OF]: string };

export const IS_PUBLIC = 'thidua:public';
/** A route anyone may call without logging in (health, login, the published plans). */
export const Public = () => applyDecorators(SetMetadata(IS_PUBLIC, true), ApiExtension(PUBLIC_EXTENSION, true));

export const CurrentUser = createParamDecorator(
  (_: unknown, ctx: ExecutionContext): Principal => ctx.switchToHttp().getRequest<{ user: Principal }>().user,
);

/** 403 unless the role may do this (the same table the console uses). */
export function authorize(user: Principal, verb: Verb, resource: Resource): void {
  if (!can(user.role, verb, resource)) throw forbidden();
}

/**
 * The province a user works in. A national administrator may name any (or none = all, where allowed);
 * everyone else always works in their own, whatever they ask for.
 */
export function provinceScope(user: Principal, requested?: string | null): string | undefined {
  if (user.role === 'national-admin') return requested ?? undefined;
  return user.provinceSlug ?? undefined;
}

/** The province a write goes to: the user's own, or for a national administrator the one named. */
export function writeProvince(user: Principal, requested?: string | null): string {
  const slug = provinceScope(user, requested);
  if (!slug) throw forbidden('Hãy chọn tỉnh (provinceSlug) / choose a province');
  return slug;
}

/**
 * Hides a row of another province (or another unit, for a clerk) behind a 404, so ids cannot be probed.
 * `unitIds` are the units the row belongs to (e.g. nominating unit); a clerk must own one of them.
 */
export function assertVisible(
  user: Principal,
  row: { provinceSlug: string | null } | null,
  what: string,
  unitIds: (number | null)[] = [],
): asserts row {
  const hidden =
    !row ||
    (user.role !== 'national-admin' && row.provinceSlug !== user.provinceSlug) ||
    (user.role === 'unit-clerk' && unitIds.length > 0 && !unitIds.includes(user.unitId));
  if (hidden) throw notFound(`Không tìm thấy ${what} / not found`);
}
