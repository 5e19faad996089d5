import { HttpCode, Inject, Param, ParseIntPipe, Post } from '@nestjs/common';
import { ApiNoContentResponse, ApiOperation } from '@nestjs/swagger';
import { ROLES } from '@thidua/domain';
import * as argon2 from 'argon2';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { AuditService } from '../audit/audit.service.js';
import { accountKey, LoginThrottler } from '../auth/login-throttle.js';
import { normalizePassword, PASSWORD_MAX, passwordProblems } from '../auth/password-policy.js';
import { authorize, CurrentUser, type Principal } from '../auth/principal.js';
import { endUserSessions } from '../auth/sessions.js';
import { badRequest, conflict, forbidden } from '../common/errors.js';
import { crudController } from '../crud/crud.controller.js';
import { eq } from '../common/list-query.js';
import { type CrudSpec, requireUnit, ScopedCrud } from '../crud/scoped-crud.js';
import { User } from '../database/entities/index.js';

export const UserInput = z.object({
  provinceSlug: z.string().optional(),
  username: z
    .string()
    .trim()
    .min(3)
    .max(80)
    .regex(/^[a-z0-9._-]+$/, 'Chỉ dùng chữ thường không dấu, số, ".", "_", "-"'),
  /** Checked against the password policy (auth/password-policy.ts), which knows the username and province. */
  password: z
    .string()
    .min(1)
    .max(PASSWORD_MAX * 4),
  fullName: z.string().trim().min(2).max(200),
  role: z.enum(ROLES),
  unitId: z.number().int().positive().nullable().optional(),
  active: z.boolean().optional(),
});
type UserInput = z.infer<typeof UserInput>;
const UserRow = UserInput.omit({ password: true }).extend({ id: z.number(), provinceSlug: z.string().nullable() });

export const usersSpec: CrudSpec<User, Partial<UserInput>> = {
  entity: User,
  resource: 'users',
  label: 'người dùng',
  list: {
    sortable: { username: 'r.username', fullName: 'r.sortKey', role: 'r.role', id: 'r.id' },
    defaultSort: ['username', 'ASC'],
    filters: { id: eq('r.id'), role: eq('r.role'), unitId: eq('r.unitId') },
  },
  present: ({ passwordHash: _hidden, sortKey: _key, ...rest }) => rest,
  async prepare(input, ctx) {
    const role = input.role ?? ctx.existing?.role;
    if (role === 'national-admin' && ctx.user.role !== 'national-admin')
      throw forbidden('Chỉ quản trị quốc gia tạo được quản trị quốc gia / only a national administrator can');
    const unitId = input.unitId === undefined ? ctx.existing?.unitId : input.unitId;
    if (role === 'unit-clerk' && !unitId)
      throw badRequest('unitId: cán bộ đơn vị phải thuộc một đơn vị / a unit clerk needs a unit', 'unit-required');
    if (unitId) await requireUnit(ctx.em, ctx.province, unitId);
    if (
      input.username &&
      input.username !== ctx.existing?.username &&
      (await ctx.em.getRepository(User).existsBy({ username: input.username }))
    ) {
      throw conflict(`username: tên đăng nhập "${input.username}" đã được dùng / already taken`, 'username-taken');
    }
    const { password, provinceSlug: _ignored, ...rest } = input;
    if (password !== undefined) {
      const username = input.username ?? ctx.existing?.username ?? '';
      const problems = passwordProblems(password, [username, ctx.manifest?.name ?? '', ctx.province]);
      if (problems.length) throw badRequest(`password: ${problems.join('; ')}`, 'weak-password');
    }
    // A new password or a deactivation ends the user's sessions: tokens already handed out stop working.
    if (ctx.existing && (password !== undefined || input.active === false))
      await endUserSessions(ctx.em, ctx.existing.id);
    return { ...rest, ...(password ? { passwordHash: await argon2.hash(normalizePassword(password)) } : {}) };
  },
};

export class UsersController extends crudController('users', usersSpec, {
  create: UserInput,
  update: UserInput.partial(),
  row: UserRow,
}) {
  constructor(
    @Inject(ScopedCrud) crud: ScopedCrud,
    private readonly ds: DataSource,
    private readonly audit: AuditService,
    private readonly throttler: LoginThrottler,
  ) {
    super(crud);
  }

  /** Lifts the lock that failed logins put on an account (audited), for an administrator of its province. */
  @ApiOperation({ summary: 'Mở khóa tài khoản bị khóa do đăng nhập sai (ghi nhật ký)' })
  @Post(':id/unlock')
  @HttpCode(204)
  @ApiNoContentResponse()
  async unlock(@CurrentUser() user: Principal, @Param('id', ParseIntPipe) id: number): Promise<void> {
    authorize(user, 'update', 'users');
    const target = await this.crud.get(usersSpec as CrudSpec<User, never>, user, id);
    const key = accountKey(target.username);
    const lockedUntil = await this.throttler.lockedUntil(key);
    await this.throttler.unlock(key);
    await this.audit.record(this.ds.manager, user, {
      action: 'unlock',
      entity: 'users',
      entityId: id,
      provinceSlug: target.provinceSlug,
      before: { lockedUntil },
      after: { lockedUntil: null },
    });
  }
}
