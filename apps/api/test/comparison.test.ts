import { emptyCounts, searchText, vietnameseSortKey } from '@thidua/domain';
import ExcelJS from 'exceljs';
import type request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IndicatorReading, Nomination, Person, Registration, Report, Unit } from '../src/database/entities/index.js';
import { addPerson, addUser, startApi, type TestApi, writeFixturePlugins } from './harness.js';

/**
 * Three test provinces built from the fixture plan (today is pinned to 2024-08-01):
 *   A "Thử Nghiệm"      thu-nghiem
 *   B "Thử Nghiệm Hai"  thu-nghiem-hai, merged into A on 2024-07-01 (so under today's boundaries A = A + B)
 *   C "Thử Nghiệm Ba"   thu-nghiem-ba, with a commune threshold and a 2025 DTI target of its own
 * All take part with communes too. Year 2024 → phase "so-ket-2024" (ends 30/09/2024), whose fixed quota places
 * are bang-khen 8 + 8 = 16 and co-thi-dua 2 = 18 per province (giay-khen is decided by the head: no number).
 */
function writeProvinces(): string {
  const commune = `{ tier: 'commune', text: 'UBND cấp xã', source: 'II.2' }`;
  const plugins: Record<string, string> = {
    'thu-nghiem': `{ ...base, tiers: [...base.tiers, ${commune}] }`,
    'thu-nghiem-hai': `{ ...base, slug: 'thu-nghiem-hai', name: 'Thử Nghiệm Hai', authority: 'UBND tỉnh Thử Nghiệm Hai', tiers: [...base.tiers, ${commune}],
      mergedInto: { slug: 'thu-nghiem', name: 'Thử Nghiệm', date: '2024-07-01', source: 'Nghị quyết sắp xếp đơn vị hành chính' } }`,
    'thu-nghiem-ba': `{ ...base, slug: 'thu-nghiem-ba', name: 'Thử Nghiệm Ba', authority: 'UBND tỉnh Thử Nghiệm Ba', tiers: [...base.tiers, ${commune}],
      criteria: [...base.criteria, { id: 'hs-xa', tier: 'commune', kind: 'threshold', text: 'Từ 80% hồ sơ công việc cấp xã xử lý trên môi trường mạng', indicator: 'work-dossiers-online.commune', operator: '>=', threshold: 80, source: 'III.1' }],
      targets: [{ indicator: 'dti-score', year: 2025, operator: '>=', value: 80, text: 'Điểm DTI từ 80%', source: 'I.2' }] }`,
  };
  return writeFixturePlugins('cmp-provinces', plugins);
}

let api: TestApi;
const A = 'thu-nghiem';
const B = 'thu-nghiem-hai';
const C = 'thu-nghiem-ba';
const u: Record<string, Unit> = {};

async function unit(
  key: string,
  provinceSlug: string,
  name: string,
  tier: string,
  staffCount: number,
  extra: Partial<Unit> = {},
) {
  u[key] = await api.ds.getRepository(Unit).save({
    provinceSlug,
    name,
    sortKey: vietnameseSortKey(name),
    searchText: searchText(name),
    tier,
    parentId: null,
    code: null,
    staffCount,
    validTo: null,
    successorId: null,
    ...extra,
  });
}

async function nominate(
  provinceSlug: string,
  status: string,
  opts: { unit?: string; person?: number; by: string; form?: string; phase?: string; tier: string },
) {
  const at = '2024-08-01T00:00:00.000Z';
  await api.ds.getRepository(Nomination).save({
    provinceSlug,
    phaseId: opts.phase ?? 'so-ket-2024',
    awardFormId: opts.form ?? 'bang-khen-ubnd-tinh',
    nominatingUnitId: u[opts.by]!.id,
    recipient: opts.person ? 'individual' : 'collective',
    nomineeUnitId: opts.unit ? u[opts.unit]!.id : null,
    nomineePersonId: opts.person ?? null,
    nomineeName: 'Đề cử',
    nomineeSortKey: vietnameseSortKey('Đề cử'),
    nomineeSearchText: 'de cu',
    tier: opts.tier,
    status,
    achievements: '',
    criteriaVersion: null,
    criteriaStatus: null,
    returnReason: null,
    awardKey: null,
    decisionId: null,
    createdBy: 1,
    createdAt: at,
    updatedAt: at,
    submittedAt: at,
  });
}

