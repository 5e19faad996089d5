import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags, ApiOperation } from '@nestjs/swagger';
import { z } from 'zod';
import { isoDate } from '../common/validation.js';
import { CurrentUser, type Principal } from '../auth/principal.js';
import { MovementService } from './movement.service.js';

const Limits = z.object({
  collectives: z.number().nullable(),
  individuals: z.number().nullable(),
  combined: z.number().nullable(),
});
const QuotaUse = z.object({
  phaseId: z.string(),
  awardFormId: z.string(),
  limits: Limits,
  decidedByHead: z.boolean(),
  used: z.object({ collectives: z.number(), individuals: z.number() }),
  remaining: Limits,
  /** How a share ("không quá 20% số đơn vị") was counted into the combined cap; null for fixed caps. */
  share: z
    .object({ of: z.enum(['units', 'nominees']), value: z.number(), base: z.number(), cap: z.number() })
    .nullable(),
  source: z.string(),
});
const Window = z.object({
  phaseId: z.string(),
  name: z.string(),
  today: z.string(),
  open: z.boolean(),
  closes: z.string(),
  extendedTo: z.string().nullable(),
});
const Dashboard = z.object({
  today: z.string(),
  byStatus: z.record(z.string(), z.number()),
  quotaUse: z.array(QuotaUse),
  overdueReports: z.array(
    z.object({ unitId: z.number(), year: z.number(), dueOn: z.string(), submittedOn: z.string().nullable() }),
  ),
  nextDeadlines: z.array(z.object({ date: z.string(), kind: z.string(), label: z.string(), source: z.string() })),
});
const ExtendBody = z.object({ extendedTo: isoDate, reason: z.string().trim().min(3).max(1000) });

@ApiTags('movement')
@ApiBearerAuth()
@Controller('provinces/:slug')
export class MovementController {
  constructor(private readonly movement: MovementService) {}

  @ApiOperation({ summary: 'Tổng quan phong trào của tỉnh' })
  @Get('dashboard')
  @ApiOkResponse({ standardSchema: Dashboard })
  dashboard(@CurrentUser() user: Principal, @Param('slug') slug: string) {
    return this.movement.dashboard(user, slug);
  }

  /** Used and remaining places per phase × award form (the quota meter). */
  @ApiOperation({ summary: 'Số lượng khen thưởng đã dùng so với chỉ tiêu' })
  @Get('quota-use')
  @ApiOkResponse({ standardSchema: z.array(QuotaUse) })
  quotaUse(@CurrentUser() user: Principal, @Param('slug') slug: string) {
    return this.movement.quotaUse(user, slug);
  }

  /** Whether each phase takes nominations today, and until when (the deadline banner). */
  @ApiOperation({ summary: 'Thời hạn đề nghị và báo cáo của các đợt' })
  @Get('phase-windows')
  @ApiOkResponse({ standardSchema: z.array(Window) })
  windows(@CurrentUser() user: Principal, @Param('slug') slug: string) {
    return this.movement.windows(user, slug);
  }

  @ApiOperation({ summary: 'Gia hạn hạn chót của một đợt (ghi nhật ký)' })
  @Put('phases/:phaseId/deadline')
  extend(
    @CurrentUser() user: Principal,
    @Param('slug') slug: string,
    @Param('phaseId') phaseId: string,
    @Body({ schema: ExtendBody }) body: z.infer<typeof ExtendBody>,
  ) {
    return this.movement.extendDeadline(user, slug, phaseId, body.extendedTo, body.reason);
  }
}
