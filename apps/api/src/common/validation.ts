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

/** What a Standard Schema (zod's) says of a value: the value, or issues with their paths. */
interface Issue {
  readonly message: string;
  readonly path?: ReadonlyArray<PropertyKey | { readonly key: PropertyKey }> | undefined;
}
interface StandardSchema {
  '~standard': {
    validate(
      value: unknown,
    ): { value?: unknown; issues?: readonly Issue[] } | Promise<{ value?: unknown; issues?: readonly Issue[] }>;
  };
}

/** The 400 of a value its schema refuses: each field named (a lone query or path parameter by its own name). */
function invalidInput(issues: readonly Issue[], name?: string) {
  const fields = issues.map((i) => ({
    field: [name, ...(i.path ?? []).map((p) => (typeof p === 'object' ? String(p.key) : String(p)))]
      .filter((p) => p !== undefined && p !== '')
      .join('.'),
    message: i.message,
  }));
  return new BadRequestException({
    statusCode: 400,
    code: 'invalid-input',
    message: fields.map((f) => (f.field ? `${f.field}: ${f.message}` : f.message)).join('; '),
    fields,
  });
}

/**
 * Validates bodies, queries and params against their zod schema; a 400 names each field and what is wrong, and
 * a schema given to one query or path parameter (`@Query('format', { schema })`) names that parameter.
 */
class NamingValidationPipe extends StandardSchemaValidationPipe {
  override async transform<T = unknown>(value: T, metadata: ArgumentMetadata): Promise<T> {
    const schema = metadata.schema as StandardSchema | undefined;
    if (!schema || !this.toValidate(metadata) || !metadata.data || metadata.type === 'body')
      return super.transform(value, metadata);
    const result = await schema['~standard'].validate(value);
    if (result.issues) throw invalidInput(result.issues, metadata.data);
    return result.value as T;
  }
}
export const validationPipe = new NamingValidationPipe({ exceptionFactory: (issues) => invalidInput(issues) });

/** A YYYY-MM-DD that exists on the calendar (not 31/02). */
const onCalendar = (iso: string) => !Number.isNaN(Date.parse(iso)) && new Date(iso).toISOString().slice(0, 10) === iso;

/** The years a date of the movement can fall in: year 0 or 9999 is a typing mistake, not a deadline. */
export const YEARS = { min: 1900, max: 2199 } as const;
const inYears = (s: string) => Number(s.slice(0, 4)) >= YEARS.min && Number(s.slice(0, 4)) <= YEARS.max;

/** A calendar date as the API takes it: YYYY-MM-DD, a day that exists, in a year from 1900 to 2199. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày phải có dạng YYYY-MM-DD / a date is YYYY-MM-DD')
  .refine(onCalendar, 'Ngày không có trên lịch / no such day')
  .refine(inYears, `Năm phải từ ${YEARS.min} đến ${YEARS.max} / the year must be from ${YEARS.min} to ${YEARS.max}`);

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?$/;

/**
 * A date and time as a form sends it ("2024-08-20T08:00", Vietnam time unless an offset is given) or a full ISO
 * timestamp: a day that exists (2024-02-30T08:00 is refused, not moved to 1 March), an hour of the day, a year
 * from 1900 to 2199.
 */
export const isoDateTime = z
  .string()
  .regex(DATE_TIME, 'Thời gian có dạng YYYY-MM-DDTHH:mm / a time is YYYY-MM-DDTHH:mm')
  .refine((s) => onCalendar(s.slice(0, 10)) && !Number.isNaN(Date.parse(s)), 'Ngày không có trên lịch / no such day')
  .refine(inYears, `Năm phải từ ${YEARS.min} đến ${YEARS.max} / the year must be from ${YEARS.min} to ${YEARS.max}`);

/**
 * A moment as a query takes it (`?at=`): a calendar date (its end, as before) or an ISO 8601 date-time with its
 * offset, given back as the UTC instant the timestamp columns hold (`2025-07-01T00:00:00+07:00` →
 * `2025-06-30T17:00:00.000Z`), so that comparing them as text compares moments.
 */
export const isoInstant = z
  .string()
  .refine(
    (s) =>
      /^\d{4}-\d{2}-\d{2}$/.test(s)
        ? onCalendar(s)
        : /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/.test(s) &&
          onCalendar(s.slice(0, 10)) &&
          !Number.isNaN(Date.parse(s)),
    'phải là một ngày YYYY-MM-DD có trên lịch hoặc thời điểm ISO 8601 có múi giờ / must be a YYYY-MM-DD date or an ISO 8601 date-time with its offset',
  )
  .transform((s) => (s.length === 10 ? `${s}T23:59:59.999Z` : new Date(s).toISOString()));

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
 * Vietnamese text in one Unicode form: NFC. A keyboard in "Unicode tổ hợp" mode, or a Mac, sends decomposed text
 * (NFD), which looks the same but compares, searches and prints differently: every string of a body, query or
 * path is composed before anything sees it. Changes the value in place (a JSON body is the request's own).
 */
function composed(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return value.normalize('NFC');
  if (value === null || typeof value !== 'object' || depth > 32) return value;
  if (Array.isArray(value)) {
    value.forEach((v, i) => (value[i] = composed(v, depth + 1)));
    return value;
  }
  if (Object.getPrototypeOf(value) !== Object.prototype && Object.getPrototypeOf(value) !== null) return value;
  for (const key of Object.keys(value)) {
    if (key === '__proto__') continue;
    const record = value as Record<string, unknown>;
    const v = record[key];
    const c = composed(v, depth + 1);
    if (c !== v) record[key] = c;
  }
  return value;
}

/**
 * Runs before every other pipe, on every route (login included): refuses a NUL character anywhere in the input,
 * and a numeric path id that is not an integer or that the database cannot hold, each as a 400 naming the
 * parameter instead of a driver error or the framework's English one; composes Vietnamese text (NFC).
 */
export const inputGuardPipe: PipeTransform = {
  transform(input: unknown, meta: ArgumentMetadata) {
    if (meta.type === 'custom') return input;
    const value = composed(input);
    const at = nulAt(value, meta.data ?? '');
    if (at !== undefined)
      throw badRequest(
        `${at || meta.type}: không được chứa ký tự NUL (\\u0000) / must not contain a NUL character`,
        'invalid-input',
      );
    const id = meta.type === 'param' && meta.metatype === Number && typeof value === 'string';
    if (id && !/^-?\d+$/.test(value))
      throw badRequest(
        `${meta.data}: mã số phải là số nguyên, "${value.slice(0, 40)}" thì không / ${meta.data}: must be an integer`,
        'invalid-input',
      );
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