const register = (key: string, year = 2024) =>
  api.ds
    .getRepository(Registration)
    .save({ provinceSlug: u[key]!.provinceSlug, unitId: u[key]!.id, year, registeredOn: `${year}-02-01`, note: null });
const report = (key: string, submittedOn: string) =>
  api.ds.getRepository(Report).save({
    provinceSlug: u[key]!.provinceSlug,
    unitId: u[key]!.id,
    year: 2024,
    dueOn: '2024-12-20',
    submittedOn,
    summary: 'Báo cáo',
  });
const reading = (key: string, indicatorId: string, value: number, year = 2024) =>
  api.ds
    .getRepository(IndicatorReading)
    .save({ provinceSlug: u[key]!.provinceSlug, unitId: u[key]!.id, indicatorId, year, value, source: null });

beforeAll(async () => {
  api = await startApi({ provincesDir: writeProvinces() });
  await addUser(api.ds, 'national', 'national-admin', null);
  await addUser(api.ds, 'a.admin', 'province-admin', A);
  await addUser(api.ds, 'b.viewer', 'viewer', B);

  // A: A2 (district) merged into A3 (commune) on 2024-07-01; A5 closed in 2023 and counts nowhere in 2024.
  await unit('A1', A, 'UBND huyện Một', 'district', 100);
  await unit('A3', A, 'UBND xã Ba', 'commune', 40);
  await unit('A2', A, 'UBND huyện Hai', 'district', 60, { validTo: '2024-07-01', successorId: u.A3!.id });
  await unit('A4', A, 'Sở Thông tin và Truyền thông', 'provincial-agency', 200);
  await unit('A5', A, 'UBND huyện Cũ', 'district', 30, { validTo: '2023-06-30' });
  const leaderA = await addPerson(api.ds, A, u.A1!.id, 'Nguyễn Văn Lãnh', true);
  const staffA = await addPerson(api.ds, A, u.A1!.id, 'Trần Thị Viên', false);
  const staffA4 = await addPerson(api.ds, A, u.A4!.id, 'Lê Văn Sở', false);
  for (const k of ['A1', 'A2', 'A3']) await register(k);
  await register('A4', 2023);
  await report('A1', '2024-12-18'); // on time
  await report('A2', '2024-12-25'); // late
  await report('A4', '2024-12-01'); // on time, though A4 did not register; A3 registered and never reported
  await reading('A1', 'dti-score', 80);
  await reading('A2', 'dti-score', 70);
  await reading('A3', 'dti-score', 60);
  await reading('A1', 'dti-score', 50, 2023);
  await reading('A1', 'work-dossiers-online.district', 90);
  await nominate(A, 'decided', { unit: 'A1', by: 'A1', tier: 'district' }); // n1
  await nominate(A, 'approved', { unit: 'A2', by: 'A2', tier: 'district' }); // n2
  await nominate(A, 'decided', { person: leaderA.id, by: 'A1', tier: 'official' }); // n3, a leader
  await nominate(A, 'decided', { person: staffA.id, by: 'A1', form: 'giay-khen', tier: 'official' }); // n4, uncapped form
  await nominate(A, 'rejected', { person: staffA4.id, by: 'A4', tier: 'official' }); // n5
  await nominate(A, 'submitted', { unit: 'A3', by: 'A3', form: 'co-thi-dua', tier: 'commune' }); // n6
  await nominate(A, 'draft', { unit: 'A4', by: 'A4', tier: 'provincial-agency' }); // n7
  await nominate(A, 'decided', { unit: 'A1', by: 'A1', phase: 'nam-2023', tier: 'district' }); // n8, phase of 2023

  await unit('B1', B, 'UBND huyện Bốn', 'district', 100);
  await unit('B2', B, 'Công ty Năm', 'enterprise', 100);
  await register('B1');
  await report('B1', '2024-12-20'); // on the due date = on time
  await reading('B1', 'dti-score', 90);
  await nominate(B, 'decided', { unit: 'B1', by: 'B1', tier: 'district' });
  await nominate(B, 'decided', { unit: 'B2', by: 'B2', form: 'giay-khen', tier: 'enterprise' });

  await unit('C1', C, 'UBND huyện Sáu', 'district', 50);
  await unit('C2', C, 'UBND huyện Bảy', 'district', 50);
  await unit('C3', C, 'UBND xã Tám', 'commune', 100);
  await unit('C4', C, 'UBND xã Chín', 'commune', 100);
  const staffC = await addPerson(api.ds, C, u.C3!.id, 'Phạm Thị Xã', false);
  for (const k of ['C1', 'C2', 'C3', 'C4']) await register(k);
  await reading('C1', 'dti-score', 50);
  await reading('C2', 'dti-score', 60);
  await reading('C3', 'work-dossiers-online.commune', 85);
  await nominate(C, 'decided', { unit: 'C1', by: 'C1', tier: 'district' });
  await nominate(C, 'decided', { person: staffC.id, by: 'C3', tier: 'official' });
  await nominate(C, 'rejected', { unit: 'C2', by: 'C2', tier: 'district' });
});
afterAll(() => api?.close());

