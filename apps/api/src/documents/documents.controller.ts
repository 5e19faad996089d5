import { Controller, Get, HttpCode, Param, ParseIntPipe, Post, Query, Res, StreamableFile } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBearerAuth,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiQuery,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { z } from 'zod';
import { CurrentUser, type Principal } from '../auth/principal.js';
import {
  DECISION_KINDS,
  DocumentsService,
  type GeneratedFile,
  NOMINATION_KINDS,
  COUNCIL_KINDS,
  PREVIEW_FORMATS,
  PREVIEW_KINDS,
  type PreviewFormat,
} from './documents.service.js';
import { DOCUMENT_FORMATS, LIST_FORMATS, MIME } from './formats.js';
import { EXPORT_LISTS, type ExportFile, ListExportsService } from './list-exports.service.js';

const DocumentFormat = z.enum(DOCUMENT_FORMATS).default('pdf');
const ListFormat = z.enum(LIST_FORMATS).default('xlsx');
const OptionalId = z.coerce.number().int().positive().optional();
const JobRow = z.object({
  id: z.number(),
  provinceSlug: z.string(),
  kind: z.string(),
  entityId: z.string(),
  format: z.string(),
  status: z.enum(['queued', 'running', 'done', 'failed']),
  progress: z.number(),
  total: z.number(),
  documentId: z.number().nullable(),
  error: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
const FILE_DOC =
  'The file itself. Headers: Content-Disposition (file name), ETag and X-Checksum-Sha256 (sha256 of the bytes, stored with the file), X-Document-Id.';

/** Sends a stored generated file: HTML shown in the browser, PDF and DOCX downloaded. */
function send(res: Response, { doc, bytes }: GeneratedFile): StreamableFile {
  res.setHeader('ETag', `"${doc.sha256}"`);
  res.setHeader('X-Checksum-Sha256', doc.sha256);
  res.setHeader('X-Document-Id', String(doc.id));
  res.setHeader('Access-Control-Expose-Headers', 'Content-Disposition, ETag, X-Checksum-Sha256, X-Document-Id');
  const disposition = doc.format === 'html' ? 'inline' : 'attachment';
  return new StreamableFile(bytes, {
    type: MIME[doc.format as keyof typeof MIME],
    disposition: `${disposition}; filename*=UTF-8''${encodeURIComponent(doc.fileName)}`,
  });
}

function sendList(res: Response, file: ExportFile): StreamableFile {
  res.setHeader('Access-Control-Expose-Headers', 'Content-Disposition');
  return new StreamableFile(file.bytes, {
    type: MIME[file.format],
    disposition: `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
  });
}

@ApiTags('documents')
@ApiBearerAuth()
@Controller()
export class DocumentsController {
  constructor(
    private readonly documents: DocumentsService,
    private readonly exports: ListExportsService,
  ) {}

  @Get('decisions/:id/documents/:kind')
  @ApiOperation({
    summary:
      'Quyết định khen thưởng, danh sách kèm theo, hoặc Bằng khen/Giấy khen của một người (certificate?nominationId=) — chỉ quyết định đã ban hành',
  })
  @ApiQuery({ name: 'format', enum: DOCUMENT_FORMATS, required: false })
  @ApiQuery({ name: 'nominationId', type: Number, required: false })
  @ApiProduces(MIME.pdf, MIME.docx, MIME.html)
  @ApiOkResponse({ description: FILE_DOC })
  async decision(
    @CurrentUser() user: Principal,
    @Param('id', ParseIntPipe) id: number,
    @Param('kind', { schema: z.enum(DECISION_KINDS) }) kind: (typeof DECISION_KINDS)[number],
    @Query('format', { schema: DocumentFormat }) format: z.infer<typeof DocumentFormat>,
    @Query('nominationId', { schema: OptionalId }) nominationId: number | undefined,
    @Res({ passthrough: true }) res: Response,
  ) {
    return send(res, await this.documents.decisionDocument(user, id, kind, format, nominationId));
  }

  @Get('decisions/:id/preview/:kind')
  @ApiOperation({
    summary:
      'Xem trước dự thảo quyết định hoặc danh sách kèm theo: dấu "DỰ THẢO" trên mọi trang, chưa có số; không lưu (quyết định đã ban hành: 409)',
  })
  @ApiQuery({ name: 'format', enum: PREVIEW_FORMATS, required: false })
  @ApiProduces(MIME.pdf, MIME.html)
  @ApiOkResponse({ description: 'The preview, shown inline (Content-Disposition names it); never cached.' })
  async preview(
    @CurrentUser() user: Principal,
    @Param('id', ParseIntPipe) id: number,
    @Param('kind', { schema: z.enum(PREVIEW_KINDS) }) kind: (typeof PREVIEW_KINDS)[number],
    @Query('format', { schema: z.enum(PREVIEW_FORMATS).default('pdf') }) format: PreviewFormat,
    @Res({ passthrough: true }) res: Response,
  ) {
    const file = await this.documents.decisionPreview(user, id, kind, format);
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('Access-Control-Expose-Headers', 'Content-Disposition');
    return new StreamableFile(file.bytes, {
      type: MIME[file.format],
      disposition: `inline; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
    });
  }

  @Get('decisions/:id/awardees')
  @ApiOperation({ summary: 'Danh sách tập thể, cá nhân được khen thưởng theo quyết định (XLSX hoặc CSV)' })
  @ApiQuery({ name: 'format', enum: LIST_FORMATS, required: false })
  @ApiProduces(MIME.xlsx, MIME.csv)
  async awardees(
    @CurrentUser() user: Principal,
    @Param('id', ParseIntPipe) id: number,
    @Query('format', { schema: ListFormat }) format: z.infer<typeof ListFormat>,
    @Res({ passthrough: true }) res: Response,
  ) {
    return sendList(res, await this.exports.awardees(user, id, format));
  }

  @Post('decisions/:id/certificates')
  @HttpCode(202)
  @ApiOperation({
    summary: 'In tất cả Bằng khen/Giấy khen của quyết định thành một tệp (tác vụ nền); theo dõi bằng GET /api/jobs/:id',
  })
  @ApiQuery({ name: 'format', enum: ['pdf', 'docx'], required: false })
  @ApiAcceptedResponse({ standardSchema: JobRow })
  certificates(
    @CurrentUser() user: Principal,
    @Param('id', ParseIntPipe) id: number,
    @Query('format', { schema: z.enum(['pdf', 'docx']).default('pdf') }) format: 'pdf' | 'docx',
  ) {
    return this.documents.startCertificates(user, id, format);
  }

  @Get('jobs/:id')
  @ApiOperation({ summary: 'Trạng thái và tiến độ của tác vụ nền' })
  @ApiOkResponse({ standardSchema: JobRow })
  job(@CurrentUser() user: Principal, @Param('id', ParseIntPipe) id: number) {
    return this.documents.job(user, id);
  }

  @Get('jobs/:id/file')
  @ApiOperation({ summary: 'Tệp kết quả của tác vụ đã xong (409 khi chưa xong)' })
  @ApiProduces(MIME.pdf, MIME.docx)
  @ApiOkResponse({ description: FILE_DOC })
  async jobFile(
    @CurrentUser() user: Principal,
    @Param('id', ParseIntPipe) id: number,
    @Res({ passthrough: true }) res: Response,
  ) {
    return send(res, await this.documents.jobFile(user, id));
  }

  @Get('nominations/:id/documents-generated/:kind')
  @ApiOperation({
    summary:
      'Tờ trình, biên bản họp Hội đồng TĐKT, báo cáo thành tích của đề nghị (theo mẫu của nghị định đang có hiệu lực vào ngày lập: 98/2023/NĐ-CP, từ 01/7/2025 là 152/2025/NĐ-CP)',
  })
  @ApiQuery({ name: 'format', enum: DOCUMENT_FORMATS, required: false })
  @ApiProduces(MIME.pdf, MIME.docx, MIME.html)
  @ApiOkResponse({ description: FILE_DOC })
  async nomination(
    @CurrentUser() user: Principal,
    @Param('id', ParseIntPipe) id: number,
    @Param('kind', { schema: z.enum(NOMINATION_KINDS) }) kind: (typeof NOMINATION_KINDS)[number],
    @Query('format', { schema: DocumentFormat }) format: z.infer<typeof DocumentFormat>,
    @Res({ passthrough: true }) res: Response,
  ) {
    return send(res, await this.documents.nominationDocument(user, id, kind, format));
  }

  @Get('council/meetings/:id/documents/:kind')
  @ApiOperation({ summary: 'Biên bản họp Hội đồng TĐKT tỉnh, tờ trình kết quả lên Chủ tịch UBND tỉnh, từ cuộc họp' })
  @ApiQuery({ name: 'format', enum: DOCUMENT_FORMATS, required: false })
  @ApiProduces(MIME.pdf, MIME.docx, MIME.html)
  @ApiOkResponse({ description: FILE_DOC })
  async council(
    @CurrentUser() user: Principal,
    @Param('id', ParseIntPipe) id: number,
    @Param('kind', { schema: z.enum(COUNCIL_KINDS) }) kind: (typeof COUNCIL_KINDS)[number],
    @Query('format', { schema: DocumentFormat }) format: z.infer<typeof DocumentFormat>,
    @Res({ passthrough: true }) res: Response,
  ) {
    return send(res, await this.documents.councilDocument(user, id, kind, format));
  }

  @Get('reports/:id/document')
  @ApiOperation({ summary: 'Báo cáo kết quả thực hiện phong trào hằng năm của đơn vị' })
  @ApiQuery({ name: 'format', enum: DOCUMENT_FORMATS, required: false })
  @ApiProduces(MIME.pdf, MIME.docx, MIME.html)
  @ApiOkResponse({ description: FILE_DOC })
  async report(
    @CurrentUser() user: Principal,
    @Param('id', ParseIntPipe) id: number,
    @Query('format', { schema: DocumentFormat }) format: z.infer<typeof DocumentFormat>,
    @Res({ passthrough: true }) res: Response,
  ) {
    return send(res, await this.documents.reportDocument(user, id, format));
  }

  @Get('provinces/:slug/phases/:phaseId/summary')
  @ApiOperation({ summary: 'Báo cáo tổng hợp kết quả một đợt của tỉnh (cán bộ cấp tỉnh)' })
  @ApiQuery({ name: 'format', enum: DOCUMENT_FORMATS, required: false })
  @ApiProduces(MIME.pdf, MIME.docx, MIME.html)
  @ApiOkResponse({ description: FILE_DOC })
  async summary(
    @CurrentUser() user: Principal,
    @Param('slug') slug: string,
    @Param('phaseId') phaseId: string,
    @Query('format', { schema: DocumentFormat }) format: z.infer<typeof DocumentFormat>,
    @Res({ passthrough: true }) res: Response,
  ) {
    return send(res, await this.documents.phaseSummary(user, slug, phaseId, format));
  }

  @Get('exports/:list')
  @ApiOperation({
    summary: 'Xuất danh sách đề nghị khen thưởng hoặc số liệu chỉ số ra XLSX/CSV; filter như danh sách (JSON)',
  })
  @ApiQuery({ name: 'format', enum: LIST_FORMATS, required: false })
  @ApiQuery({ name: 'filter', type: String, required: false, example: '{"phaseId":"so-ket-2024"}' })
  @ApiProduces(MIME.xlsx, MIME.csv)
  async list(
    @CurrentUser() user: Principal,
    @Param('list', { schema: z.enum(EXPORT_LISTS) }) list: (typeof EXPORT_LISTS)[number],
    @Query('format', { schema: ListFormat }) format: z.infer<typeof ListFormat>,
    @Query('filter') filter: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ) {
    return sendList(res, await this.exports.list(user, list, format, filter));
  }
}
