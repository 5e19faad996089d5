import { UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';

/**
 * Receives one multipart file field. Busboy reads file names as latin1 unless told otherwise, which turns
 * "Tờ trình đề nghị.pdf" into mojibake: browsers send UTF-8. A file over `maxBytes` is a 413 before it is kept;
 * the other parts are bounded too (a few short text fields).
 */
export const FileUpload = (maxBytes: number, field = 'file') =>
  UseInterceptors(
    FileInterceptor(field, {
      defParamCharset: 'utf8',
      limits: { fileSize: maxBytes, files: 1, fields: 10, fieldSize: 10_000, parts: 12, headerPairs: 100 },
    }),
  );
