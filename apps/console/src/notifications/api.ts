import { API_URL, httpClient } from '../providers/http';

/** JSON from the api with the session's token; errors carry the api's Vietnamese message. */
export async function apiJson<T>(path: string, method = 'GET', body?: unknown): Promise<T> {
  const res = await httpClient(`${API_URL}${path}`, {
    method,
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return res.json as T;
}

/** Tells the app bar to count unread notifications again (after a mark read). */
export const NOTIFICATIONS_CHANGED = 'thidua:notifications-changed';
export const notificationsChanged = () => window.dispatchEvent(new Event(NOTIFICATIONS_CHANGED));
