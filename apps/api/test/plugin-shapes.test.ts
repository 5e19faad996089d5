import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/demo/demo-data.js';
import { FIXTURE_PROVINCES, startApi, type TestApi } from './harness.js';

/**
 * Valid plugins of shapes the real ones do not have: a plan whose rounds give no award, and a plan that states
 * nothing beyond its identity (what the scaffold writes). Each must start with demo data, be listed, and show
 * "chưa quy định" rather than a number where its plan is silent.
 */
const base = pathToFileURL(join(FIXTURE_PROVINCES, 'thu-nghiem/dist/index.js')).href;
const plugin = (d: string, slug: string, body: string) => {
  mkdirSync(join(d, slug, 'dist'), { recursive: true });
  writeFileSync(
    join(d, slug, 'package.json'),
    JSON.stringify({
      name: `@thidua/test-${slug}`,
      type: 'module',
      main: './dist/index.js',
      thidua: { role: 'province-plugin' },
    }),
  );
  writeFileSync(join(d, slug, 'dist/index.js'), `import base from '${base}';\nexport default ${body};\n`);
};

let api: TestApi;
beforeAll(async () => {
  const d = mkdtempSync(join(tmpdir(), 'thidua-shapes-'));
  plugin(
    d,
    'khong-khen',
    `{ ...base, slug: 'khong-khen', name: 'Không Khen', quotas: [], dossier: [],
       phases: base.phases.map((p) => ({ ...p, awardFormIds: [] })) }`,
  );
  plugin(
    d,
    'chua-ro',
    `{ ...base, slug: 'chua-ro', name: 'Chưa Rõ', tiers: [], phases: [], criteria: [], targets: [], awardForms: [],
       quotas: [], dossier: [], workflow: { ...base.workflow, reportDeadlines: [] },
       notStated: ['tiers', 'phases', 'criteria', 'awardForms', 'quotas', 'deadlines'].map((field) => ({ field, source: 'toàn văn Kế hoạch' })) }`,
  );
  api = await startApi({ provincesDir: d, demo: true, today: undefined });
}, 300_000);
afterAll(() => api?.close());

const nominationsOf = async (slug: string) => {
  const login = await request(api.app.getHttpServer())
    .post('/api/auth/login')
    .send({ username: `${slug}.quantri`, password: DEMO_PASSWORD });
  expect(login.status).toBe(200);
  const res = await request(api.app.getHttpServer())
    .get('/api/nominations')
    .set('Authorization', `Bearer ${login.body.token}`);
  return res.body as unknown[];
};

describe('plugins of unusual shapes', () => {
  it('start with demo data: users for each, nominations only where a round gives awards', async () => {
    expect((await api.anon.get('/api/provinces')).body.map((p: { slug: string }) => p.slug).sort()).toEqual([
      'chua-ro',
      'khong-khen',
    ]);
    expect(await nominationsOf('khong-khen')).toEqual([]);
    expect(await nominationsOf('chua-ro')).toEqual([]);
  });

  it('say "not stated" where the plan is silent, and 0 only where it says none', async () => {
    const list = (await api.anon.get('/api/provinces')).body as { slug: string; counts: object; notStated: string[] }[];
    expect(list.find((p) => p.slug === 'chua-ro')).toMatchObject({
      counts: { phases: null, criteria: null, awardForms: null },
      notStated: ['tiers', 'phases', 'criteria', 'awardForms', 'quotas', 'deadlines'],
    });
    const plans = (await api.anon.get('/api/comparison/plans')).body;
    const silent = plans.provinces.find((p: { slug: string }) => p.slug === 'chua-ro');
    expect(silent.criteriaByTier.every((t: { count: number | null }) => t.count === null)).toBe(true);
    const cells = plans.measures
      .filter((m: { measure: string }) => m.measure !== 'target')
      .map((m: { cells: { slug: string; text: string }[] }) => m.cells.find((c) => c.slug === 'chua-ro')!.text);
    expect(new Set(cells)).toEqual(new Set(['chưa quy định']));
  });
});
