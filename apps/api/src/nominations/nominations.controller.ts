import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  ParseIntPipe,
  Post,
  Put,
  Query,
  Res,
  StreamableFile,
  UploadedFile,
} from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { z } from 'zod';
import { CurrentUser, type Principal } from '../auth/principal.js';
import { ListParams } from '../common/list-query.js';
import { FileUpload } from '../common/upload.js';
import { DossierService, MAX_DOCUMENT_BYTES, type UploadedFile as Upload } from './dossier.service.js';
import {
  ActionBody,
  ActionParam,
  BulkActionBody,
  BulkActionResult,
  NominationInput,
  NominationRow,
  NominationUpdate,
  VerdictBody,
} from './nomination.input.js';
import { NominationsService } from './nominations.service.js';

const DocumentRow = z.object({
  id: z.number(),
  nominationId: z.number(),
  type: z.string(),
  fileName: z.string(),
  mimeType: z.string(),
  size: z.number(),
  sha256: z.string(),
  uploadedBy: z.number(),
  uploadedAt: z.string(),
});
const CheckRow = z.object({
  criterionId: z.string(),
  kind: z.string(),
  status: z.string(),
  value: z.number().nullable(),
  detail: z.string(),
  checkedBy: z.number().nullable(),
  checkedAt: z.string(),
});
const NominationDetails = NominationRow.extend({
  history: z.array(
    z.object({
      fromStatus: z.string().nullable(),
      toStatus: z.string(),
      action: z.string(),
      reason: z.string().nullable(),
      userId: z.number(),
      userName: z.string().nullable(),
      at: z.string(),
    }),
  ),
  documents: z.array(DocumentRow),
  checks: z.array(CheckRow),
  checklist: z.array(z.object({ type: z.string(), name: z.string(), provided: z.boolean() })),
  /** Phases that score with points: the score from the criteria judged so far; null otherwise. */
  score: z
    .object({
      value: z.number(),
      max: z.number(),
      passMark: z.number().nullable(),
      rankTop: z.number().nullable(),
      pending: z.number(),
      reachesPassMark: z.boolean().nullable(),
      rank: z.number().nullable(),
    })
    .nullable(),
});

@ApiTags('nominations')
@ApiBearerAuth()
@Controller('nominations')
export class NominationsController {
  constructor(
    private readonly nominations: NominationsService,
    private readonly dossier: DossierService,
  ) {}

  @ApiOperation({ summary: 'Danh sách đề nghị khen thưởng' })
  @Get()
  @ApiOkResponse({ standardSchema: z.array(NominationRow) })
  list(
    @CurrentUser() user: Principal,
    @Query({ schema: ListParams }) params: ListParams,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.nominations.list(user, params, res);
  }

  @ApiOperation({ summary: 'Một đề nghị khen thưởng với hồ sơ và lịch sử' })
  @Get(':id')
  @ApiOkResponse({ standardSchema: NominationDetails })
  one(@CurrentUser() user: Principal, @Param('id', ParseIntPipe) id: number) {
    return this.nominations.details(user, id);
  }

  @ApiOperation({ summary: 'Tạo đề nghị khen thưởng (bản nháp)' })
  @Post()
  @ApiCreatedResponse({ standardSchema: NominationRow })
  create(@CurrentUser() user: Principal, @Body({ schema: NominationInput }) body: NominationInput) {
    return this.nominations.create(user, body);
  }

  @ApiOperation({ summary: 'Sửa đề nghị khi còn là bản nháp hoặc bị trả lại' })
  @Put(':id')
  @ApiOkResponse({ standardSchema: NominationRow })
  update(
    @CurrentUser() user: Principal,
    @Param('id', ParseIntPipe) id: number,
    @Body({ schema: NominationUpdate }) body: NominationUpdate,
  ) {
    return this.nominations.update(user, id, body);
  }

  @ApiOperation({ summary: 'Xóa đề nghị bản nháp' })
  @Delete(':id')
  @ApiOkResponse({ standardSchema: NominationRow })
  remove(@CurrentUser() user: Principal, @Param('id', ParseIntPipe) id: number) {
    return this.nominations.remove(user, id);
  }

  /** One step on many nominations, each in its own transaction: one result per id, a refusal undoes no other. */
  @ApiOperation({ summary: 'Chuyển bước quy trình cho nhiều đề nghị, kết quả từng đề nghị' })
  @Post('bulk')
  @HttpCode(200)
  @ApiOkResponse({ standardSchema: BulkActionResult })
  bulk(@CurrentUser() user: Principal, @Body({ schema: BulkActionBody }) body: BulkActionBody) {
    return this.nominations.bulkTransition(user, body.action, body.ids, body.reason);
  }

  /** submit | aggregate | return | appraise | approve | reject; return and reject need a reason. */
  @ApiOperation({ summary: 'Chuyển bước quy trình (nộp, tổng hợp, thẩm định, duyệt, trả lại, không duyệt)' })
  @Post(':id/actions/:action')
  @HttpCode(200)
  @ApiOkResponse({ standardSchema: NominationRow })
  act(
    @CurrentUser() user: Principal,
    @Param('id', ParseIntPipe) id: number,
    @Param('action', { schema: ActionParam }) action: z.infer<typeof ActionParam>,
    @Body({ schema: ActionBody }) body: z.infer<typeof ActionBody>,
  ) {
    return this.nominations.transition(user, id, action, body.reason);
  }

  @ApiOperation({ summary: 'Ghi nhận xét của người thẩm định về một tiêu chí định tính' })
  @Post(':id/verdicts')
  @ApiCreatedResponse({ standardSchema: z.array(CheckRow) })
  verdict(
    @CurrentUser() user: Principal,
    @Param('id', ParseIntPipe) id: number,
    @Body({ schema: VerdictBody }) body: z.infer<typeof VerdictBody>,
  ) {
    return this.nominations.verdict(user, id, body);
  }

  @Post(':id/documents')
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['type', 'file'],
      properties: { type: { type: 'string' }, file: { type: 'string', format: 'binary' } },
    },
  })
  @ApiOperation({ summary: 'Tải lên một tài liệu của hồ sơ' })
  @ApiCreatedResponse({ standardSchema: DocumentRow })
  @FileUpload(MAX_DOCUMENT_BYTES + 1)
  upload(
    @CurrentUser() user: Principal,
    @Param('id', ParseIntPipe) id: number,
    @Body() body: { type?: string },
    @UploadedFile() file: Upload | undefined,
  ) {
    return this.dossier.upload(user, id, body?.type ?? '', file);
  }

  @ApiOperation({ summary: 'Tải về một tài liệu của hồ sơ' })
  @Get(':id/documents/:documentId')
  async download(
    @CurrentUser() user: Principal,
    @Param('id', ParseIntPipe) id: number,
    @Param('documentId', ParseIntPipe) documentId: number,
  ) {
    const { doc, bytes } = await this.dossier.download(user, id, documentId);
    return new StreamableFile(bytes, {
      type: doc.mimeType,
      disposition: `attachment; filename*=UTF-8''${encodeURIComponent(doc.fileName)}`,
    });
  }

  @ApiOperation({ summary: 'Xóa một tài liệu của hồ sơ trước khi nộp' })
  @Delete(':id/documents/:documentId')
  @ApiOkResponse({ standardSchema: DocumentRow })
  removeDocument(
    @CurrentUser() user: Principal,
    @Param('id', ParseIntPipe) id: number,
    @Param('documentId', ParseIntPipe) documentId: number,
  ) {
    return this.dossier.remove(user, id, documentId);
  }
}
