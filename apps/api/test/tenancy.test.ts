import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addReading, seedWorld, startApi, type TestApi, workflow } from './harness.js';

let api: TestApi;
let world: Awaited<ReturnType<typeof seedWorld>>;
/** One row of each resource in each province, created through the API. */
const ids: Record<'tn' | 'tn2', Record<string, number>> = { tn: {}, tn2: {} };

beforeAll(async () => {
  api = await startApi();
  world = await seedWorld(api.ds);
  const flow = workflow(api);
  for (const p of ['tn', 'tn2'] as const) {
    const admin = await api.as(`${p}.admin`);
    const d = world[p].districts[0]!;
    ids[p].units = d.id;
    ids[p].people = world[p].people[0]!.id;
    ids[p].readings = (await api.ds.query(`SELECT id FROM indicator_reading WHERE "unitId" = ${d.id}`))[0].id;
    ids[p].registrations = (
      await admin.post('/api/registrations', { unitId: d.id, year: 2024, registeredOn: '2024-02-01' })
    ).body.id;
    ids[p].reports = (
      await admin.post('/api/reports', { unitId: d.id, year: 2023, submittedOn: '2023-12-18', summary: 'Báo cáo' })
    ).body.id;
    ids[p].users = (
      await admin.post('/api/users', {
        username: `${p}-extra`,
        password: 'mat-khau-dai-du',
        fullName: 'Người dùng thêm',
        role: 'viewer',
      })
    ).body.id;
    const n = await flow.draft({ nomineeUnitId: d.id }, `${p}.clerk`);
    ids[p].nominations = n.id;
    await flow.toAppraised(n.id, 'collective', `${p}.clerk`, p);
    await flow.act(n.id, 'approve', `${p}.home`);
    ids[p].decisions = (
      await (
        await api.as(`${p}.home`)
      ).post('/api/decisions', {
        phaseId: 'so-ket-2024',
        awardFormId: 'bang-khen-ubnd-tinh',
        number: `1${p.length}/QĐ-UBND`,
        signedOn: '2024-09-01',
        signerName: 'Lê Văn B',
        signerTitle: 'CHỦ TỊCH',
        nominationIds: [n.id],
      })
    ).body.id;
    ids[p].audit = (
      await api.ds.query(
        `SELECT id FROM audit_event WHERE "provinceSlug" = '${p === 'tn' ? 'thu-nghiem' : 'thu-nghiem-hai'}' ORDER BY id LIMIT 1`,
      )
    )[0].id;
  }
  await addReading(api.ds, 'thu-nghiem', world.tn.districts[1]!.id, 'dti-score', 2023, 60);
});
afterAll(() => api?.close());

const RESOURCES = [
  'units',
  'people',
  'readings',
  'registrations',
  'reports',
  'users',
  'nominations',
  'decisions',
  'audit',
];

