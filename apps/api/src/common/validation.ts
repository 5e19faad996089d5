import { BadRequestException, StandardSchemaValidationPipe } from '@nestjs/common';
import { z } from 'zod';

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
