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
    if (typeof body === 'object' && body !== null && 'code' in body)
      return { status: error.getStatus(), body: body as ErrorReply['body'] };
    return { status: error.getStatus(), body: frameworkError(error) };
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

/** How each refusal of the framework (not of our code) is told: a stable code, Vietnamese, English. */
const FRAMEWORK = {
  route: { code: 'no-route', vi: 'Không có địa chỉ này trong api', en: 'no such route' },
  json: {
    code: 'bad-json',
    vi: 'Nội dung gửi lên không phải JSON hợp lệ (một đối tượng hoặc một mảng)',
    en: 'the body is not valid JSON (an object or an array)',
  },
  size: { code: 'too-large', vi: 'Nội dung hoặc tệp gửi lên quá lớn', en: 'the request body or file is too large' },
  type: {
    code: 'bad-content-type',
    vi: 'Không đọc được nội dung theo kiểu hoặc bảng mã đã khai báo',
    en: 'unsupported content type, charset or encoding',
  },
  upload: {
    code: 'bad-upload',
    vi: 'Tệp gửi lên không đúng cách: một tệp, ở trường "file"',
    en: 'malformed upload: one file, in the "file" field',
  },
  rate: {
    code: 'too-many-requests',
    vi: 'Quá nhiều yêu cầu trong một phút; hãy thử lại sau ít phút',
    en: 'too many requests, retry in a minute',
  },
  other: { code: 'http-error', vi: 'Yêu cầu không hợp lệ', en: 'the request cannot be served' },
} as const;

/**
 * An HTTP error raised by the framework rather than by our code (which always gives a `code`): no route, a body
 * Express could not read (malformed JSON, too large, an unknown charset or encoding), a multipart part multer
 * refused, the per-route rate limit. Told like every other error, with a code and Vietnamese then English; the framework's own English
 * detail follows in brackets.
 */
function frameworkError(error: HttpException): ErrorReply['body'] {
  const status = error.getStatus();
  const raw = error.getResponse();
  const detail = String(typeof raw === 'string' ? raw : ((raw as { message?: unknown }).message ?? error.message))
    .replace(/\s+/g, ' ')
    .slice(0, 300);
  const type = (error.cause as { type?: string } | undefined)?.type ?? '';
  const kind: keyof typeof FRAMEWORK =
    status === 404 && /^Cannot [A-Z]+ /.test(detail)
      ? 'route'
      : status === 429
        ? 'rate'
        : status === 413
          ? 'size'
          : status === 415 || type.startsWith('encoding.') || type === 'charset.unsupported'
            ? 'type'
            : status === 400 && (error.cause instanceof SyntaxError || type === 'entity.parse.failed')
              ? 'json'
              : status === 400 &&
                  /^(Unexpected (file )?field|Too many|Field (name|value)|Unexpected end|Multipart|Malformed part)/i.test(
                    detail,
                  )
                ? 'upload'
                : 'other';
  const { code, vi, en } = FRAMEWORK[kind];
  const where = kind === 'route' ? `: ${detail.slice('Cannot '.length)}` : '';
  return { statusCode: status, code, message: `${vi}${where} / ${en}${detail ? ` (${detail})` : ''}` };
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
