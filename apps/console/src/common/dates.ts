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

const DMY_TIME = /^(\d{1,2})\/(\d{1,2})\/(\d{4})\s+(\d{1,2})[:hg](\d{2})$/i;

/**
 * "5/9/2024 8:30" (or "05/09/2024 08h30") → "2024-09-05T08:30", the local time the api takes; null when the text
 * is not a whole date on the calendar and a time of day. Typed, not a native picker, which writes mm/dd/yyyy and
 * AM/PM in a browser set to English.
 */
export function parseDmyTime(text: string): string | null {
  const m = DMY_TIME.exec(text.trim());
  if (!m) return null;
  const [, d, mo, y, h, mi] = m as unknown as string[];
  const date = `${y}-${mo!.padStart(2, '0')}-${d!.padStart(2, '0')}`;
  const check = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(check.getTime()) || !check.toISOString().startsWith(date)) return null;
  if (Number(h) > 23 || Number(mi) > 59) return null;
  return `${date}T${h!.padStart(2, '0')}:${mi}`;
}
