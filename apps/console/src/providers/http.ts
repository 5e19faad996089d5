import { fetchUtils, HttpError } from 'react-admin';
import { i18nProvider } from '../i18n/i18nProvider';
import { readableError } from './errors';
import { session } from './session';

export const API_URL = '/api';

/** fetchJson with the bearer token; an api error reads in the console's language and keeps its code. */
export async function httpClient(url: string, options: fetchUtils.Options = {}) {
  const headers = new Headers(options.headers ?? { Accept: 'application/json' });
  const token = session.token();
  if (token) headers.set('Authorization', `Bearer ${token}`);
  try {
    return await fetchUtils.fetchJson(url, { ...options, headers });
  } catch (e) {
    if (!(e instanceof HttpError)) throw e;
    throw new HttpError(readableError(e.body, i18nProvider.getLocale(), e.status), e.status, e.body);
  }
}

/** For multipart uploads and file downloads, which fetchJson does not handle. */
export async function rawFetch(path: string, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  const token = session.token();
  if (token) headers.set('Authorization', `Bearer ${token}`);
  const res = await fetch(`${API_URL}${path}`, { ...init, headers });
  if (!res.ok) {
    const body = await res.json().catch(() => ({}));
    throw new HttpError(readableError(body, i18nProvider.getLocale(), res.status), res.status, body);
  }
  return res;
}

/** The api's stable error code (e.g. "stale-criteria", "quota-exceeded") of a failed call. */
export function errorCode(error: unknown): string | undefined {
  return (error as { body?: { code?: string } } | null)?.body?.code;
}

/** Saves a file the api sends (Content-Disposition names it). */
export async function download(path: string, fallbackName: string): Promise<void> {
  const res = await rawFetch(path);
  const disposition = res.headers.get('Content-Disposition') ?? '';
  const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1];
  const plain = /filename="?([^";]+)"?/i.exec(disposition)?.[1];
  const name = star ? decodeURIComponent(star) : (plain ?? fallbackName);
  const url = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  URL.revokeObjectURL(url);
}
