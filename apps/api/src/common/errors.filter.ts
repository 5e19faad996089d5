import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { QueryFailedError } from 'typeorm';

/**
 * Turns what reaches the top into a JSON error: HTTP errors as they are; a unique-constraint violation (two
 * users doing the same thing at once) as 409; anything else as 500 without internals.
 */
@Catch()
export class ErrorsFilter implements ExceptionFilter {
  private readonly log = new Logger('errors');

  catch(error: unknown, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    if (error instanceof HttpException) {
      const body = error.getResponse();
      res
        .status(error.getStatus())
        .json(typeof body === 'string' ? { statusCode: error.getStatus(), message: body } : body);
      return;
    }
    if (error instanceof QueryFailedError && isUniqueViolation(error)) {
      res.status(409).json({
        statusCode: 409,
        code: 'conflict',
        message:
          'Dữ liệu trùng hoặc vừa được người khác thay đổi; hãy tải lại / duplicate or concurrently changed data, reload',
      });
      return;
    }
    this.log.error(error instanceof Error ? error.stack : String(error));
    res.status(500).json({ statusCode: 500, message: 'Lỗi hệ thống / internal error' });
  }
}

function isUniqueViolation(e: QueryFailedError): boolean {
  const d = e.driverError as { code?: string } | undefined;
  return d?.code === '23505' || d?.code === 'SQLITE_CONSTRAINT_UNIQUE' || d?.code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}
