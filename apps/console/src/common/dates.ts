import { shortDate } from '@thidua/domain';

const pad = (n: number) => String(n).padStart(2, '0');

/** "2024-08-01" or an ISO timestamp → "01/08/2024" (a plain date is taken as written, never shifted by time zone). */
export function dmy(value: string | null | undefined): string {
  if (!value) return '';
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return shortDate(value);
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? value : `${pad(d.getDate())}/${pad(d.getMonth() + 1)}/${d.getFullYear()}`;
}

/** An ISO timestamp → "01/08/2024 14:05" in the browser's time zone. */
export function dmyTime(value: string | null | undefined): string {
  if (!value) return '';
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? value : `${dmy(value)} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
