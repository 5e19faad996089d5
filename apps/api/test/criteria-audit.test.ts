import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedWorld, startApi, type TestApi, workflow } from './harness.js';

let api: TestApi;
let world: Awaited<ReturnType<typeof seedWorld>>;
const base = '/api/provinces/thu-nghiem/criteria';

beforeAll(async () => {
  api = await startApi();
  world = await seedWorld(api.ds);
});
afterAll(() => api?.close());

describe('criteria versions', () => {
  it("starts at version 1 with the plugin's criteria", async () => {
    const res = await (await api.as('tn.viewer')).get(base);
    expect(res.body).toMatchObject({ version: 1, change: 'plugin' });
    expect(res.body.criteria.map((c: { id: string }) => c.id)).toEqual(['dti-70', 'mo-hinh', 'ca-nhan']);
  });

  it('adds, edits and retires with who, when and why; a stale edit gets 409 and changes nothing', async () => {
    const admin = await api.as('tn.admin');
    const added = await admin.post(base, {
      baseVersion: 1,
      reason: 'Bổ sung tiêu chí dữ liệu mở',
      criterion: {
        id: 'du-lieu-mo',
        tier: 'district',
        kind: 'threshold',
        text: 'Cung cấp dữ liệu mở',
        indicator: 'open-data-agencies',
        operator: '>=',
        threshold: 50,
        unit: '%',
        source: 'III.1 (bổ sung)',
      },
    });
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({
      version: 2,
      change: 'add',
      criterionId: 'du-lieu-mo',
      reason: 'Bổ sung tiêu chí dữ liệu mở',
    });
    const edited = await admin.put(`${base}/dti-70`, {
      baseVersion: 2,
      reason: 'Nâng ngưỡng',
      criterion: {
        id: 'dti-70',
        tier: 'district',
        kind: 'threshold',
        text: 'Đạt tỷ lệ trên 80% điểm',
        indicator: 'dti-score',
        operator: '>',
        threshold: 80,
        unit: '%',
        source: 'III.1',
      },
    });
    expect(edited.body.version).toBe(3);
    const stale = await admin.put(`${base}/dti-70`, {
      baseVersion: 2,
      reason: 'Sửa từ bản cũ',
      criterion: {
        id: 'dti-70',
        tier: 'district',
        kind: 'threshold',
        text: 'x',
        indicator: 'dti-score',
        operator: '>',
        threshold: 10,
        source: 'III.1',
      },
    });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ code: 'stale-criteria' });
    expect(stale.body.message).toContain('phiên bản hiện tại 3');
    const retired = await admin.post(`${base}/du-lieu-mo/retire`, { baseVersion: 3, reason: 'Trùng chỉ tiêu khác' });
    expect(retired.body).toMatchObject({ version: 4, change: 'retire' });
    const current = (await admin.get(base)).body;
    expect(current.criteria.map((c: { id: string }) => c.id)).toEqual(['dti-70', 'mo-hinh', 'ca-nhan']);
    expect(current.criteria[0].threshold).toBe(80);
    const history = (await admin.get(`${base}/versions`)).body;
    expect(history.map((v: { version: number; change: string }) => `${v.version}:${v.change}`)).toEqual([
      '4:retire',
      '3:edit',
      '2:add',
      '1:plugin',
    ]);
    expect(history[0].authorId).toEqual(expect.any(Number));
    expect((await admin.get(`${base}?at=2020-01-01`)).body.version).toBe(1);
  });

  it('refuses invalid criteria and non-administrators', async () => {
    const admin = await api.as('tn.admin');
    const current = (await admin.get(base)).body.version;
    const bad = await admin.post(base, {
      baseVersion: current,
      reason: 'Thử',
      criterion: {
        id: 'sai',
        tier: 'citizen',
        kind: 'threshold',
        text: 'x',
        indicator: 'khong-co',
        operator: '>',
        threshold: 1,
        source: 'III',
      },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.message).toContain('"khong-co" is not in the national indicator catalogue');
    expect(bad.body.message).toContain('"citizen" is not a tier of this plan');
    expect(
      (
        await (
          await api.as('tn.home')
        ).post(base, {
          baseVersion: current,
          reason: 'Thử',
          criterion: { id: 'x', tier: 'district', kind: 'qualitative', text: 'x', source: 'III' },
        })
      ).status,
    ).toBe(403);
    expect((await admin.post(base, { baseVersion: current, reason: '', criterion: {} })).status).toBe(400);
    expect((await admin.get(base)).body.version).toBe(current);
  });

  it('judges a nomination by the version in force when it was submitted', async () => {
    const flow = workflow(api);
    const admin = await api.as('tn.admin');
    const n = await flow.draft(
      { nomineeUnitId: world.tn.districts[3]!.id, nominatingUnitId: world.tn.districts[3]!.id },
      'tn.admin',
    );
    await flow.attachDossier(n.id, 'collective', 'tn.admin');
    await flow.act(n.id, 'submit', 'tn.admin');
    const details = (await admin.get(`/api/nominations/${n.id}`)).body;
    expect(details.criteriaVersion).toBe(4);
    // DTI 75 under the edited bar "trên 80%": fails.
    expect(details.checks.find((c: { criterionId: string }) => c.criterionId === 'dti-70')).toMatchObject({
      status: 'failed',
      value: 75,
    });
  });
});

describe('audit trail', () => {
  it('records who, what, before and after for each change of state', async () => {
    const admin = await api.as('tn.admin');
    const unit = (await admin.post('/api/units', { name: 'UBND xã Kiểm Toán', tier: 'district' })).body;
    await admin.put(`/api/units/${unit.id}`, { name: 'UBND xã Kiểm Toán Mới' });
    const events = (
      await admin.get(
        `/api/audit?filter=${encodeURIComponent(JSON.stringify({ entity: 'units', entityId: String(unit.id) }))}&sort=${encodeURIComponent('["id","ASC"]')}`,
      )
    ).body;
    expect(events.map((e: { action: string }) => e.action)).toEqual(['create', 'update']);
    expect(events[1]).toMatchObject({
      username: 'tn.admin',
      before: { name: 'UBND xã Kiểm Toán' },
      after: { name: 'UBND xã Kiểm Toán Mới' },
    });
    const nominationEvents = (
      await admin.get(`/api/audit?filter=${encodeURIComponent(JSON.stringify({ action: 'nomination.submit' }))}`)
    ).body;
    expect(nominationEvents[0]).toMatchObject({ before: { status: 'draft' }, after: { status: 'submitted' } });
  });

  it('writes no audit event when the change fails, and offers no way to alter events', async () => {
    const admin = await api.as('tn.admin');
    const count = async () => Number((await api.ds.query('SELECT COUNT(*) AS n FROM audit_event'))[0].n);
    const before = await count();
    expect((await admin.post('/api/units', { name: 'UBND xã Lỗi', tier: 'district', parentId: 999999 })).status).toBe(
      400,
    );
    expect(await count()).toBe(before);
    const id = (await admin.get('/api/audit')).body[0].id;
    expect((await admin.put(`/api/audit/${id}`, { action: 'x' })).status).toBe(404);
    expect((await admin.delete(`/api/audit/${id}`)).status).toBe(404);
    expect((await admin.post('/api/audit', { action: 'x' })).status).toBe(404);
  });
});
