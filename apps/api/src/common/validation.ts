import {
  type ArgumentMetadata,
  BadRequestException,
  type PipeTransform,
  StandardSchemaValidationPipe,
} from '@nestjs/common';
import { z } from 'zod';
import { badRequest } from './errors.js';
import { MAX_INT } from './list-query.js';

// Zod's messages in Vietnamese (the console shows them as they are).
z.config(z.locales.vi());

/** Validates bodies, queries and params against their zod schema; a 400 names each field and what is wrong. */
export const validationPipe = new StandardSchemaValidationPipe({
  exceptionFactory: (issues) => {
    const fields = issues.map((i) => ({
      field: (i.path ?? []).map((p) => (typeof p === 'object' ? p.key : p)).join('.'),
      message: i.message,
    }));
    return new BadRequestException({
      statusCode: 400,
      code: 'invalid-input',
      message: fields.map((f) => (f.field ? `${f.field}: ${f.message}` : f.message)).join('; '),
      fields,
    });
  },
});

/** A YYYY-MM-DD that exists on the calendar (not 31/02). */
const onCalendar = (iso: string) => !Number.isNaN(Date.parse(iso)) && new Date(iso).toISOString().slice(0, 10) === iso;

/** A calendar date as the API takes it: YYYY-MM-DD, a day that exists. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày phải có dạng YYYY-MM-DD')
  .refine(onCalendar, 'Ngày không có trên lịch');

/** The path to the first NUL character in a body, query or path value, if any: PostgreSQL text cannot hold one. */
function nulAt(value: unknown, path: string, depth = 0): string | undefined {
  if (typeof value === 'string') return value.includes('\u0000') ? path : undefined;
  if (value === null || typeof value !== 'object' || depth > 32) return undefined;
  for (const [k, v] of Object.entries(value)) {
    const at = k.includes('\u0000') ? path : nulAt(v, path ? `${path}.${k}` : k, depth + 1);
    if (at !== undefined) return at;
  }
  return undefined;
}

/**
 * Runs before every other pipe, on every route (login included): refuses a NUL character anywhere in the input
 * and a numeric path id the database cannot hold, each as a 400 naming the parameter instead of a driver error.
 */
export const inputGuardPipe: PipeTransform = {
  transform(value: unknown, meta: ArgumentMetadata) {
    if (meta.type === 'custom') return value;
    const at = nulAt(value, meta.data ?? '');
    if (at !== undefined)
      throw badRequest(
        `${at || meta.type}: không được chứa ký tự NUL (\\u0000) / must not contain a NUL character`,
        'invalid-input',
      );
    const id = meta.type === 'param' && meta.metatype === Number && typeof value === 'string';
    if (id && /^-?\d+$/.test(value) && Math.abs(Number(value)) > MAX_INT)
      throw badRequest(
        `${meta.data}: mã số quá lớn (tối đa ${MAX_INT}) / ${meta.data}: id out of range`,
        'invalid-input',
      );
    return value;
  },
};

/** A database id in a body or query: a positive integer the `integer` columns can hold. */
export const dbId = z.number().int().positive().max(MAX_INT);
