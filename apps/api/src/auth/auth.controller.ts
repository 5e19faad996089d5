import { randomBytes } from 'node:crypto';
import { Body, Controller, Get, HttpCode, HttpException, Inject, Post, Req, Res } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import * as argon2 from 'argon2';
import type { Request, Response } from 'express';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { AuditService } from '../audit/audit.service.js';
import { badRequest } from '../common/errors.js';
import { User } from '../database/entities/index.js';
import { ProvincesRegistry } from '../provinces/provinces.registry.js';
import { accountKey, addressKey, type Lock, LoginThrottler, type ThrottleKey } from './login-throttle.js';
import { normalizePassword, PASSWORD_MAX, passwordProblems } from './password-policy.js';
import { CurrentUser, type Principal, Public, SESSION_OF, type SignedInRequest } from './principal.js';
import { endSession, endUserSessions, openSession } from './sessions.js';

/** Provider token of the token lifetime in seconds (TOKEN_TTL_SECONDS). */
export const TOKEN_TTL = 'thidua:token-ttl';

const LoginBody = z.object({ username: z.string().min(1).max(80), password: z.string().min(1).max(200) });
const LoginResult = z.object({
  token: z.string(),
  user: z.object({
    id: z.number(),
    username: z.string(),
    fullName: z.string(),
    role: z.string(),
    provinceSlug: z.string().nullable(),
    unitId: z.number().nullable(),
  }),
});

const PasswordBody = z.object({
  currentPassword: z.string().min(1).max(200),
  newPassword: z
    .string()
    .min(1)
    .max(PASSWORD_MAX * 4),
});

const BAD_CREDENTIALS = 'Sai tên đăng nhập hoặc mật khẩu / wrong username or password';

