/** dd/mm/yyyy hh:mm in Vietnam time (UTC+7), as meetings are announced. */
export function formatDateTime(iso: string): string {
  const d = new Date(Date.parse(iso) + 7 * 3600_000).toISOString();
  return `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)} ${d.slice(11, 16)}`;
}

/** 0.8 → "80%", 2/3 → "66,7%". */
export const percent = (share: number) => `${Math.round(share * 1000) / 10}%`.replace('.', ',');
