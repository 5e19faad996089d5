import { JwtService } from '@nestjs/jwt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { User } from '../src/database/entities/index.js';
import { addUser, PASSWORD, startApi, type TestApi } from './harness.js';

let api: TestApi;

beforeAll(async () => {
  api = await startApi();
  await addUser(api.ds, 'tn.admin', 'province-admin', 'thu-nghiem');
  await addUser(api.ds, 'tn.gone', 'viewer', 'thu-nghiem');
});
afterAll(() => api?.close());

describe('login and tokens', () => {
  it('logs in with the right password and returns a token and the user without its hash', async () => {
    const res = await api.anon.post('/api/auth/login', { username: 'tn.admin', password: PASSWORD });
    expect(res.status).toBe(200);
    expect(res.body.user).toEqual({
      id: expect.any(Number),
      username: 'tn.admin',
      fullName: 'tn.admin',
      role: 'province-admin',
      provinceSlug: 'thu-nghiem',
      unitId: null,
    });
    expect(JSON.stringify(res.body)).not.toContain('argon2');
    const stored = await api.ds.getRepository(User).findOneByOrFail({ username: 'tn.admin' });
    expect(stored.passwordHash).toMatch(/^\$argon2id\$/);
    const me = await api.anon.get('/api/auth/me').set('Authorization', `Bearer ${res.body.token}`);
    expect(me.body.username).toBe('tn.admin');
  });

  it('refuses a wrong password, a missing token, a forged or expired token, and a disabled account', async () => {
    expect((await api.anon.post('/api/auth/login', { username: 'tn.admin', password: 'sai' })).status).toBe(401);
    expect((await api.anon.get('/api/units')).status).toBe(401);
    expect((await api.anon.get('/api/units').set('Authorization', 'Bearer abc.def.ghi')).status).toBe(401);
    const jwt = api.app.get(JwtService);
    const expired = await jwt.signAsync({ sub: 1 }, { expiresIn: -10 });
    const res = await api.anon.get('/api/units').set('Authorization', `Bearer ${expired}`);
    expect(res.status).toBe(401);
    expect(res.body.message).toContain('hết hạn');
    const gone = await api.as('tn.gone');
    await api.ds.getRepository(User).update({ username: 'tn.gone' }, { active: false });
    expect((await gone.get('/api/units')).status).toBe(401);
  });

  it('limits login attempts per client', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++)
      statuses.push((await api.anon.post('/api/auth/login', { username: 'tn.admin', password: `sai-${i}` })).status);
    expect(statuses).toContain(429);
    expect(statuses.slice(-1)[0]).toBe(429);
  });
});
