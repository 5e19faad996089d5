import { accessSync, constants } from 'node:fs';
import { Controller, Get, HttpCode, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { Public } from '../auth/principal.js';
import { dialectOf } from '../database/data-source.js';
import { JobsService } from '../documents/jobs.service.js';
import { ProvincesRegistry } from '../provinces/provinces.registry.js';

const Health = z.object({ status: z.literal('ok'), database: z.enum(['sqlite', 'postgres']), provinces: z.number() });
const Check = z.object({ status: z.enum(['up', 'down']), error: z.string().optional() });
const Readiness = z.object({
  status: z.enum(['ok', 'error']),
  checks: z.object({ database: Check, jobs: Check, chromium: Check }),
});

const up = async (check: () => unknown): Promise<z.infer<typeof Check>> => {
  try {
    await check();
    return { status: 'up' };
  } catch (e) {
    return { status: 'down', error: (e as Error).message };
  }
};

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly ds: DataSource,
    private readonly provinces: ProvincesRegistry,
    private readonly jobs: JobsService,
  ) {}

  @ApiOperation({ summary: 'Tình trạng hoạt động của api và cơ sở dữ liệu' })
  @Public()
  @Get()
  @ApiOkResponse({ standardSchema: Health })
  async health(): Promise<z.infer<typeof Health>> {
    await this.ds.query('SELECT 1');
    return { status: 'ok', database: dialectOf(this.ds), provinces: this.provinces.all().length };
  }

  /** Liveness: the process answers (a load balancer restarts it otherwise). Touches nothing else. */
  @ApiOperation({ summary: 'Tiến trình còn sống (liveness)' })
  @Public()
  @Get('live')
  @HttpCode(200)
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  /** Readiness: the database answers, the job queue runs, Chromium can be started for PDFs; 503 otherwise. */
  @ApiOperation({ summary: 'Sẵn sàng phục vụ: cơ sở dữ liệu, hàng đợi tác vụ, Chromium (readiness)' })
  @Public()
  @Get('ready')
  @ApiOkResponse({ standardSchema: Readiness })
  @ApiServiceUnavailableResponse({ standardSchema: Readiness })
  async ready(@Res({ passthrough: true }) res: Response): Promise<z.infer<typeof Readiness>> {
    const [database, jobs, chromium] = await Promise.all([
      up(() => this.ds.query('SELECT 1')),
      up(() => this.jobs.check()),
      up(() => accessSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', constants.X_OK)),
    ]);
    const ok = [database, jobs, chromium].every((c) => c.status === 'up');
    res.status(ok ? 200 : 503);
    return { status: ok ? 'ok' : 'error', checks: { database, jobs, chromium } };
  }
}