type Body = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const outcomes = async (user: string, query: string): Promise<Body> => {
  const res = await (await api.as(user)).get(`/api/comparison/outcomes?${query}`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body as Body;
};
/** supertest keeps file downloads as bytes with this parser. */
const binary = (res: request.Response, cb: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => cb(null, Buffer.concat(chunks)));
};
const rowOf = (body: Body, slug: string) => body.rows.find((r: Body) => r.slug === slug);
const value = (row: Body, id: string) => row.figures[id].value as number | null;

describe('plans side by side (public)', () => {
  it('compares quota totals, criteria per tier and numeric bars, with "không quy định" where a plan sets none', async () => {
    const res = await api.anon.get(`/api/comparison/plans?provinces=${C},${A}`);
    expect(res.status).toBe(200);
    expect(res.body.provinces.map((p: Body) => p.slug)).toEqual([A, C]); // "Thử Nghiệm" before "Thử Nghiệm Ba"
    const soKet = res.body.provinces[0].phases.find((p: Body) => p.id === 'so-ket-2024').quota;
    // bang-khen 8 + 8 = 16 fixed; giay-khen decided by the head → the phase total has no number; co-thi-dua 2 collectives.
    expect(soKet.forms.map((f: Body) => [f.awardFormId, f.combined])).toEqual([
      ['bang-khen-ubnd-tinh', { value: 16, status: 'fixed' }],
      ['giay-khen', { value: null, status: 'uncapped' }],
      ['co-thi-dua', { value: 2, status: 'fixed' }],
    ]);
    expect(soKet.combined).toEqual({ value: null, status: 'uncapped' });
    // nam-2023: 5 collectives + 5 individuals = 10
    expect(res.body.provinces[0].phases.find((p: Body) => p.id === 'nam-2023').quota.combined).toEqual({
      value: 10,
      status: 'fixed',
    });
    const tiers = (i: number) =>
      Object.fromEntries(res.body.provinces[i].criteriaByTier.map((t: Body) => [t.tier, t.count]));
    expect(tiers(0)).toMatchObject({ district: 2, commune: 0, official: 1, citizen: null });
    expect(tiers(1)).toMatchObject({ district: 2, commune: 1 });
    const measure = (id: string, kind: string) =>
      res.body.measures.find((m: Body) => m.indicatorId === id && m.measure === kind);
    expect(measure('work-dossiers-online.commune', 'threshold').cells.map((c: Body) => [c.value, c.text])).toEqual([
      [null, 'không quy định'],
      [80, 'Từ 80% hồ sơ công việc cấp xã xử lý trên môi trường mạng'],
    ]);
    expect(measure('dti-score', 'threshold').cells.map((c: Body) => [c.value, c.operator])).toEqual([
      [70, '>'],
      [70, '>'],
    ]);
    expect(measure('dti-score', 'target').cells.map((c: Body) => c.value)).toEqual([null, 80]);
    expect((await api.anon.get('/api/comparison/plans?provinces=ha-noi')).status).toBe(404);
    expect((await api.anon.get('/api/comparison/plans')).body.provinces).toHaveLength(3);
  });

  it('downloads the comparison as CSV (UTF-8 with BOM, dd/mm/yyyy) and as XLSX', async () => {
    const csv = await api.anon.get(`/api/comparison/plans?provinces=${A},${C}&format=csv`).buffer(true).parse(binary);
    expect(csv.headers['content-type']).toContain('text/csv');
    const bytes = csv.body as Buffer;
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text).toContain('Nội dung,Thử Nghiệm,Thử Nghiệm Ba');
    expect(text).toContain('01/01/2023 – 31/12/2025');
    expect(text).toContain('không quy định');
    const xlsx = await api.anon.get(`/api/comparison/plans?format=xlsx`).buffer(true).parse(binary);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.body);
    expect(wb.worksheets[0]!.getRow(1).values).toEqual([
      undefined,
      'Nội dung',
      'Thử Nghiệm',
      'Thử Nghiệm Ba',
      'Thử Nghiệm Hai',
    ]);
  });
});

