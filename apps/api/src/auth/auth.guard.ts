import { type CanActivate, type ExecutionContext, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import { DataSource } from 'typeorm';
import { dialectOf } from '../database/data-source.js';
import { now } from '../database/entities/index.js';
import { IS_PUBLIC, type Principal, SESSION_OF } from './principal.js';
import type { Role } from '@thidua/domain';

/**
 * Every route needs a valid bearer token in the Authorization header (never in the URL, where logs and browser
 * history keep it) unless marked @Public(). The token's session must still be open and its user active: logout,
 * a password change or a deactivation refuse it at once.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  private readonly sessionUserSql: string;

  constructor(
    private readonly jwt: JwtService,
    private readonly reflector: Reflector,
    private readonly ds: DataSource,
  ) {
    // One fixed statement, written once: the query builder would rebuild (and the driver re-hydrate) it on every
    // request, and this runs on every request. Still a database read each time, so a revoked session is refused
    // at once on every replica.
    const sql = `SELECT u.id, u.username, u."fullName", u.role, u."provinceSlug", u."unitId", u.active
      FROM app_user u JOIN auth_session s ON s."userId" = u.id
      WHERE u.id = ? AND s.id = ? AND s."endedAt" IS NULL AND s."expiresAt" > ?`;
    let n = 0;
    this.sessionUserSql = dialectOf(ds) === 'postgres' ? sql.replace(/\?/g, () => `$${++n}`) : sql;
  }

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
    const [user] = await this.ds.query<SessionUser[]>(this.sessionUserSql, [claims.sub, claims.sid, now()]);
    if (!user) throw unauthorized('Phiên đăng nhập đã kết thúc / session ended');
    // SQLite gives the boolean as 0/1.
    if (!user.active) throw unauthorized('Tài khoản không còn hoạt động / account disabled');
    req.user = {
      id: user.id,
      username: user.username,
      fullName: user.fullName,
      role: user.role,
      provinceSlug: user.provinceSlug,
      unitId: user.unitId,
    };
    req[SESSION_OF] = claims.sid;
    return true;
  }
}

/** The columns of app_user the principal is made of (never the password hash). */
interface SessionUser {
  id: number;
  username: string;
  fullName: string;
  role: Role;
  provinceSlug: string | null;
  unitId: number | null;
  active: boolean | 0 | 1;
}

const unauthorized = (message: string) => new UnauthorizedException({ statusCode: 401, code: 'unauthorized', message });
