import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiTags, ApiOperation } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { Public } from '../auth/principal.js';
import { dialectOf } from '../database/data-source.js';
import { ProvincesRegistry } from '../plugins/provinces.registry.js';

const Health = z.object({ status: z.literal('ok'), database: z.enum(['sqlite', 'postgres']), provinces: z.number() });

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly ds: DataSource,
    private readonly provinces: ProvincesRegistry,
  ) {}

  @ApiOperation({ summary: 'Tình trạng hoạt động của api và cơ sở dữ liệu' })
  @Public()
  @Get()
  @ApiOkResponse({ standardSchema: Health })
  async health(): Promise<z.infer<typeof Health>> {
    await this.ds.query('SELECT 1');
    return { status: 'ok', database: dialectOf(this.ds), provinces: this.provinces.all().length };
  }
}
