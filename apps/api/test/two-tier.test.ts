import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Registration, Unit } from '../src/database/entities/index.js';
import {
  addPerson,
  addReading,
  addUnit,
  addUser,
  PDF,
  startApi,
  type Client,
  type TestApi,
  writeFixturePlugins,
} from './harness.js';

/**
 * The 2025 rules applied, on a fixture plan (not a real province) with a round after 01/7/2025: no district tier
 * and no district chairman's award on the two-tier map, a quota given as a share of the units taking part, and a
 * points-based round with a pass mark. Today is pinned inside that round.
 */
const PLAN = `{
  ...base,
  slug: 'hai-cap',
  name: 'Hai Cấp',
  tiers: [...base.tiers, { tier: 'commune', text: 'UBND các xã, phường', source: 'II.1' }],
  phases: [
    ...base.phases,
    {
      id: 'tong-ket-2025',
      kind: 'final-review',
      name: 'Tổng kết năm 2025',
      period: { from: '2025-07-01', to: '2025-12-31' },
      nominationDeadline: '2025-12-15',
      scoring: { passMark: 50, source: 'III.5' },
      awardFormIds: ['bang-khen-ubnd-tinh', 'giay-khen-huyen'],
      source: 'III.5',
    },
  ],
  criteria: [
    ...base.criteria,
    { id: 'xa-dti', tier: 'commune', kind: 'threshold', text: 'DTI từ 70%', indicator: 'dti-score', operator: '>=',
      threshold: 70, unit: '%', points: 60, source: 'III.5' },
    { id: 'xa-mo-hinh', tier: 'commune', kind: 'qualitative', text: 'Có mô hình hay', points: 40, source: 'III.5' },
  ],
  awardForms: [
    ...base.awardForms.map((f) => (f.id === 'bang-khen-ubnd-tinh' ? { ...f, tiers: [...f.tiers, 'commune'] } : f)),
    { id: 'giay-khen-huyen', name: 'Giấy khen của Chủ tịch UBND huyện', conferredBy: 'Chủ tịch UBND huyện',
      level: 'unit', recipients: ['collective', 'individual'], validTo: '2025-06-30', source: 'III.4' },
  ],
  quotas: [
    ...base.quotas,
    { phaseId: 'tong-ket-2025', awardFormId: 'bang-khen-ubnd-tinh', share: { of: 'units', value: 0.2 },
      text: 'không quá 20% số đơn vị tham gia', source: 'III.5' },
  ],
}`;

let api: TestApi;
let admin: Client;
const units = {} as Record<'district' | 'agency' | 'successor' | 'ended', Unit> & { communes: Unit[] };

beforeAll(async () => {
  const d = writeFixturePlugins('two-tier', { 'hai-cap': PLAN });
  api = await startApi({ provincesDir: d, today: '2025-09-01' });
  const slug = 'hai-cap';
  units.agency = await addUnit(api.ds, slug, 'Sở Nội vụ', 'provincial-agency');
  units.district = await addUnit(api.ds, slug, 'UBND huyện Cũ', 'district');
  units.communes = [];
  // DTI 80, 85, 90 (60 points each, 100 with a model) and 60 (40 points at most: below the pass mark of 50).
  for (const [i, dti] of [80, 85, 90, 60].entries()) {
    const c = await addUnit(api.ds, slug, `UBND xã Số ${i + 1}`, 'commune');
    await addReading(api.ds, slug, c.id, 'dti-score', 2025, dti);
    units.communes.push(c);
  }
  units.successor = await addUnit(api.ds, slug, 'UBND xã Mới', 'commune');
  units.ended = await addUnit(api.ds, slug, 'UBND xã Đã Nhập', 'commune');
  await api.ds.getRepository(Unit).update(units.ended.id, { validTo: '2025-07-01', successorId: units.successor.id });
  // 12 units take part in 2025: 20 % of 12 gives 2 places (2.4 rounded down).
  const all = [units.agency, units.district, ...units.communes, units.successor];
  for (let i = 0; i < 12; i++) {
    const u = i < all.length ? all[i]! : await addUnit(api.ds, slug, `UBND xã Thêm ${i}`, 'commune');
    await api.ds
      .getRepository(Registration)
      .save({ provinceSlug: slug, unitId: u.id, year: 2025, registeredOn: '2025-03-15', note: null });
  }
  await addUser(api.ds, 'hc.admin', 'province-admin', slug);
  admin = await api.as('hc.admin');
}, 300_000);
afterAll(() => api?.close());