describe('outcomes on the boundaries of the time', () => {
  it('computes every figure as worked out by hand', async () => {
    const body = await outcomes('national', 'year=2024');
    expect(body.rows.map((r: Body) => r.slug)).toEqual([A, C, B]);
    const a = rowOf(body, A);
    // Units active in 2024: A1, A2 (closed 01/07/2024), A3, A4 = 4 (A5 closed in 2023); staff 100 + 60 + 40 + 200 = 400.
    expect(a.counts).toMatchObject({
      units: 4,
      staff: 400,
      registered: 3,
      awardsCollective: 1,
      awardsIndividual: 2,
      awardsIndividualNonLeader: 1,
      reportsExpected: 4,
      reportsOnTime: 2,
      quotaPlaces: 18,
      quotaUsed: 3,
    });
    // so-ket-2024 only (n8 belongs to nam-2023): draft n7, submitted n6, approved n2, rejected n5, decided n1 n3 n4.
    expect(a.counts.nominations).toMatchObject({ draft: 1, submitted: 1, approved: 1, rejected: 1, decided: 3 });
    expect(value(a, 'registeredShare')).toBe(75); // 3 / 4
    expect(value(a, 'nominations')).toBe(6); // n1–n6
    expect(value(a, 'approvalShare')).toBe(80); // (1 + 3) / (1 + 3 + 1)
    expect(value(a, 'awardsPer100Units')).toBe(75); // 3 / 4 × 100
    expect(value(a, 'awardsPer1000Staff')).toBe(7.5); // 3 / 400 × 1000
    expect(value(a, 'quotaUse')).toBeCloseTo(16.667, 3); // n1 + n2 + n3 under bang-khen (n4 is giay-khen: uncapped) = 3 / 18
    expect(value(a, 'nonLeaderShare')).toBe(50); // n4 of n3, n4
    expect(value(a, 'reportsOnTimeShare')).toBe(50); // A1, A4 on time of A1, A2, A4 reported + A3 missing = 2 / 4
    expect(a.indicators['dti-score']).toMatchObject({ value: 70, n: 3, target: null, meetsTarget: null }); // (80 + 70 + 60) / 3; 2023 left out
    const c = rowOf(body, C);
    expect(value(c, 'registeredShare')).toBe(100);
    expect(value(c, 'reportsOnTimeShare')).toBe(0); // 4 registered, none reported
    expect(value(c, 'approvalShare')).toBeCloseTo(66.667, 3); // 2 / (2 + 1)
    expect(value(c, 'awardsPer1000Staff')).toBeCloseTo(6.667, 3); // 2 / 300 × 1000
    // C's own target: DTI ≥ 80 in 2025 (the next year that has one); its mean (50 + 60) / 2 = 55 falls short.
    expect(c.indicators['dti-score']).toMatchObject({
      value: 55,
      target: { year: 2025, operator: '>=', value: 80 },
      meetsTarget: false,
    });
    const b = rowOf(body, B);
    expect(value(b, 'nonLeaderShare')).toBeNull(); // no individual awards: no data, not 0 %
    expect(value(b, 'reportsOnTimeShare')).toBe(100); // submitted on the due date
  });

  it('ranks each province and gives the national median and quartiles', async () => {
    const body = await outcomes('national', 'year=2024');
    // registered: A 75, B 1 / 2 = 50, C 100 → sorted 50 75 100: q1 62.5, median 75, q3 87.5
    expect(body.distribution.registeredShare).toEqual({ n: 3, q1: 62.5, median: 75, q3: 87.5 });
    expect([A, B, C].map((s) => rowOf(body, s).figures.registeredShare.rank)).toEqual([2, 3, 1]);
    // awards per 100 units: A 75, B 2 / 2 × 100 = 100, C 2 / 4 × 100 = 50
    expect([A, B, C].map((s) => rowOf(body, s).figures.awardsPer100Units.rank)).toEqual([2, 1, 3]);
    // DTI means: A 70, B 90, C 55 → median 70
    expect(body.indicatorDistribution['dti-score']).toMatchObject({ n: 3, median: 70 });
    expect(rowOf(body, B).indicators['dti-score'].rank).toBe(1);
    expect(body.figures.find((f: Body) => f.id === 'awardsPer1000Staff').method.vi).toContain('Unit.staffCount');
    expect(body.figures.every((f: Body) => f.method.vi && f.method.en)).toBe(true);
  });

  it('splits by tier: unit figures from units of the tier, a tier of people against every unit', async () => {
    const district = rowOf(await outcomes('national', 'year=2024&tier=district'), A);
    // District units active in 2024: A1, A2, both registered; district awards: n1 → 1 / 2 × 100
    expect(district.counts).toMatchObject({
      units: 2,
      staff: 160,
      registered: 2,
      awards: 1,
      quotaPlaces: 18,
      quotaUsed: 3,
    });
    expect(value(district, 'awardsPer100Units')).toBe(50);
    const official = rowOf(await outcomes('national', 'year=2024&tier=official'), A);
    // Individuals (n3, n4 decided; n5 rejected) against all 4 units and 400 staff: 2 / 400 × 1000 = 5
    expect(official.counts).toMatchObject({ units: 4, awardsIndividual: 2, awardsCollective: 0 });
    expect(value(official, 'awardsPer1000Staff')).toBe(5);
  });

  it('takes the year from a phase, and refuses a comparison with neither', async () => {
    expect((await outcomes('national', 'phaseId=so-ket-2024')).scope.year).toBe(2024);
    const annual = rowOf(await outcomes('national', 'year=2024&phaseKind=annual'), A);
    expect([annual.counts.quotaPlaces, value(annual, 'quotaUse'), value(annual, 'nominations')]).toEqual([0, null, 0]);
    const missing = await (await api.as('national')).get('/api/comparison/outcomes');
    expect(missing.status).toBe(400);
    expect(missing.body.message).toContain('year');
    expect((await api.anon.get('/api/comparison/outcomes?year=2024')).status).toBe(401);
  });
});

