import { Body, Controller, Get, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { criterionSchema } from '@thidua/domain';
import { z } from 'zod';
import { authorize, CurrentUser, type Principal, provinceScope } from '../auth/principal.js';
import { notFound } from '../common/errors.js';
import { isoInstant } from '../common/validation.js';
import { CriteriaService } from './criteria.service.js';

const VersionRow = z.object({
  version: z.number(),
  criteria: z.array(criterionSchema),
  change: z.string(),
  criterionId: z.string().nullable(),
  reason: z.string(),
  authorId: z.number().nullable(),
  createdAt: z.string(),
});
const HistoryRow = VersionRow.extend({ authorName: z.string().nullable() });
const Base = z.object({
  baseVersion: z.number().int().positive(),
  reason: z.string().trim().min(3, 'Hãy ghi lý do thay đổi').max(1000),
});
const AddBody = Base.extend({ criterion: criterionSchema });
const RetireBody = Base;

@ApiTags('criteria')
@ApiBearerAuth()
@Controller('provinces/:slug/criteria')
export class CriteriaController {
  constructor(private readonly criteria: CriteriaService) {}

  /** The criteria in force now, or on a date (?at=YYYY-MM-DD). */
  @ApiOperation({ summary: 'Tiêu chí thi đua đang có hiệu lực của tỉnh' })
  @Get()
  @ApiQuery({
    name: 'at',
    required: false,
    description: 'A date (YYYY-MM-DD, its end) or an ISO 8601 date-time with its offset',
    example: '2025-07-01',
  })
  @ApiOkResponse({ standardSchema: VersionRow })
  inForce(
    @CurrentUser() user: Principal,
    @Param('slug') slug: string,
    @Query('at', { schema: isoInstant.optional() }) at?: string,
  ) {
    authorize(user, 'read', 'criteria');
    return this.criteria.inForce(slug, at);
  }

  /** Who changed what and why: for the province's own users (and the national administrator) only. */
  @ApiOperation({ summary: 'Lịch sử các phiên bản tiêu chí của tỉnh' })
  @Get('versions')
  @ApiOkResponse({ standardSchema: z.array(HistoryRow) })
  history(@CurrentUser() user: Principal, @Param('slug') slug: string) {
    authorize(user, 'read', 'criteria');
    if (provinceScope(user, slug) !== slug) throw notFound(`Không có tỉnh "${slug}" / no province "${slug}"`);
    return this.criteria.history(slug);
  }

  @ApiOperation({ summary: 'Thêm một tiêu chí (phiên bản mới, có lý do)' })
  @Post()
  @ApiCreatedResponse({ standardSchema: VersionRow })
  add(
    @CurrentUser() user: Principal,
    @Param('slug') slug: string,
    @Body({ schema: AddBody }) body: z.infer<typeof AddBody>,
  ) {
    return this.criteria.change(user, slug, { change: 'add', ...body });
  }

  @ApiOperation({ summary: 'Sửa một tiêu chí (phiên bản mới, có lý do)' })
  @Put(':criterionId')
  @ApiOkResponse({ standardSchema: VersionRow })
  edit(
    @CurrentUser() user: Principal,
    @Param('slug') slug: string,
    @Param('criterionId') criterionId: string,
    @Body({ schema: AddBody }) body: z.infer<typeof AddBody>,
  ) {
    return this.criteria.change(user, slug, { change: 'edit', criterionId, ...body });
  }

  @ApiOperation({ summary: 'Bãi bỏ một tiêu chí (phiên bản mới, có lý do)' })
  @Post(':criterionId/retire')
  @ApiCreatedResponse({ standardSchema: VersionRow })
  retire(
    @CurrentUser() user: Principal,
    @Param('slug') slug: string,
    @Param('criterionId') criterionId: string,
    @Body({ schema: RetireBody }) body: z.infer<typeof RetireBody>,
  ) {
    return this.criteria.change(user, slug, { change: 'retire', criterionId, ...body });
  }
}
