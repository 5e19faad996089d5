import { type CanActivate, type ExecutionContext, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import { DataSource } from 'typeorm';
import { User } from '../database/entities/index.js';
import { IS_PUBLIC, type Principal } from './principal.js';
import type { Role } from '@thidua/domain';

/** Every route needs a valid bearer token unless marked @Public(); a deactivated user is refused at once. */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly jwt: JwtService,
    private readonly reflector: Reflector,
    private readonly ds: DataSource,
  ) {}

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [ctx.getHandler(), ctx.getClass()])) return true;
    const req = ctx
      .switchToHttp()
      .getRequest<{ headers: Record<string, string | undefined>; query: Record<string, unknown>; user?: Principal }>();
    const header = req.headers.authorization ?? '';
    // Downloads opened in a new tab cannot send a header: accept ?token= as well.
    const token = header.startsWith('Bearer ')
      ? header.slice(7)
      : typeof req.query.token === 'string'
        ? req.query.token
        : '';
    if (!token) throw unauthorized('Chưa đăng nhập / not logged in');
    let sub: number;
    try {
      sub = (await this.jwt.verifyAsync<{ sub: number }>(token)).sub;
    } catch {
      throw unauthorized('Phiên đăng nhập đã hết hạn hoặc không hợp lệ / session expired or invalid');
    }
    const user = await this.ds.getRepository(User).findOneBy({ id: sub });
    if (!user || !user.active) throw unauthorized('Tài khoản không còn hoạt động / account disabled');
    req.user = {
      id: user.id,
      username: user.username,
      fullName: user.fullName,
      role: user.role as Role,
      provinceSlug: user.provinceSlug,
      unitId: user.unitId,
    };
    return true;
  }
}

const unauthorized = (message: string) => new UnauthorizedException({ statusCode: 401, code: 'unauthorized', message });
