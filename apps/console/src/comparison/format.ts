import { NOT_SET, QUOTA_STATUS_TEXT, type QuotaFigure, shortDate } from '@thidua/domain';
import type { Text } from './types';

export type Locale = 'vi' | 'en';

export const localeOf = (locale: string): Locale => (locale === 'en' ? 'en' : 'vi');
export const pick = (t: Text, locale: Locale) => t[locale];

/** dd/mm/yyyy for users; the plan's silence stays visible. */
export const vnDate = (iso: string | null | undefined, locale: Locale = 'vi') =>
  iso ? shortDate(iso) : NOT_SET[locale];

/** A figure, with the decimal comma in Vietnamese; null is "no data" (—), never 0. */
export function num(v: number | null | undefined, locale: Locale, digits = 1): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return '—';
  return new Intl.NumberFormat(locale === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: digits }).format(v);
}

export const quotaText = (q: QuotaFigure, locale: Locale) =>
  q.status === 'fixed' ? String(q.value) : QUOTA_STATUS_TEXT[q.status][locale];

export const OPERATOR_SIGN: Record<string, string> = { '>=': '≥', '>': '>', '<=': '≤', '<': '<', '=': '=' };

/** A query string from the filters that are set. */
export const query = (params: Record<string, string | number | null | undefined>) =>
  Object.entries(params)
    .filter(([, v]) => v !== null && v !== undefined && v !== '')
    .map(([k, v]) => `${k}=${encodeURIComponent(String(v))}`)
    .join('&');