const draft = (unit: Unit, awardFormId = 'bang-khen-ubnd-tinh') =>
  admin.post('/api/nominations', {
    provinceSlug: 'hai-cap',
    phaseId: 'tong-ket-2025',
    awardFormId,
    recipient: 'collective',
    nominatingUnitId: unit.id,
    nomineeUnitId: unit.id,
    achievements: 'Thành tích chuyển đổi số',
  });

async function submitted(unit: Unit): Promise<number> {
  const res = await draft(unit);
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  const id = res.body.id as number;
  for (const type of ['submission-letter', 'achievement-report'])
    expect((await admin.upload(`/api/nominations/${id}/documents`, { type }, PDF, `${type}.pdf`)).status).toBeLessThan(
      300,
    );
  const submit = await admin.post(`/api/nominations/${id}/actions/submit`);
  expect(submit.status, JSON.stringify(submit.body)).toBeLessThan(300);
  return id;
}

async function appraised(unit: Unit, model: boolean): Promise<number> {
  const id = await submitted(unit);
  expect((await admin.post(`/api/nominations/${id}/actions/aggregate`)).status).toBeLessThan(300);
  const verdict = await admin.post(`/api/nominations/${id}/verdicts`, { criterionId: 'xa-mo-hinh', passed: model });
  expect(verdict.status, JSON.stringify(verdict.body)).toBeLessThan(300);
  const appraise = await admin.post(`/api/nominations/${id}/actions/appraise`);
  expect(appraise.status, JSON.stringify(appraise.body)).toBeLessThan(300);
  return id;
}

describe('no district tier from 01/7/2025', () => {
  it('refuses a district-tier unit, citing the two-tier local government law', async () => {
    const res = await draft(units.district);
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('district-level-ended');
    expect(res.body.message).toContain('không còn cấp huyện');
    expect(res.body.message).toContain('Luật Tổ chức chính quyền địa phương số 72/2025/QH15');
    expect(res.body.message).toContain('hai cấp');
  });

  it("refuses the district chairman's award form, whose conferrer ended on 30/6/2025", async () => {
    const res = await draft(units.communes[0]!, 'giay-khen-huyen');
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('district-level-ended');
    expect(res.body.message).toContain('Giấy khen của Chủ tịch UBND huyện');
  });

  it('refuses a unit that has stopped, naming its successor, at creation and again at submission', async () => {
    const res = await draft(units.ended);
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({ code: 'unit-ended' });
    expect(res.body.message).toContain('UBND xã Mới');

    const ok = await draft(units.successor);
    expect(ok.status).toBe(201);
    await api.ds.getRepository(Unit).update(units.successor.id, { validTo: '2025-08-15' });
    for (const type of ['submission-letter', 'achievement-report'])
      await admin.upload(`/api/nominations/${ok.body.id}/documents`, { type }, PDF, `${type}.pdf`);
    const submit = await admin.post(`/api/nominations/${ok.body.id}/actions/submit`);
    expect(submit.status).toBe(409);
    expect(submit.body.code).toBe('unit-ended');
    await api.ds.getRepository(Unit).update(units.successor.id, { validTo: null });
  });
});

