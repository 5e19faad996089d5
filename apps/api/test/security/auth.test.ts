import { spawnSync } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, signingSecret } from '../../src/config.js';
import { AuditEvent, AuthSession, User } from '../../src/database/entities/index.js';
import { PASSWORD, seedWorld, startApi, type TestApi } from '../harness.js';

/** An HS256 (or other) JWT made by hand, as an attacker who knows a secret would. */
function forge(claims: object, secret: string, alg = 'HS256'): string {
  const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const body = `${part({ alg, typ: 'JWT' })}.${part({ iat: Math.floor(Date.now() / 1000), ...claims })}`;
  const hmac = { HS256: 'sha256', HS384: 'sha384', HS512: 'sha512' }[alg];
  const signature = hmac ? createHmac(hmac, secret).update(body).digest('base64url') : '';
  return `${body}.${signature}`;
}

const decode = (token: string) =>
  JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()) as { sub: number; sid: string; exp: number };

let api: TestApi;
let nationalId: number;

beforeAll(async () => {
  api = await startApi();
  await seedWorld(api.ds);
  nationalId = (await api.ds.getRepository(User).findOneByOrFail({ username: 'national' })).id;
});
afterAll(() => api?.close());

const login = (username: string, password = PASSWORD) => api.anon.post('/api/auth/login', { username, password });
const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

describe('secrets', () => {
  it('refuses a token signed with the old built-in secret, another algorithm or no session', async () => {
    const old = 'thidua-dev-secret-change-me';
    for (const token of [
      forge({ sub: nationalId }, old),
      forge({ sub: nationalId, sid: 'x' }, old),
      forge({ sub: nationalId, sid: 'x' }, old, 'none'),
    ])
      expect((await api.anon.get('/api/users').set(bearer(token))).status).toBe(401);
    // With the real secret but outside the pinned algorithm, or without an open session: refused too.
    const secret = api.config.jwtSecret!;
    const real = (await login('national')).body.token as string;
    const { sid } = decode(real);
    expect((await api.anon.get('/api/users').set(bearer(forge({ sub: nationalId, sid }, secret)))).status).toBe(200);
    expect(
      (await api.anon.get('/api/users').set(bearer(forge({ sub: nationalId, sid }, secret, 'HS512')))).status,
    ).toBe(401);
    expect((await api.anon.get('/api/users').set(bearer(forge({ sub: nationalId }, secret)))).status).toBe(401);
    expect(
      (await api.anon.get('/api/users').set(bearer(forge({ sub: nationalId, sid: 'guess' }, secret)))).status,
    ).toBe(401);
  });

  it('makes a random secret once for the embedded database, readable by its owner only', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'thidua-secret-'));
    const first = signingSecret({ jwtSecret: undefined, databaseUrl: undefined, dataDir });
    expect(first.length).toBeGreaterThanOrEqual(43);
    expect(signingSecret({ jwtSecret: undefined, databaseUrl: undefined, dataDir })).toBe(first);
    expect(readFileSync(join(dataDir, 'jwt-secret'), 'utf8')).toBe(first);
    expect(statSync(join(dataDir, 'jwt-secret')).mode & 0o777).toBe(0o600);
    const other = signingSecret({
      jwtSecret: undefined,
      databaseUrl: undefined,
      dataDir: mkdtempSync(join(tmpdir(), 'x-')),
    });
    expect(other).not.toBe(first);
  });

  it('refuses to start on PostgreSQL without JWT_SECRET, and with a short one', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'thidua-secret-'));
    const pg = { jwtSecret: undefined, databaseUrl: 'postgres://x@127.0.0.1/none', dataDir };
    expect(() => signingSecret(pg)).toThrow(ConfigError);
    expect(() => signingSecret(pg)).toThrow(/Set JWT_SECRET/);
    expect(() => signingSecret({ ...pg, jwtSecret: 'thidua-dev-secret-change-me' })).toThrow(/at least 32/);
    expect(signingSecret({ ...pg, jwtSecret: 'x'.repeat(32) })).toBe('x'.repeat(32));
  });
});

const MAIN = join(dirname(fileURLToPath(import.meta.url)), '../../dist/main.js');

describe('start-up', () => {
  // The built api (scripts/test.sh builds before testing): the process itself must stop, not only the function.
  it.skipIf(!existsSync(MAIN))('exits non-zero on PostgreSQL without JWT_SECRET, saying to set it', () => {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none',
      THIDUA_DATA_DIR: mkdtempSync(join(tmpdir(), 'thidua-start-')),
    };
    delete env.JWT_SECRET;
    const run = spawnSync(process.execPath, [MAIN], { env, encoding: 'utf8', timeout: 60_000 });
    expect(run.status).toBe(78);
    expect(run.stderr).toContain('Set JWT_SECRET');
  });
});

