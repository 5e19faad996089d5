import { Controller, Get, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProduces, ApiTags, ApiOperation } from '@nestjs/swagger';
import type { Response } from 'express';
import type { z } from 'zod';
import { CurrentUser, type Principal, Public } from '../auth/principal.js';
import {
  assertExportable,
  OutcomesQuery,
  OutcomesSchema,
  PlanComparisonSchema,
  PlansQuery,
} from './comparison.schemas.js';
import { ComparisonService } from './comparison.service.js';
import { outcomeSheets, planSheets, type Sheet, toCsv, toXlsx } from './export.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** National comparison: plans (public, like the plans themselves) and outcomes (logged in; tenancy in the service). */
@ApiTags('comparison')
@Controller('comparison')
export class ComparisonController {
  constructor(private readonly comparison: ComparisonService) {}

  /** Plans side by side; ?format=csv|xlsx downloads the table. */
  @ApiOperation({ summary: 'So sánh kế hoạch các tỉnh (JSON, CSV hoặc XLSX)' })
  @Public()
  @Get('plans')
  @ApiProduces('application/json', 'text/csv', XLSX)
  @ApiOkResponse({ standardSchema: PlanComparisonSchema })
  async plans(@Query({ schema: PlansQuery }) q: z.infer<typeof PlansQuery>, @Res({ passthrough: true }) res: Response) {
    const cmp = this.comparison.plans(q.provinces);
    return q.format === 'json' ? cmp : file(res, planSheets(cmp), q.format, 'so-sanh-ke-hoach');
  }

  /** Outcomes per province for a year (or a phase), optionally one tier, on the boundaries of then or today. */
  @ApiOperation({ summary: 'So sánh kết quả các tỉnh theo năm, đợt, cấp (JSON, CSV hoặc XLSX)' })
  @ApiBearerAuth()
  @Get('outcomes')
  @ApiProduces('application/json', 'text/csv', XLSX)
  @ApiOkResponse({ standardSchema: OutcomesSchema })
  async outcomes(
    @CurrentUser() user: Principal,
    @Query({ schema: OutcomesQuery }) q: OutcomesQuery,
    @Res({ passthrough: true }) res: Response,
  ) {
    assertExportable(q);
    const result = await this.comparison.outcomes(user, q);
    return q.format === 'json'
      ? result
      : file(res, outcomeSheets(result), q.format, `ket-qua-thi-dua-${result.scope.year}-${result.scope.boundaries}`);
  }
}

async function file(res: Response, sheets: Sheet[], format: 'csv' | 'xlsx', name: string): Promise<StreamableFile> {
  const bytes = format === 'csv' ? toCsv(sheets[0]!) : await toXlsx(sheets);
  res.setHeader('Cache-Control', 'no-store');
  return new StreamableFile(bytes, {
    type: format === 'csv' ? 'text/csv; charset=utf-8' : XLSX,
    disposition: `attachment; filename="${name}.${format}"`,
  });
}
