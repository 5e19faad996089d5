import { Body, Controller, Get, HttpCode, Param, ParseIntPipe, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags, ApiOperation } from '@nestjs/swagger';
import type { Response } from 'express';
import { z } from 'zod';
import { CurrentUser, type Principal } from '../auth/principal.js';
import { ListParams } from '../common/list-query.js';
import { NominationRow } from '../nominations/nomination.input.js';
import { DecisionInput, DecisionUpdate } from './decision.input.js';
import { DecisionsService } from './decisions.service.js';

const DecisionRow = DecisionInput.omit({ nominationIds: true }).extend({
  id: z.number(),
  provinceSlug: z.string(),
  status: z.enum(['draft', 'issued']),
  issuedAt: z.string().nullable(),
});
const DecisionDetails = DecisionRow.extend({ nominationIds: z.array(z.number()), awardees: z.array(NominationRow) });

@ApiTags('decisions')
@ApiBearerAuth()
@Controller('decisions')
export class DecisionsController {
  constructor(private readonly decisions: DecisionsService) {}

  @ApiOperation({ summary: 'Danh sách quyết định khen thưởng' })
  @Get()
  @ApiOkResponse({ standardSchema: z.array(DecisionRow) })
  list(
    @CurrentUser() user: Principal,
    @Query({ schema: ListParams }) params: ListParams,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.decisions.list(user, params, res);
  }

  @ApiOperation({ summary: 'Một quyết định khen thưởng với danh sách được khen' })
  @Get(':id')
  @ApiOkResponse({ standardSchema: DecisionDetails })
  one(@CurrentUser() user: Principal, @Param('id', ParseIntPipe) id: number) {
    return this.decisions.get(user, id);
  }

  @ApiOperation({ summary: 'Lập dự thảo quyết định từ các đề nghị đã duyệt' })
  @Post()
  @ApiCreatedResponse({ standardSchema: DecisionDetails })
  create(@CurrentUser() user: Principal, @Body({ schema: DecisionInput }) body: DecisionInput) {
    return this.decisions.create(user, body);
  }

  @ApiOperation({ summary: 'Sửa dự thảo quyết định' })
  @Put(':id')
  @ApiOkResponse({ standardSchema: DecisionDetails })
  update(
    @CurrentUser() user: Principal,
    @Param('id', ParseIntPipe) id: number,
    @Body({ schema: DecisionUpdate }) body: z.infer<typeof DecisionUpdate>,
  ) {
    return this.decisions.update(user, id, body);
  }

  /** Issues the decision: quota re-checked, nominations decided, the decision frozen. */
  @ApiOperation({ summary: 'Ban hành quyết định (không thể hoàn tác)' })
  @Post(':id/issue')
  @HttpCode(200)
  @ApiOkResponse({ standardSchema: DecisionDetails })
  issue(@CurrentUser() user: Principal, @Param('id', ParseIntPipe) id: number) {
    return this.decisions.issue(user, id);
  }
}
