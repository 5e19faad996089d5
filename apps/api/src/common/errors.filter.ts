import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { QueryFailedError } from 'typeorm';

/**
 * Turns what reaches the top into a JSON error: HTTP errors as they are; a unique-constraint violation (two
 * users doing the same thing at once) as 409; a row still referenced as 409; a value the database refuses (a
 * malformed number, text or date the checks let through) as 400; anything else as 500 without internals.
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
    if (error instanceof QueryFailedError && isForeignKeyViolation(error)) {
      res.status(409).json({
        statusCode: 409,
        code: 'in-use',
        message: 'Dữ liệu đang được dùng ở nơi khác nên không xóa hoặc đổi được / the row is still referenced',
      });
      return;
    }
    if (error instanceof QueryFailedError && isDataException(error)) {
      this.log.warn(`refused by the database: ${error.message}`);
      res.status(400).json({
        statusCode: 400,
        code: 'invalid-input',
        message: 'Giá trị không hợp lệ với kiểu dữ liệu của trường / a value does not fit its field',
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

function isForeignKeyViolation(e: QueryFailedError): boolean {
  const d = e.driverError as { code?: string } | undefined;
  return d?.code === '23503' || d?.code === 'SQLITE_CONSTRAINT_FOREIGNKEY';
}

/** PostgreSQL's class 22 "data exception": invalid text for a number, out of range, a NUL byte, a bad date. */
function isDataException(e: QueryFailedError): boolean {
  const d = e.driverError as { code?: string } | undefined;
  return typeof d?.code === 'string' && d.code.startsWith('22');
}