describe('tenancy: a province never sees or changes another province', () => {
  it.each(RESOURCES)('%s: lists hold only the own province, even when asking for the other', async (resource) => {
    const admin = await api.as('tn.admin');
    const own = await admin.get(`/api/${resource}`);
    expect(own.status).toBe(200);
    expect(own.headers['content-range']).toMatch(new RegExp(`^${resource} \\d+-\\d+/\\d+$`));
    expect(own.body.length).toBeGreaterThan(0);
    expect(own.body.every((r: { provinceSlug: string }) => r.provinceSlug === 'thu-nghiem')).toBe(true);
    const asking = await admin.get(
      `/api/${resource}?filter=${encodeURIComponent(JSON.stringify({ provinceSlug: 'thu-nghiem-hai' }))}`,
    );
    expect(asking.body.every((r: { provinceSlug: string }) => r.provinceSlug === 'thu-nghiem')).toBe(true);
    const byId = await admin.get(
      `/api/${resource}?filter=${encodeURIComponent(JSON.stringify({ id: [ids.tn2[resource]] }))}`,
    );
    expect(byId.body).toEqual([]);
  });

  it.each(RESOURCES)("%s: another province's id answers 404, for reading and writing", async (resource) => {
    const admin = await api.as('tn.admin');
    const other = ids.tn2[resource];
    expect((await admin.get(`/api/${resource}/${other}`)).status).toBe(404);
    if (resource === 'audit') return;
    // 404 where the role may write this resource at all, 403 where it never may; never a change.
    const put = await admin.put(`/api/${resource}/${other}`, resource === 'nominations' ? { achievements: 'x' } : {});
    expect([403, 404]).toContain(put.status);
    expect([403, 404]).toContain((await admin.delete(`/api/${resource}/${other}`)).status);
    expect((await (await api.as('tn2.admin')).get(`/api/${resource}/${other}`)).status).toBe(200);
  });

  it('refuses references into another province in bodies', async () => {
    const admin = await api.as('tn.admin');
    const res = await admin.post('/api/people', {
      unitId: world.tn2.districts[0]!.id,
      fullName: 'Phạm Thị C',
      position: 'Chuyên viên',
    });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('bad-reference');
    const nom = await admin.post('/api/nominations', {
      phaseId: 'so-ket-2024',
      awardFormId: 'giay-khen',
      recipient: 'collective',
      nomineeUnitId: world.tn2.districts[1]!.id,
      nominatingUnitId: world.tn.districts[1]!.id,
    });
    expect(nom.status).toBe(400);
    const action = await (await api.as('tn.home')).post(`/api/nominations/${ids.tn2.nominations}/actions/approve`);
    expect(action.status).toBe(404);
    const issue = await (await api.as('tn.home')).post(`/api/decisions/${ids.tn2.decisions}/issue`);
    expect(issue.status).toBe(404);
    const dashboard = await (await api.as('tn.home')).get('/api/provinces/thu-nghiem-hai/dashboard');
    expect(dashboard.status).toBe(404);
    const criteria = await admin.put('/api/provinces/thu-nghiem-hai/criteria/dti-70', {
      baseVersion: 1,
      reason: 'thử',
      criterion: { id: 'dti-70', tier: 'district', kind: 'qualitative', text: 'x', source: 'III' },
    });
    expect(criteria.status).toBe(404);
  });

  it('keeps a unit clerk to their own unit on every endpoint', async () => {
    const clerk = await api.as('tn.clerk');
    const own = world.tn.districts[0]!;
    const units = await clerk.get('/api/units');
    expect(units.body.map((u: { id: number }) => u.id)).toEqual([own.id]);
    const people = await clerk.get('/api/people');
    expect(people.body.every((p: { unitId: number }) => p.unitId === own.id)).toBe(true);
    const readings = await clerk.get('/api/readings');
    expect(readings.body.every((r: { unitId: number }) => r.unitId === own.id)).toBe(true);
    expect((await clerk.get(`/api/units/${world.tn.districts[1]!.id}`)).status).toBe(404);
    expect((await clerk.get(`/api/people/${world.tn.people[1]!.id}`)).status).toBe(404);
    const foreign = await clerk.post('/api/nominations', {
      phaseId: 'so-ket-2024',
      awardFormId: 'giay-khen',
      recipient: 'collective',
      nomineeUnitId: own.id,
      nominatingUnitId: world.tn.districts[1]!.id,
    });
    expect(foreign.status).toBe(403);
    const person = await clerk.post('/api/people', {
      unitId: world.tn.districts[1]!.id,
      fullName: 'Đỗ Văn D',
      position: 'Chuyên viên',
    });
    expect(person.status).toBe(403);
    const othersNomination = await (
      await api.as('tn.admin')
    ).post('/api/nominations', {
      phaseId: 'so-ket-2024',
      awardFormId: 'giay-khen',
      recipient: 'collective',
      nomineeUnitId: world.tn.districts[2]!.id,
      nominatingUnitId: world.tn.districts[2]!.id,
    });
    expect((await clerk.get(`/api/nominations/${othersNomination.body.id}`)).status).toBe(404);
    expect(
      (await clerk.get('/api/nominations')).body.every(
        (n: { nominatingUnitId: number }) => n.nominatingUnitId === own.id,
      ),
    ).toBe(true);
    expect((await clerk.get('/api/audit')).status).toBe(403);
    expect((await clerk.get('/api/users')).status).toBe(403);
  });

  it('lets the national administrator see every province and choose one', async () => {
    const national = await api.as('national');
    const all = await national.get('/api/units?range=[0,99]');
    expect(new Set(all.body.map((u: { provinceSlug: string }) => u.provinceSlug))).toEqual(
      new Set(['thu-nghiem', 'thu-nghiem-hai']),
    );
    const one = await national.get(
      `/api/units?filter=${encodeURIComponent(JSON.stringify({ provinceSlug: 'thu-nghiem-hai' }))}`,
    );
    expect(one.body.every((u: { provinceSlug: string }) => u.provinceSlug === 'thu-nghiem-hai')).toBe(true);
  });

  it('keeps the viewer read-only', async () => {
    const viewer = await api.as('tn.viewer');
    expect((await viewer.get('/api/units')).status).toBe(200);
    expect((await viewer.post('/api/units', { name: 'UBND xã Mới', tier: 'district' })).status).toBe(403);
    expect((await viewer.put(`/api/units/${ids.tn.units}`, { name: 'Đổi tên' })).status).toBe(403);
    expect((await viewer.delete(`/api/readings/${ids.tn.readings}`)).status).toBe(403);
    expect((await viewer.post(`/api/nominations/${ids.tn.nominations}/actions/approve`)).status).toBe(403);
  });
});