describe("outcomes on today's boundaries", () => {
  it('sums merged provinces under their successor', async () => {
    const body = await outcomes('national', 'year=2024&boundaries=today');
    expect(body.rows.map((r: Body) => [r.slug, r.members.map((m: Body) => m.slug)])).toEqual([
      [A, [A, B]],
      [C, [C]],
    ]);
    const ab = rowOf(body, A);
    // Units active today (01/08/2024): A1, A3, A4 + B1, B2 = 5; staff 340 + 200 = 540.
    // Registered, each successor once: A1, A3 (A2 → A3, counted once), B1 = 3.
    expect(ab.counts).toMatchObject({
      units: 5,
      staff: 540,
      registered: 3,
      awards: 5,
      reportsExpected: 5,
      reportsOnTime: 3,
      quotaPlaces: 36,
      quotaUsed: 4,
    });
    expect(value(ab, 'registeredShare')).toBe(60); // 3 / 5
    expect(value(ab, 'awardsPer1000Staff')).toBeCloseTo(9.259, 3); // 5 / 540 × 1000
    expect(value(ab, 'quotaUse')).toBeCloseTo(11.111, 3); // (3 + 1) / (18 + 18)
    expect(ab.indicators['dti-score']).toMatchObject({ value: 75, n: 4 }); // (80 + 70 + 60 + 90) / 4, over all units
    expect(body.distribution.registeredShare).toMatchObject({ n: 2, median: 80 }); // 60 and 100
    expect(body.figures[0].method.en).toContain("Today's boundaries");
  });

  it("puts a merged district's figures under its successor unit", async () => {
    const then = rowOf(await outcomes('national', 'year=2024&tier=commune'), A);
    const today = rowOf(await outcomes('national', 'year=2024&tier=commune&boundaries=today'), A);
    // Then: commune = A3 alone: n6 submitted, DTI 60, A3 registered but no report.
    expect([
      then.counts.units,
      then.counts.nominations.approved,
      then.counts.nominations.submitted,
      then.counts.reportsExpected,
    ]).toEqual([1, 0, 1, 1]);
    expect(then.indicators['dti-score']).toMatchObject({ value: 60, n: 1 });
    // Today: A2's approval (n2), its reading (70) and its late report move to A3, a commune.
    expect([
      today.counts.units,
      today.counts.nominations.approved,
      today.counts.nominations.submitted,
      today.counts.reportsExpected,
      today.counts.reportsOnTime,
    ]).toEqual([1, 1, 1, 2, 0]);
    expect(today.indicators['dti-score']).toMatchObject({ value: 65, n: 2 }); // (70 + 60) / 2
    expect(today.counts.registered).toBe(1); // A2 and A3 both registered: one successor unit
  });

  it('gives one tier every count, read for that tier alone, with quotas of every tier', async () => {
    // Every count at 0 (as returned: without the indicator sums, with approvals and awards); each tier's own below.
    const { indicators: _sums, ...zero } = { ...emptyCounts(), approvals: 0, awards: 0 };
    const none = zero.nominations;
    // Commune, today, A + B: A3 (40 staff, registered; A2 → A3 counted once); n6 submitted, n2 approved moved in
    // with A2; expected reports A3 (none) + A2's late one. Quotas of every tier: A n1 n2 n3 + B's B1 of 18 + 18.
    const ab = rowOf(await outcomes('national', 'year=2024&tier=commune&boundaries=today'), A);
    expect(ab.counts).toEqual({
      ...zero,
      units: 1,
      staff: 40,
      registered: 1,
      reportsExpected: 2,
      quotaPlaces: 36,
      quotaUsed: 4,
      approvals: 1,
      nominations: { ...none, submitted: 1, approved: 1 },
    });
    // District, today, A + B: what A2 had moves out to A3, a commune. A1 and B1 (100 staff each), registered and
    // on time; n1 and B1's award decided (n2 went with A2); DTI of A1 and B1 (80 + 90) / 2, A2's 70 gone.
    const district = rowOf(await outcomes('national', 'year=2024&tier=district&boundaries=today'), A);
    expect(district.counts).toEqual({
      ...zero,
      units: 2,
      staff: 200,
      registered: 2,
      reportsExpected: 2,
      reportsOnTime: 2,
      quotaPlaces: 36,
      quotaUsed: 4,
      awardsCollective: 2,
      approvals: 2,
      awards: 2,
      nominations: { ...none, decided: 2 },
    });
    expect(district.indicators['dti-score']).toMatchObject({ value: 85, n: 2 });
    // Commune, then, C: C3 and C4 (100 staff each), both registered, neither reported; no commune nomination,
    // but C1 and C3's official (decided, capped form) use 2 of C's 18 places. Readings: C3's 85 only.
    const c = rowOf(await outcomes('national', 'year=2024&tier=commune'), C);
    expect(c.counts).toEqual({
      ...zero,
      units: 2,
      staff: 200,
      registered: 2,
      reportsExpected: 2,
      quotaPlaces: 18,
      quotaUsed: 2,
    });
    expect(c.indicators['work-dossiers-online.commune']).toMatchObject({ value: 85, n: 1 });
    expect(c.indicators['dti-score']).toMatchObject({ value: null, n: 0 }); // C1, C2 are districts
    // Officials, then, A: n3 (a leader) and n4 decided, n5 rejected, against every unit and reading of A in 2024.
    const a = rowOf(await outcomes('national', 'year=2024&tier=official'), A);
    expect(a.counts).toEqual({
      ...zero,
      units: 4,
      staff: 400,
      registered: 3,
      reportsExpected: 4,
      reportsOnTime: 2,
      quotaPlaces: 18,
      quotaUsed: 3,
      awardsIndividual: 2,
      awardsIndividualNonLeader: 1,
      approvals: 2,
      awards: 2,
      nominations: { ...none, rejected: 1, decided: 2 },
    });
    expect(a.indicators['dti-score']).toMatchObject({ value: 70, n: 3 }); // (80 + 70 + 60) / 3
  });

  it('drills down to units, each successor once', async () => {
    const then = (await outcomes('national', `year=2024&province=${A}`)).drillDown;
    // Most awards first, then most nominations, then Vietnamese order: A1 (3 awards), then A4, A2, A3 with 1 nomination each.
    expect(then.units.map((x: Body) => [x.name, x.awards, x.nominations])).toEqual([
      ['UBND huyện Một', 3, 3],
      ['Sở Thông tin và Truyền thông', 0, 1],
      ['UBND huyện Hai', 0, 1],
      ['UBND xã Ba', 0, 1],
    ]);
    expect(then.byTier.find((t: Body) => t.tier === 'district').counts).toMatchObject({ units: 2, registered: 2 });
    const today = (await outcomes('national', `year=2024&province=${A}&boundaries=today`)).drillDown;
    expect(today.province.members).toEqual([A, B]);
    const a3 = today.units.find((x: Body) => x.name === 'UBND xã Ba');
    expect(a3).toMatchObject({ nominations: 2, approvals: 1, registered: true, reports: 1, reportsOnTime: 0 }); // n2 + n6; A2's late report
    expect(today.units.map((x: Body) => x.name)).not.toContain('UBND huyện Hai');
    expect(today.unitsTotal).toBe(5);
  });
});

