import { type CanActivate, type ExecutionContext, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import { DataSource } from 'typeorm';
import { AuthSession, now, User } from '../database/entities/index.js';
import { IS_PUBLIC, type Principal, SESSION_OF } from './principal.js';
import type { Role } from '@thidua/domain';

/**
 * Every route needs a valid bearer token in the Authorization header (never in the URL, where logs and browser
 * history keep it) unless marked @Public(). The token's session must still be open and its user active: logout,
 * a password change or a deactivation refuse it at once.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly jwt: JwtService,
    private readonly reflector: Reflector,
    private readonly ds: DataSource,
  ) {}

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [ctx.getHandler(), ctx.getClass()])) return true;
    const req = ctx.switchToHttp().getRequest<{
      headers: Record<string, string | undefined>;
      user?: Principal;
      [SESSION_OF]?: string;
    }>();
    const header = req.headers.authorization ?? '';
    const token = header.startsWith('Bearer ') ? header.slice(7) : '';
    if (!token) throw unauthorized('Chưa đăng nhập / not logged in');
    let claims: { sub: number; sid: string };
    try {
      claims = await this.jwt.verifyAsync<{ sub: number; sid: string }>(token);
    } catch {
      throw unauthorized('Phiên đăng nhập đã hết hạn hoặc không hợp lệ / session expired or invalid');
    }
    if (typeof claims.sub !== 'number' || typeof claims.sid !== 'string')
      throw unauthorized('Phiên đăng nhập không hợp lệ / invalid session');
    const user = await this.ds
      .getRepository(User)
      .createQueryBuilder('u')
      .innerJoin(AuthSession, 's', 's.userId = u.id')
      .where('u.id = :sub AND s.id = :sid AND s.endedAt IS NULL AND s.expiresAt > :now', {
        sub: claims.sub,
        sid: claims.sid,
        now: now(),
      })
      .getOne();
    if (!user) throw unauthorized('Phiên đăng nhập đã kết thúc / session ended');
    if (!user.active) throw unauthorized('Tài khoản không còn hoạt động / account disabled');
    req.user = {
      id: user.id,
      username: user.username,
      fullName: user.fullName,
      role: user.role as Role,
      provinceSlug: user.provinceSlug,
      unitId: user.unitId,
    };
    req[SESSION_OF] = claims.sid;
    return true;
  }
}

const unauthorized = (message: string) => new UnauthorizedException({ statusCode: 401, code: 'unauthorized', message });
