import { Body, Controller, Get, HttpCode, Post, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { ApiBearerAuth, ApiOkResponse, ApiTags, ApiOperation } from '@nestjs/swagger';
import { Throttle } from '@nestjs/throttler';
import * as argon2 from 'argon2';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { User } from '../database/entities/index.js';
import { CurrentUser, type Principal, Public } from './principal.js';

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

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly ds: DataSource,
    private readonly jwt: JwtService,
  ) {}

  /** Ten attempts a minute per client: enough for people, too few for guessing. */
  @ApiOperation({ summary: 'Đăng nhập, nhận mã phiên (bearer token)' })
  @Public()
  @Throttle({ default: { limit: 10, ttl: 60_000 } })
  @Post('login')
  @HttpCode(200)
  @ApiOkResponse({ standardSchema: LoginResult })
  async login(@Body({ schema: LoginBody }) body: z.infer<typeof LoginBody>): Promise<z.infer<typeof LoginResult>> {
    const user = await this.ds.getRepository(User).findOneBy({ username: body.username });
    const ok = user?.active && (await argon2.verify(user.passwordHash, body.password));
    if (!user || !ok)
      throw new UnauthorizedException({
        statusCode: 401,
        code: 'bad-credentials',
        message: 'Sai tên đăng nhập hoặc mật khẩu / wrong username or password',
      });
    const token = await this.jwt.signAsync({ sub: user.id });
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

  @ApiOperation({ summary: 'Người dùng đang đăng nhập' })
  @ApiBearerAuth()
  @Get('me')
  me(@CurrentUser() user: Principal): Principal {
    return user;
  }
}