describe('tenancy', () => {
  it("shows a province user their own row against the national distribution, never another province's row or name", async () => {
    const res = await (await api.as('a.admin')).get('/api/comparison/outcomes?year=2024');
    expect(res.status).toBe(200);
    expect(res.body.rows.map((r: Body) => r.slug)).toEqual([A]);
    expect(res.body.rows[0].figures.registeredShare).toEqual({ value: 75, rank: 2 });
    expect(res.body.distribution.registeredShare).toEqual({ n: 3, q1: 62.5, median: 75, q3: 87.5 });
    const text = JSON.stringify(res.body);
    for (const other of [B, C, 'Thử Nghiệm Hai', 'Thử Nghiệm Ba']) expect(text).not.toContain(other);
    expect((await (await api.as('a.admin')).get(`/api/comparison/outcomes?year=2024&province=${C}`)).status).toBe(404);
    const csv = await (await api.as('a.admin')).get('/api/comparison/outcomes?year=2024&format=csv');
    expect(csv.text).toContain('Toàn quốc: trung vị');
    // Decimals as Excel with Vietnamese settings reads them: "12,5", quoted since the comma also separates cells.
    expect(csv.text).toMatch(/"\d+,\d+"/);
    expect(csv.text).not.toMatch(/(^|,)-?\d+\.\d+(?=,|\r?$)/m);
    expect(csv.text).not.toContain('Thử Nghiệm Ba');
  });

  it("keeps a merged province's user to their own units inside the successor", async () => {
    const body = await outcomes('b.viewer', `year=2024&boundaries=today&province=${A}`);
    expect(body.rows.map((r: Body) => [r.slug, r.members])).toEqual([[A, [{ slug: B, name: 'Thử Nghiệm Hai' }]]]);
    expect(body.drillDown.province.members).toEqual([B]);
    expect(body.drillDown.units.map((x: Body) => x.name).sort()).toEqual(['Công ty Năm', 'UBND huyện Bốn']);
  });

  it('exports outcomes as XLSX with the methods, and documents the endpoints in OpenAPI', async () => {
    const res = await (
      await api.as('national')
    )
      .get('/api/comparison/outcomes?year=2024&format=xlsx')
      .buffer(true)
      .parse(binary);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.body);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Kết quả 2024', 'Cách tính']);
    expect(wb.worksheets[0]!.getRow(2).getCell(1).value).toBe('Thử Nghiệm');
    const doc = (await api.anon.get('/api/docs-json')).body;
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/comparison/plans', '/api/comparison/outcomes']),
    );
    expect(JSON.stringify(doc.paths['/api/comparison/outcomes'].get.responses)).toContain('registeredShare');
  });
});

