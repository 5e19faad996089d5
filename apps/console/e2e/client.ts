import { PASSWORD } from './browser';
import { sessions } from './sessions';

/** A logged-in api client for arranging data the browser steps then act on. */
export class ApiClient {
  private constructor(
    private readonly url: string,
    private readonly token: string,
  ) {}

  static async login(url: string, username: string): Promise<ApiClient> {
    const known = sessions.get(username);
    if (known) return new ApiClient(url, known.token);
    const res = await fetch(`${url}/api/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username, password: PASSWORD }),
    });
    if (!res.ok) throw new Error(`login ${username}: ${res.status} ${await res.text()}`);
    const body = (await res.json()) as { token: string; user: unknown };
    sessions.set(username, body);
    return new ApiClient(url, body.token);
  }

  async call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const form = body instanceof FormData;
    const res = await fetch(`${this.url}/api${path}`, {
      method,
      headers: {
        Authorization: `Bearer ${this.token}`,
        ...(body && !form ? { 'Content-Type': 'application/json' } : {}),
      },
      body: form ? body : body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${text}`);
    return (text ? JSON.parse(text) : undefined) as T;
  }

  get<T>(path: string, query?: Record<string, unknown>): Promise<T> {
    const qs = query
      ? `?${new URLSearchParams(Object.fromEntries(Object.entries(query).map(([k, v]) => [k, JSON.stringify(v)])))}`
      : '';
    return this.call<T>('GET', `${path}${qs}`);
  }
}
