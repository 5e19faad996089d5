import { dmy, dmyTime } from '../common/dates';
import { keyInWords } from '../providers/errors';

type Translate = (key: string, options?: object) => string;

/** One recorded value as a person reads it: dates dd/mm/yyyy, yes/no, labels for internal keys, lists in a line. */
export function auditValue(value: unknown, translate: Translate, locale: string): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return translate(value ? 'thidua.audit.yes' : 'thidua.audit.no');
  if (typeof value === 'number') return value.toLocaleString(locale === 'en' ? 'en-GB' : 'vi-VN');
  if (typeof value === 'string') {
    if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return dmy(value);
    if (/^\d{4}-\d{2}-\d{2}T/.test(value)) return dmyTime(value);
    return keyInWords(value, locale);
  }
  if (Array.isArray(value)) return value.map((v) => auditValue(v, translate, locale)).join(', ') || '—';
  return Object.entries(value as Record<string, unknown>)
    .map(([k, v]) => `${auditField(k, '', translate)}: ${auditValue(v, translate, locale)}`)
    .join('; ');
}

/** A recorded field by the label its form gives it (the entity's own, else the shared table), else as recorded. */
export function auditField(field: string, entity: string, translate: Translate): string {
  for (const key of [`resources.${entity}.fields.${field}`, `thidua.error.fields.${field.replace(/\./g, '_')}`]) {
    const label = translate(key, { _: '' });
    if (label) return label;
  }
  return field;
}
