import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { QueryFailedError } from 'typeorm';

/** The status and JSON body a user meets for an error (also one row's result of a bulk step). */
export interface ErrorReply {
  status: number;
  body: { statusCode: number; code?: string; message: string | string[] } & Record<string, unknown>;
}

/**
 * What reaches the top as a JSON error: HTTP errors as they are; a unique-constraint violation (two users doing
 * the same thing at once) as 409; a row still referenced as 409; a value the database refuses (a malformed
 * number, text or date the checks let through) as 400; anything else undefined (a 500, told without internals).
 */
export function errorReply(error: unknown): ErrorReply | undefined {
  if (error instanceof HttpException) {
    const body = error.getResponse();
    return {
      status: error.getStatus(),
      body: typeof body === 'string' ? { statusCode: error.getStatus(), message: body } : (body as ErrorReply['body']),
    };
  }
  if (error instanceof QueryFailedError && isUniqueViolation(error))
    return {
      status: 409,
      body: {
        statusCode: 409,
        code: 'conflict',
        message:
          'Dữ liệu trùng hoặc vừa được người khác thay đổi; hãy tải lại / duplicate or concurrently changed data, reload',
      },
    };
  if (error instanceof QueryFailedError && isForeignKeyViolation(error))
    return {
      status: 409,
      body: {
        statusCode: 409,
        code: 'in-use',
        message: 'Dữ liệu đang được dùng ở nơi khác nên không xóa hoặc đổi được / the row is still referenced',
      },
    };
  if (error instanceof QueryFailedError && isDataException(error))
    return {
      status: 400,
      body: {
        statusCode: 400,
        code: 'invalid-input',
        message: 'Giá trị không hợp lệ với kiểu dữ liệu của trường / a value does not fit its field',
      },
    };
  return undefined;
}

export const INTERNAL_ERROR: ErrorReply['body'] = { statusCode: 500, message: 'Lỗi hệ thống / internal error' };

/** Turns what reaches the top into a JSON error (see errorReply); the unexpected is logged and told as a 500. */
@Catch()
export class ErrorsFilter implements ExceptionFilter {
  private readonly log = new Logger('errors');

  catch(error: unknown, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    const reply = errorReply(error);
    if (reply) {
      if (reply.body.code === 'invalid-input' && error instanceof QueryFailedError)
        this.log.warn(`refused by the database: ${error.message}`);
      res.status(reply.status).json(reply.body);
      return;
    }
    this.log.error(error instanceof Error ? error.stack : String(error));
    res.status(500).json(INTERNAL_ERROR);
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