describe('sessions', () => {
  it('accepts the token in the Authorization header only, never in the URL', async () => {
    const token = (await login('tn.viewer')).body.token as string;
    expect((await api.anon.get('/api/units').set(bearer(token))).status).toBe(200);
    expect((await api.anon.get(`/api/units?token=${token}`)).status).toBe(401);
  });

  it('ends a session at logout (audited) and leaves the user’s other sessions open', async () => {
    const a = (await login('tn.info')).body.token as string;
    const b = (await login('tn.info')).body.token as string;
    expect((await api.anon.post('/api/auth/logout').set(bearer(a))).status).toBe(204);
    expect((await api.anon.get('/api/auth/me').set(bearer(a))).status).toBe(401);
    expect((await api.anon.get('/api/auth/me').set(bearer(b))).status).toBe(200);
    const sid = decode(a).sid;
    expect((await api.ds.getRepository(AuthSession).findOneByOrFail({ id: sid })).endedAt).not.toBeNull();
    expect(await api.ds.getRepository(AuditEvent).countBy({ action: 'logout', username: 'tn.info' })).toBe(1);
  });

  it('ends every session of a user whose password an administrator changes', async () => {
    const admin = await api.as('tn.admin');
    const target = await api.ds.getRepository(User).findOneByOrFail({ username: 'tn.home' });
    const token = (await login('tn.home')).body.token as string;
    const res = await admin.put(`/api/users/${target.id}`, { password: 'một mật khẩu mới rất dài' });
    expect(res.status).toBe(200);
    expect((await api.anon.get('/api/auth/me').set(bearer(token))).status).toBe(401);
    expect((await login('tn.home', 'một mật khẩu mới rất dài')).status).toBe(200);
    // A change of name alone leaves sessions open.
    const fresh = (await login('tn.home', 'một mật khẩu mới rất dài')).body.token as string;
    expect((await admin.put(`/api/users/${target.id}`, { fullName: 'Tên mới' })).status).toBe(200);
    expect((await api.anon.get('/api/auth/me').set(bearer(fresh))).status).toBe(200);
  });

  it('lets users change their own password with the current one, ending all their sessions', async () => {
    const a = (await login('tn2.info')).body.token as string;
    const b = (await login('tn2.info')).body.token as string;
    const change = (body: object) => api.anon.post('/api/auth/password').set(bearer(a)).send(body);
    const wrong = await change({ currentPassword: 'khong-phai-mat-khau', newPassword: 'cánh đồng lúa chín vàng' });
    expect([wrong.status, wrong.body.code]).toEqual([400, 'bad-credentials']);
    const weak = await change({ currentPassword: PASSWORD, newPassword: 'password1234' });
    expect([weak.status, weak.body.code]).toEqual([400, 'weak-password']);
    expect((await change({ currentPassword: PASSWORD, newPassword: 'cánh đồng lúa chín vàng' })).status).toBe(204);
    for (const token of [a, b]) expect((await api.anon.get('/api/auth/me').set(bearer(token))).status).toBe(401);
    expect((await login('tn2.info')).status).toBe(401);
    expect((await login('tn2.info', 'cánh đồng lúa chín vàng')).status).toBe(200);
    expect(await api.ds.getRepository(AuditEvent).countBy({ action: 'password', username: 'tn2.info' })).toBe(1);
  });

  it('ends every session at deactivation, and reactivation does not revive them', async () => {
    const admin = await api.as('tn.admin');
    const target = await api.ds.getRepository(User).findOneByOrFail({ username: 'tn.clerk' });
    const token = (await login('tn.clerk')).body.token as string;
    expect((await admin.put(`/api/users/${target.id}`, { active: false })).status).toBe(200);
    expect((await api.anon.get('/api/auth/me').set(bearer(token))).status).toBe(401);
    expect((await login('tn.clerk')).status).toBe(401);
    expect((await admin.put(`/api/users/${target.id}`, { active: true })).status).toBe(200);
    expect((await api.anon.get('/api/auth/me').set(bearer(token))).status).toBe(401);
    expect((await login('tn.clerk')).status).toBe(200);
  });

  it('lets a token live no longer than TOKEN_TTL_SECONDS, and its session says so', async () => {
    const token = (await login('tn2.viewer')).body.token as string;
    const { exp, sid } = decode(token);
    expect(exp - Date.now() / 1000).toBeLessThanOrEqual(api.config.tokenTtlSeconds);
    const session = await api.ds.getRepository(AuthSession).findOneByOrFail({ id: sid });
    expect(Math.abs(Date.parse(session.expiresAt) / 1000 - exp)).toBeLessThan(5);
    await api.ds
      .getRepository(AuthSession)
      .update({ id: sid }, { expiresAt: new Date(Date.now() - 1000).toISOString() });
    expect((await api.anon.get('/api/auth/me').set(bearer(token))).status).toBe(401);
  });
});

describe('criteria history', () => {
  it('shows who changed another province’s criteria and why to nobody of another province (404)', async () => {
    const other = await api.as('tn2.admin');
    const current = (await other.get('/api/provinces/thu-nghiem-hai/criteria')).body as {
      version: number;
      criteria: { id: string }[];
    };
    const criterion = current.criteria[0]!;
    const edit = { baseVersion: current.version, reason: 'Lý do nội bộ của tỉnh', criterion };
    expect((await other.put(`/api/provinces/thu-nghiem-hai/criteria/${criterion.id}`, edit)).status).toBe(200);
    for (const username of ['tn.admin', 'tn.viewer', 'tn.info']) {
      const res = await (await api.as(username)).get('/api/provinces/thu-nghiem-hai/criteria/versions');
      expect(res.status, username).toBe(404);
      expect(JSON.stringify(res.body)).not.toContain('Lý do nội bộ');
    }
    const own = await other.get('/api/provinces/thu-nghiem-hai/criteria/versions');
    expect(own.status).toBe(200);
    expect(own.body[0].reason).toBe('Lý do nội bộ của tỉnh');
    expect((await (await api.as('national')).get('/api/provinces/thu-nghiem-hai/criteria/versions')).status).toBe(200);
  });
});