describe('totals kept by the database', () => {
  it('follow every change to readings and to a unit’s tier (they are kept by the database)', async () => {
    const readings = api.ds.getRepository(IndicatorReading);
    await readings.update({ unitId: u.C1!.id, indicatorId: 'dti-score' }, { value: 70 });
    await readings.delete({ unitId: u.C2!.id, indicatorId: 'dti-score' });
    await reading('C4', 'dti-score', 40);
    // C: C1 now 70, C2 gone, C4 new 40 → (70 + 40) / 2
    expect(rowOf(await outcomes('national', 'year=2024'), C).indicators['dti-score']).toMatchObject({
      value: 55,
      n: 2,
    });
    expect(rowOf(await outcomes('national', 'year=2024&tier=district'), C).indicators['dti-score']).toMatchObject({
      value: 70,
      n: 1,
    });
    await api.ds.getRepository(Unit).update(u.C4!.id, { tier: 'district' });
    // C4's reading moves with it: district = C1 70 and C4 40
    expect(rowOf(await outcomes('national', 'year=2024&tier=district'), C).indicators['dti-score']).toMatchObject({
      value: 55,
      n: 2,
    });
    expect(rowOf(await outcomes('national', 'year=2024&tier=commune'), C).indicators['dti-score']).toMatchObject({
      value: null,
      n: 0,
    });
  });

  it('follow every change to nominations and to a person’s leadership post', async () => {
    const nominations = api.ds.getRepository(Nomination);
    const c = async () => rowOf(await outcomes('national', 'year=2024'), C);
    // Before: C1 decided, staffC decided (no leadership post), C2 rejected.
    expect([value(await c(), 'approvalShare'), value(await c(), 'nonLeaderShare')]).toEqual([
      expect.closeTo(66.667, 3),
      100,
    ]);
    await nominations.update({ provinceSlug: C, nomineeUnitId: u.C2!.id }, { status: 'approved' });
    expect(value(await c(), 'approvalShare')).toBe(100); // (1 approved + 2 decided) / 3
    const staffC = await api.ds.getRepository(Person).findOneByOrFail({ provinceSlug: C, fullName: 'Phạm Thị Xã' });
    await api.ds.getRepository(Person).update(staffC.id, { isLeader: true });
    expect(value(await c(), 'nonLeaderShare')).toBe(0);
    await nominations.delete({ provinceSlug: C, nomineePersonId: staffC.id });
    const after = await c();
    expect(after.counts.nominations).toMatchObject({ approved: 1, decided: 1, rejected: 0 });
    expect(value(after, 'nonLeaderShare')).toBeNull(); // no individual award left: no data
  });

  it('follow every change to registrations, reports and a unit’s tier or end date', async () => {
    const b = async (query = '') => rowOf(await outcomes('national', `year=2024${query}`), B).counts;
    // Before: B1 (district) registered and reported on time; B2 (enterprise) neither.
    expect(await b()).toMatchObject({ units: 2, registered: 1, reportsExpected: 1, reportsOnTime: 1 });
    await register('B2');
    expect(await b()).toMatchObject({ registered: 2, reportsExpected: 2, reportsOnTime: 1 }); // B2 owes a report
    await report('B2', '2024-12-25');
    expect(await b()).toMatchObject({ reportsExpected: 2, reportsOnTime: 1 }); // in, but late
    await api.ds.getRepository(Report).update({ unitId: u.B2!.id }, { submittedOn: '2024-12-01' });
    expect(await b()).toMatchObject({ reportsExpected: 2, reportsOnTime: 2 });
    await api.ds.getRepository(Unit).update(u.B2!.id, { tier: 'district' });
    expect(await b('&tier=district')).toMatchObject({ units: 2, registered: 2, reportsExpected: 2, reportsOnTime: 2 });
    await api.ds.getRepository(Registration).delete({ unitId: u.B1!.id });
    expect(await b()).toMatchObject({ registered: 1, reportsExpected: 2, reportsOnTime: 2 }); // B1 reported anyway
    await api.ds.getRepository(Unit).update(u.B2!.id, { validTo: '2023-12-31' });
    expect(await b()).toMatchObject({ units: 1, registered: 0, reportsExpected: 2 }); // B2 closed before 2024
  });

  it('count a unit that moved on as its successor today, once, even when the successor did not register', async () => {
    await unit('C5', C, 'UBND xã Mới', 'commune', 10);
    await api.ds.getRepository(Unit).update(u.C3!.id, { validTo: '2024-07-01', successorId: u.C5!.id });
    // Then: C1–C4 registered, C5 not; all five active in 2024 → 4 / 5.
    expect(rowOf(await outcomes('national', 'year=2024'), C).counts).toMatchObject({ units: 5, registered: 4 });
    // Today: C3 is gone; C5 counts as registered through it → C1, C2, C4, C5 of 4 units.
    expect(rowOf(await outcomes('national', 'year=2024&boundaries=today'), C).counts).toMatchObject({
      units: 4,
      registered: 4,
    });
  });
});