describe('an individual whose own unit has stopped', () => {
  const individual = (personId: number) =>
    admin.post('/api/nominations', {
      provinceSlug: 'hai-cap',
      phaseId: 'tong-ket-2025',
      awardFormId: 'bang-khen-ubnd-tinh',
      recipient: 'individual',
      nominatingUnitId: units.agency.id,
      nomineePersonId: personId,
      tier: 'official',
      achievements: 'Thành tích chuyển đổi số',
    });

  it('refuses the person, naming their unit and its successor, at creation and again at submission', async () => {
    const moved = await addPerson(api.ds, 'hai-cap', units.ended.id, 'Trần Thị Đã Chuyển');
    const res = await individual(moved.id);
    expect(res.status, JSON.stringify(res.body)).toBe(409);
    expect(res.body.code).toBe('unit-ended');
    expect(res.body.message).toContain('"UBND xã Đã Nhập" (đơn vị công tác của Trần Thị Đã Chuyển)');
    expect(res.body.message).toContain('ngừng hoạt động từ ngày 01/07/2025');
    expect(res.body.message).toContain('đơn vị kế thừa: "UBND xã Mới"');

    // A draft made while the unit ran is refused once it has stopped.
    const staying = await addPerson(api.ds, 'hai-cap', units.communes[0]!.id, 'Lê Văn Ở Lại');
    const ok = await individual(staying.id);
    expect(ok.status, JSON.stringify(ok.body)).toBe(201);
    for (const type of ['submission-letter', 'achievement-report'])
      await admin.upload(`/api/nominations/${ok.body.id}/documents`, { type }, PDF, `${type}.pdf`);
    await api.ds.getRepository(Unit).update(units.communes[0]!.id, { validTo: '2025-08-15' });
    try {
      const submit = await admin.post(`/api/nominations/${ok.body.id}/actions/submit`);
      expect(submit.status).toBe(409);
      expect(submit.body.code).toBe('unit-ended');
      expect(submit.body.message).toContain('đơn vị công tác của Lê Văn Ở Lại');
    } finally {
      await api.ds.getRepository(Unit).update(units.communes[0]!.id, { validTo: null });
    }
  });
});

describe('an individual who works in a district-tier unit', () => {
  it('is refused like the unit itself: there is no district level on the two-tier map', async () => {
    const clerk = await addPerson(api.ds, 'hai-cap', units.district.id, 'Phạm Văn Huyện');
    const res = await admin.post('/api/nominations', {
      provinceSlug: 'hai-cap',
      phaseId: 'tong-ket-2025',
      awardFormId: 'bang-khen-ubnd-tinh',
      recipient: 'individual',
      nominatingUnitId: units.agency.id,
      nomineePersonId: clerk.id,
      tier: 'official',
      achievements: 'Thành tích chuyển đổi số',
    });
    expect(res.status, JSON.stringify(res.body)).toBe(409);
    expect(res.body.code).toBe('district-level-ended');
    expect(res.body.message).toContain('không còn cấp huyện');
  });
});

describe('a points-based round with a pass mark', () => {
  it('shows the score from the criteria and refuses approval below the pass mark', async () => {
    const id = await appraised(units.communes[3]!, true); // DTI 60: 0 + 40 for the model
    const details = await admin.get(`/api/nominations/${id}`);
    expect(details.body.score).toMatchObject({ value: 40, max: 100, passMark: 50, pending: 0, reachesPassMark: false });
    const approve = await admin.post(`/api/nominations/${id}/actions/approve`);
    expect(approve.status).toBe(409);
    expect(approve.body.code).toBe('below-pass-mark');
    expect(approve.body.message).toContain('chưa đạt mức 50 điểm');
  });

  it('approves at or above the pass mark', async () => {
    const id = await appraised(units.communes[0]!, false); // DTI 80: 60 points
    expect((await admin.get(`/api/nominations/${id}`)).body.score).toMatchObject({ value: 60, reachesPassMark: true });
    const approve = await admin.post(`/api/nominations/${id}/actions/approve`);
    expect(approve.status, JSON.stringify(approve.body)).toBeLessThan(300);
  });
});

