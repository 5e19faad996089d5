import { ROLES } from '@thidua/domain';
import * as argon2 from 'argon2';
import { z } from 'zod';
import { badRequest, conflict, forbidden } from '../common/errors.js';
import { crudController } from '../common/crud.controller.js';
import { eq } from '../common/list-query.js';
import { type CrudSpec, requireUnit } from '../common/scoped-crud.js';
import { User } from '../database/entities/index.js';

export const UserInput = z.object({
  provinceSlug: z.string().optional(),
  username: z
    .string()
    .trim()
    .min(3)
    .max(80)
    .regex(/^[a-z0-9._-]+$/, 'Chỉ dùng chữ thường không dấu, số, ".", "_", "-"'),
  password: z.string().min(10, 'Mật khẩu cần ít nhất 10 ký tự').max(200),
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
    sortable: { username: 'r.username', fullName: 'r.fullName', role: 'r.role', id: 'r.id' },
    defaultSort: ['username', 'ASC'],
    filters: { id: eq('r.id'), role: eq('r.role'), unitId: eq('r.unitId') },
  },
  present: ({ passwordHash: _hidden, ...rest }) => rest,
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
    return { ...rest, ...(password ? { passwordHash: await argon2.hash(password) } : {}) };
  },
};

export class UsersController extends crudController('users', usersSpec, {
  create: UserInput,
  update: UserInput.partial(),
  row: UserRow,
}) {}
