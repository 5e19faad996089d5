const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;

/**
 * "2024-09-05" → "05/09/2024", the short form users read in lists, tables, messages and exports: the one
 * dd/mm/yyyy writer of the api, the console and the documents. The date is taken as written (a timestamp's date
 * part, never shifted by a time zone); anything that does not start YYYY-MM-DD is a bug of the caller.
 */
export function shortDate(iso: string): string {
  const m = ISO_DATE.exec(iso);
  if (!m) throw new Error(`not a date written YYYY-MM-DD: "${iso}"`);
  return `${m[3]}/${m[2]}/${m[1]}`;
}

/** "2024-08-20T01:00:00Z" → "20/08/2024 08:00": dd/mm/yyyy hh:mm in Vietnam time (UTC+7), as meetings are announced. */
export function shortDateTime(iso: string): string {
  const d = new Date(Date.parse(iso) + 7 * 3600_000).toISOString();
  return `${shortDate(d)} ${d.slice(11, 16)}`;
}