describe('a quota given as a share of the units taking part', () => {
  let third = 0;
  let meetingId = 0;
  type Limits = { combined: number | null };
  type Use = { phaseId: string; awardFormId: string; limits: Limits; remaining: Limits; share: unknown };
  const ours = (u: Use) => u.phaseId === 'tong-ket-2025' && u.awardFormId === 'bang-khen-ubnd-tinh';
  /** The quota meter's numbers, from both the quota-use list and the dashboard (they must agree). */
  const shown = async () => {
    const list = (await admin.get('/api/provinces/hai-cap/quota-use')).body as Use[];
    const board = (await admin.get('/api/provinces/hai-cap/dashboard')).body as { quotaUse: Use[] };
    const use = list.find(ours)!;
    expect(board.quotaUse.find(ours)).toEqual(use);
    return { limit: use.limits.combined, left: use.remaining.combined, share: use.share };
  };
  /** The council's room left for a meeting on the same phase × award form. */
  const councilRoom = async () => {
    if (!meetingId) {
      const member = await admin.post('/api/council/members', { fullName: 'Nguyễn Văn Chủ', role: 'chairman' });
      expect(member.status, JSON.stringify(member.body)).toBe(201);
      const m = await admin.post('/api/council/meetings', {
        phaseId: 'tong-ket-2025',
        awardFormId: 'bang-khen-ubnd-tinh',
        startsAt: '2025-12-20T08:00',
        place: 'Phòng họp UBND tỉnh',
      });
      expect(m.status, JSON.stringify(m.body)).toBe(201);
      meetingId = m.body.id as number;
    }
    const d = (await admin.get(`/api/council/meetings/${meetingId}`)).body as { room: Limits; share: unknown };
    return { left: d.room.combined, share: d.share };
  };
  it('gives 20 % of 12 registered units = 2 places and refuses the third, saying how it counted', async () => {
    const second = await appraised(units.communes[1]!, true);
    expect((await admin.post(`/api/nominations/${second}/actions/approve`)).status).toBeLessThan(300);
    third = await appraised(units.communes[2]!, true);
    const refused = await admin.post(`/api/nominations/${third}/actions/approve`);
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('quota-exceeded');
    expect(refused.body.message).toContain('không quá 02 tập thể và cá nhân');
    expect(refused.body.message).toContain('20% của 12 đơn vị tham gia = 2 (làm tròn xuống)');
    // The meter (dashboard, nomination page) and the council count against the same 2 places.
    expect(await shown()).toEqual({ limit: 2, left: 0, share: { of: 'units', value: 0.2, base: 12, cap: 2 } });
    expect(await councilRoom()).toEqual({ left: 0, share: { of: 'units', value: 0.2, base: 12, cap: 2 } });
  });

  it('gives one more place once one more unit registers (13 × 20 % = 2.6, still 2; 15 × 20 % = 3)', async () => {
    const id = third;
    const more = async (n: number) => {
      for (let i = 0; i < n; i++) {
        const u = await addUnit(api.ds, 'hai-cap', `UBND xã Đăng Ký ${Date.now()}${i}`, 'commune');
        await api.ds
          .getRepository(Registration)
          .save({ provinceSlug: 'hai-cap', unitId: u.id, year: 2025, registeredOn: '2025-03-20', note: null });
      }
    };
    await more(1);
    expect((await admin.post(`/api/nominations/${id}/actions/approve`)).status).toBe(409);
    expect((await shown()).limit).toBe(2);
    await more(2);
    expect(await shown()).toMatchObject({ limit: 3, left: 1, share: { base: 15, cap: 3 } });
    expect(await councilRoom()).toMatchObject({ left: 1, share: { base: 15, cap: 3 } });
    expect((await admin.post(`/api/nominations/${id}/actions/approve`)).status).toBeLessThan(300);
    expect(await shown()).toMatchObject({ limit: 3, left: 0 });
    expect((await councilRoom()).left).toBe(0);
  });
});
