import {
  BadRequestException,
  ConflictException,
  ForbiddenException,
  NotFoundException,
  PayloadTooLargeException,
} from '@nestjs/common';

/**
 * Errors a user can cause. Messages are Vietnamese first (the console shows them as they are); `code` is a
 * stable English key for programs.
 */
export const badRequest = (message: string, code = 'bad-request') =>
  new BadRequestException({ statusCode: 400, code, message });
export const forbidden = (message = 'Bạn không có quyền thực hiện thao tác này', code = 'forbidden') =>
  new ForbiddenException({ statusCode: 403, code, message });
export const notFound = (message: string, code = 'not-found') =>
  new NotFoundException({ statusCode: 404, code, message });
export const conflict = (message: string, code = 'conflict') =>
  new ConflictException({ statusCode: 409, code, message });
export const tooLarge = (message: string, code = 'too-large') =>
  new PayloadTooLargeException({ statusCode: 413, code, message });
