import { join } from 'node:path';
import { NOMINATION_STATUSES } from '@thidua/domain';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../src/config.js';
import { DEMO_PASSWORD, DEMO_ROLES } from '../src/demo/demo-data.js';
import { startApi, type TestApi } from './harness.js';

let api: TestApi;
let client = 0;
/** Logs in as if from a different client each time (behind the trusted local proxy), below the login rate limit. */
const login = (username: string) =>
  request(api.app.getHttpServer())
    .post('/api/auth/login')
    .set('X-Forwarded-For', `10.0.0.${++client}`)
    .send({ username, password: DEMO_PASSWORD });

beforeAll(async () => {
  api = await startApi({ provincesDir: join(REPO_ROOT, 'provinces'), demo: true, today: undefined });
});
afterAll(() => api?.close());

describe('demo data for the five real provinces', () => {
  it('gives every province units, people, readings and nominations in every status', async () => {
    const provinces = (await api.anon.get('/api/provinces')).body as { slug: string }[];
    expect(provinces).toHaveLength(5);
    for (const { slug } of provinces) {
      const res = await login(`${slug}.quantri`);
      expect(res.status).toBe(200);
      const auth = { Authorization: `Bearer ${res.body.token}` };
      const units = await request(api.app.getHttpServer()).get('/api/units').set(auth);
      expect(Number(String(units.headers['content-range']).split('/')[1])).toBeGreaterThanOrEqual(15);
      const statuses = new Set(
        (await request(api.app.getHttpServer()).get('/api/nominations?range=[0,99]').set(auth)).body.map(
          (n: { status: string }) => n.status,
        ),
      );
      expect([...statuses].sort()).toEqual([...NOMINATION_STATUSES].sort());
      const decisions = (await request(api.app.getHttpServer()).get('/api/decisions').set(auth)).body;
      expect(decisions[0]).toMatchObject({ status: 'issued' });
    }
  });

  it('has one working login per role per province, and a national administrator', async () => {
    for (const r of DEMO_ROLES) {
      const res = await login(`bac-kan.${r.suffix}`);
      expect(res.body.user).toMatchObject({ role: r.role, provinceSlug: 'bac-kan' });
    }
    const national = await login('quantri.quocgia');
    expect(national.body.user.role).toBe('national-admin');
  });
});