/** "14:05 28/11/2026", Vietnam time, for lock messages. */
const vnTime = (iso: string) =>
  new Intl.DateTimeFormat('vi-VN', {
    timeZone: 'Asia/Ho_Chi_Minh',
    hour: '2-digit',
    minute: '2-digit',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour12: false,
  }).format(new Date(iso));

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  /** A hash of nothing anyone knows: an unknown username costs the same argon2 verification as a known one. */
  private readonly dummyHash = argon2.hash(randomBytes(32));

  constructor(
    private readonly ds: DataSource,
    private readonly jwt: JwtService,
    private readonly audit: AuditService,
    private readonly throttler: LoginThrottler,
    private readonly provinces: ProvincesRegistry,
    @Inject(TOKEN_TTL) private readonly ttlSeconds: number,
  ) {}

  /**
   * Failed logins are counted per account and per client address (the proxy's forwarded address only when
   * THIDUA_TRUST_PROXY says so); past the limits the account or address is locked for a while (429 saying until
   * when). Every attempt, success or failure, is audited, never with the password.
   */
  @ApiOperation({ summary: 'Đăng nhập, nhận mã phiên (bearer token)' })
  @Public()
  @Post('login')
  @HttpCode(200)
  @ApiOkResponse({ standardSchema: LoginResult })
  async login(
    @Body({ schema: LoginBody }) body: z.infer<typeof LoginBody>,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<z.infer<typeof LoginResult>> {
    const ip = req.ip ?? 'unknown';
    const limits = this.throttler.limits;
    const keys: ThrottleKey[] = [
      { key: accountKey(body.username), limit: limits.accountFailures },
      { key: addressKey(ip), limit: limits.ipFailures },
    ];
    const user = await this.ds.getRepository(User).findOneBy({ username: body.username });
    const attempt = await this.throttler.attempt(keys);
    if (attempt.lock) return this.refuse(res, body.username, user, ip, attempt.lock);
    const verified = await argon2.verify(
      user?.passwordHash ?? (await this.dummyHash),
      normalizePassword(body.password),
    );
    if (!user || !user.active || !verified) {
      const lock = await this.throttler.failed(keys, attempt.counts);
      if (lock) return this.refuse(res, body.username, user, ip, lock);
      await this.record(body.username, user, ip, 'login.failed', 'bad-credentials');
      throw new HttpException({ statusCode: 401, code: 'bad-credentials', message: BAD_CREDENTIALS }, 401);
    }
    await this.throttler.succeeded(keys[0]!.key, keys[1]!.key);
    const sid = await openSession(this.ds.manager, user.id, this.ttlSeconds, ip);
    const token = await this.jwt.signAsync({ sub: user.id, sid });
    await this.record(user.username, user, ip, 'login', null);
    return {
      token,
      user: {
        id: user.id,
        username: user.username,
        fullName: user.fullName,
        role: user.role,
        provinceSlug: user.provinceSlug,
        unitId: user.unitId,
      },
    };
  }

  /** Ends this session: its token is refused from now on (other sessions of the user go on). */
  @ApiOperation({ summary: 'Đăng xuất: mã phiên này không còn dùng được' })
  @ApiBearerAuth()
  @Post('logout')
  @HttpCode(204)
  @ApiNoContentResponse()
  async logout(@CurrentUser() user: Principal, @Req() req: SignedInRequest): Promise<void> {
    await endSession(this.ds.manager, req[SESSION_OF]);
    await this.audit.record(this.ds.manager, user, {
      action: 'logout',
      entity: 'auth',
      entityId: user.id,
      provinceSlug: user.provinceSlug,
      after: { ip: req.ip ?? null },
    });
  }

  /**
   * Changes one's own password: the current one is required (a stolen token alone cannot take the account over,
   * and wrong guesses count towards the account's lock); every session ends, this one too, so log in again.
   */
  @ApiOperation({ summary: 'Đổi mật khẩu của chính mình (cần mật khẩu hiện tại; mọi phiên kết thúc)' })
  @ApiBearerAuth()
  @Post('password')
  @HttpCode(204)
  @ApiNoContentResponse()
  async changePassword(
    @CurrentUser() user: Principal,
    @Body({ schema: PasswordBody }) body: z.infer<typeof PasswordBody>,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<void> {
    const row = await this.ds.getRepository(User).findOneByOrFail({ id: user.id });
    const keys: ThrottleKey[] = [{ key: accountKey(user.username), limit: this.throttler.limits.accountFailures }];
    const attempt = await this.throttler.attempt(keys);
    if (attempt.lock) return this.refuse(res, user.username, row, req.ip ?? 'unknown', attempt.lock);
    if (!(await argon2.verify(row.passwordHash, normalizePassword(body.currentPassword)))) {
      const lock = await this.throttler.failed(keys, attempt.counts);
      if (lock) return this.refuse(res, user.username, row, req.ip ?? 'unknown', lock);
      throw badRequest('currentPassword: mật khẩu hiện tại không đúng / wrong current password', 'bad-credentials');
    }
    await this.throttler.unlock(keys[0]!.key);
    const province =
      user.provinceSlug && this.provinces.has(user.provinceSlug) ? this.provinces.get(user.provinceSlug) : null;
    const problems = passwordProblems(body.newPassword, [user.username, province?.name ?? '', province?.slug ?? '']);
    if (problems.length) throw badRequest(`newPassword: ${problems.join('; ')}`, 'weak-password');
    await this.ds.transaction(async (em) => {
      await em
        .getRepository(User)
        .update({ id: user.id }, { passwordHash: await argon2.hash(normalizePassword(body.newPassword)) });
      await endUserSessions(em, user.id);
      await this.audit.record(em, user, {
        action: 'password',
        entity: 'users',
        entityId: user.id,
        provinceSlug: user.provinceSlug,
        after: { ip: req.ip ?? null },
      });
    });
  }

  @ApiOperation({ summary: 'Người dùng đang đăng nhập' })
  @ApiBearerAuth()
  @Get('me')
  me(@CurrentUser() user: Principal): Principal {
    return user;
  }

  private async refuse(res: Response, username: string, user: User | null, ip: string, lock: Lock): Promise<never> {
    const account = lock.key.startsWith('user:');
    await this.record(username, user, ip, 'login.failed', account ? 'account-locked' : 'address-locked');
    res.setHeader('Retry-After', String(Math.max(1, Math.ceil((Date.parse(lock.until) - Date.now()) / 1000))));
    const when = vnTime(lock.until);
    throw new HttpException(
      {
        statusCode: 429,
        code: account ? 'account-locked' : 'address-locked',
        retryAfter: lock.until,
        message: account
          ? `Tài khoản tạm khóa do đăng nhập sai nhiều lần; hãy thử lại sau ${when} hoặc nhờ quản trị viên mở khóa / account locked after repeated failed logins; retry after ${lock.until} or ask an administrator to unlock it`
          : `Quá nhiều lần đăng nhập sai từ địa chỉ này; hãy thử lại sau ${when} / too many failed logins from this address; retry after ${lock.until}`,
      },
      429,
    );
  }

  /** Audits an attempt: the name typed (unknown names too, for the national administrator), never the password. */
  private record(username: string, user: User | null, ip: string, action: string, reason: string | null) {
    return this.audit.record(this.ds.manager, user && action === 'login' ? user : null, {
      action,
      entity: 'auth',
      entityId: user?.id ?? null,
      provinceSlug: user?.provinceSlug ?? null,
      username: username.slice(0, 80),
      after: { ip, ...(reason ? { reason } : {}) },
    });
  }
}
