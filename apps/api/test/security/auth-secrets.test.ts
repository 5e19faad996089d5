import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REDACTED } from '../../src/audit/redact.js';
import { AuditEvent, now, User } from '../../src/database/entities/index.js';
import { PASSWORD, seedWorld, startApi, type TestApi } from '../harness.js';

const USERS = ['national', 'tn.admin', 'tn.info', 'tn.home', 'tn.clerk', 'tn.viewer', 'tn2.admin'];
const JWT = /eyJ[\w-]+\.eyJ[\w-]+\.[\w-]+/;

interface Operation {
  parameters?: { in: string; name: string; schema?: { enum?: string[] } }[];
}

let api: TestApi;
const tokens = new Map<string, string>();

beforeAll(async () => {
  api = await startApi();
  await seedWorld(api.ds);
  // Users created and changed through the api, so the audit log holds user rows before and after.
  const admin = await api.as('tn.admin');
  const created = await admin.post('/api/users', {
    username: 'tn.moi',
    password: 'một mật khẩu đủ dài',
    fullName: 'Người mới',
    role: 'viewer',
  });
  expect(created.status).toBe(201);
  expect((await admin.put(`/api/users/${created.body.id}`, { password: 'mật khẩu khác cũng dài' })).status).toBe(200);
  // A row written before audit events were redacted on write.
  const hash = (await api.ds.getRepository(User).findOneByOrFail({ username: 'tn.moi' })).passwordHash;
  await api.ds.getRepository(AuditEvent).insert({
    provinceSlug: 'thu-nghiem',
    userId: null,
    username: 'tn.admin',
    action: 'update',
    entity: 'users',
    entityId: String(created.body.id),
    before: { passwordHash: hash, note: hash } as never,
    after: { session: 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOjF9.c2lnbmF0dXJl' } as never,
    at: now(),
  });
  for (const username of USERS) {
    const res = await api.anon.post('/api/auth/login', { username, password: PASSWORD });
    expect(res.status).toBe(200);
    tokens.set(username, res.body.token as string);
  }
});
afterAll(() => api?.close());

/** Any body as text (JSON, CSV, documents), so that nothing hides from the search. */
const text = (t: request.Test) =>
  t.buffer(true).parse((res, done) => {
    const chunks: Buffer[] = [];
    res.on('data', (c: Buffer) => chunks.push(c));
    res.on('end', () => done(null, Buffer.concat(chunks).toString('utf8')));
  });

describe('secrets never leave', () => {
  it('stores audit events of users without their password hash', async () => {
    const events = await api.ds.getRepository(AuditEvent).findBy({ entity: 'users' });
    const written = events.filter((e) => e.action === 'create' || (e.action === 'update' && e.userId !== null));
    expect(written.length).toBeGreaterThanOrEqual(2);
    expect(JSON.stringify(written)).not.toContain('$argon2');
    expect(written.find((e) => e.action === 'create')!.after).toMatchObject({ passwordHash: REDACTED });
  });

  it('returns no password hash and no token in any GET route of the OpenAPI document, for any role', async () => {
    const server = api.app.getHttpServer();
    const doc = (await api.anon.get('/api/docs-json')).body as { paths: Record<string, { get?: Operation }> };
    const routes = Object.entries(doc.paths).filter(([, ops]) => ops.get);
    expect(routes.length).toBeGreaterThan(30);
    let requests = 0;
    const leaks: string[] = [];
    for (const username of USERS) {
      const get = async (url: string) => {
        requests++;
        const res = await text(
          request(server)
            .get(url)
            .set('Authorization', `Bearer ${tokens.get(username)}`),
        );
        const body = String(res.body ?? '');
        if (body.includes('$argon2') || JWT.test(body)) leaks.push(`${username} GET ${url} → ${body.slice(0, 200)}`);
        return res;
      };
      /** Ids of a list route's rows (its first 1,000), to open each one. */
      const ids = async (list: string) => {
        if (!doc.paths[list]?.get) return ['1'];
        const res = await request(server)
          .get(`${list}?range=[0,999]`)
          .set('Authorization', `Bearer ${tokens.get(username)}`);
        const rows = Array.isArray(res.body) ? (res.body as { id: unknown }[]) : [];
        return rows.length ? rows.slice(0, 40).map((r) => String(r.id)) : ['1'];
      };
      for (const [path, { get: op }] of routes) {
        const params = (op!.parameters ?? []).filter((p) => p.in === 'path');
        let urls = [path];
        for (const p of params) {
          const values =
            p.schema?.enum ??
            (p.name === 'slug'
              ? ['thu-nghiem', 'thu-nghiem-hai']
              : p.name === 'id'
                ? await ids(path.slice(0, path.indexOf('/{id}')))
                : ['1']);
          urls = urls.flatMap((u) => values.map((v) => u.replace(`{${p.name}}`, encodeURIComponent(v))));
        }
        const isList = !params.length && (op!.parameters ?? []).some((p) => p.name === 'range');
        const csv = (op!.parameters ?? []).some((p) => p.name === 'format');
        for (const url of urls) {
          const query = [isList ? 'range=[0,999]' : '', csv ? 'format=csv' : ''].filter(Boolean).join('&');
          const res = await get(query ? `${url}?${query}` : url);
          expect(res.status, url).toBeLessThan(500);
        }
      }
    }
    console.log(`${requests} GET requests over ${routes.length} routes × ${USERS.length} users, ${leaks.length} leaks`);
    expect(leaks).toEqual([]);
  });

  it('redacts an audit event written before redaction existed, in the list and alone', async () => {
    const national = await api.as('national');
    const list = await national.get('/api/audit?filter={"entity":"users"}&range=[0,999]');
    const old = (list.body as { before: { note?: string }; id: number }[]).find((e) => e.before?.note);
    expect(old?.before).toEqual({ passwordHash: REDACTED, note: REDACTED });
    const one = await national.get(`/api/audit/${old!.id}`);
    expect(one.body.after).toEqual({ session: REDACTED });
  });
});
