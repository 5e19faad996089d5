import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../src/config.js';
import { DEMO_PASSWORD } from '../../src/demo/demo-data.js';
import { type ApiProcess, resetPostgres, seedDemo, spawnApi } from './process.js';

// The built api in its own process on the demo data of the real provinces (SQLite, or PostgreSQL when
// DATABASE_URL is set, seeded with the cli first).
let api: ApiProcess;
beforeAll(async () => {
  if (process.env.DATABASE_URL) {
    await resetPostgres(process.env.DATABASE_URL);
    seedDemo({});
  }
  api = await spawnApi({ THIDUA_PROVINCES_DIR: join(REPO_ROOT, 'provinces'), THIDUA_DEMO: '1' });
}, 180_000);
afterAll(() => {
  if (api?.child.exitCode === null) api.child.kill('SIGKILL');
});

describe('graceful shutdown', () => {
  it('after printing PDFs, SIGTERM drains the request in flight and exits 0 within 10 s', async () => {
    const login = await fetch(`${api.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username: 'bac-kan.quantri', password: DEMO_PASSWORD }),
    });
    expect(login.status).toBe(200);
    const auth = { Authorization: `Bearer ${((await login.json()) as { token: string }).token}` };
    const decisions = (await (await fetch(`${api.url}/api/decisions`, { headers: auth })).json()) as { id: number }[];
    const doc = (kind: string) =>
      fetch(`${api.url}/api/decisions/${decisions[0]!.id}/documents/${kind}?format=pdf`, { headers: auth });
    const first = await doc('decision');
    expect(first.status).toBe(200);
    expect(
      Buffer.from(await first.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    // Logs are JSON lines; the request's line carries the id echoed to the caller, and no token.
    const id = first.headers.get('x-request-id')!;
    const logged = () =>
      api
        .output()
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as { req?: { id: string; url: string }; res?: { statusCode: number } })
        .find((l) => l.req?.id === id);
    // The child's stdout arrives through a pipe: give its line a moment.
    for (let i = 0; i < 50 && !logged(); i++) await new Promise((r) => setTimeout(r, 100));
    expect(logged()).toMatchObject({
      req: { url: expect.stringContaining('/documents/decision') },
      res: { statusCode: 200 },
    });
    expect(api.output()).not.toContain(auth.Authorization.slice(7));

    // A second print is in flight when the signal comes: it still gets its file.
    const inFlight = doc('annex');
    await new Promise((r) => setTimeout(r, 30));
    const t0 = Date.now();
    api.child.kill('SIGTERM');
    const res = await inFlight;
    expect(res.status).toBe(200);
    expect(
      Buffer.from(await res.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    const code = await Promise.race([api.exited, new Promise((r) => setTimeout(() => r('still running'), 10_000))]);
    expect(code, api.output()).toBe(0);
    expect(Date.now() - t0).toBeLessThan(10_000);
  }, 60_000);
});
