import { BULK_ACTION_LIMIT } from '@thidua/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addReading, addUnit, addUser, seedWorld, startApi, type TestApi, workflow } from './harness.js';

/**
 * POST /api/nominations/bulk: one workflow step on many nominations, each in its own transaction, one result per
 * id. A refusal (status, criteria, quota, tenancy) leaves that row as it was and undoes none of the others.
 */
let api: TestApi;
let world: Awaited<ReturnType<typeof seedWorld>>;
let flow: ReturnType<typeof workflow>;

beforeAll(async () => {
  api = await startApi();
  world = await seedWorld(api.ds);
  flow = workflow(api);
  await addUser(api.ds, 'tn.clerk-b', 'unit-clerk', 'thu-nghiem', world.tn.districts[1]!.id);
});
afterAll(() => api?.close());

const district = (i: number) => world.tn.districts[i]!;
const bulk = async (user: string, body: object) => (await api.as(user)).post('/api/nominations/bulk', body);

/** What a refused row must not have changed: its status, its history and its audit trail. */
async function trace(id: number) {
  const [row] = await api.ds.query(`SELECT status, "updatedAt" FROM nomination WHERE id = ${id}`);
  const [events] = await api.ds.query(`SELECT COUNT(*) AS n FROM nomination_event WHERE "nominationId" = ${id}`);
  const [audit] = await api.ds.query(
    `SELECT COUNT(*) AS n FROM audit_event WHERE entity = 'nominations' AND "entityId" = '${id}'`,
  );
  return { ...row, events: Number(events.n), audit: Number(audit.n) };
}

/** A nomination by the province administrator for a district, submitted with a full dossier. */
async function submitted(i: number, awardFormId = 'giay-khen') {
  const n = await flow.draft(
    { nomineeUnitId: district(i).id, nominatingUnitId: district(i).id, awardFormId },
    'tn.admin',
  );
  await flow.attachDossier(n.id, 'collective', 'tn.admin');
  expect((await flow.act(n.id, 'submit', 'tn.admin')).status).toBe(200);
  return n.id;
}

describe('bulk workflow steps', () => {
  it('aggregates a mixed batch: each row succeeds or is refused with its own code and Vietnamese reason', async () => {
    const [a, c] = [await submitted(2), await submitted(3)];
    const draft = (await flow.draft({ nomineeUnitId: district(4).id, nominatingUnitId: district(4).id }, 'tn.admin'))
      .id;
    const before = await trace(draft);
    const res = await bulk('tn.info', { action: 'aggregate', ids: [a, draft, c, 999_999, a] });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ action: 'aggregate', succeeded: 2, failed: 2 });
    // In the order given, a repeated id once.
    expect(res.body.results.map((r: { id: number }) => r.id)).toEqual([a, draft, c, 999_999]);
    expect(res.body.results[0]).toEqual({ id: a, ok: true, status: 'aggregated' });
    expect(res.body.results[2]).toEqual({ id: c, ok: true, status: 'aggregated' });
    expect(res.body.results[1]).toMatchObject({ id: draft, ok: false, error: { statusCode: 409, code: 'bad-status' } });
    expect(res.body.results[1].error.message).toMatch(/^Không thể "Tổng hợp": đề nghị đang ở trạng thái "draft"/);
    expect(res.body.results[3]).toMatchObject({ ok: false, error: { statusCode: 404, code: 'not-found' } });
    expect(res.body.results[3].error.message).toMatch(/^Không tìm thấy đề nghị khen thưởng/);
    expect(await trace(draft)).toEqual(before);
    for (const id of [a, c]) {
      const details = (await (await api.as('tn.info')).get(`/api/nominations/${id}`)).body;
      expect(details.history.map((h: { toStatus: string }) => h.toStatus)).toEqual([
        'draft',
        'submitted',
        'aggregated',
      ]);
    }
  });

  it('appraises only what passed its criteria; the others stay aggregated, untouched', async () => {
    const [ready, pending] = [await submitted(5), await submitted(6)];
    await bulk('tn.info', { action: 'aggregate', ids: [ready, pending] });
    const home = await api.as('tn.home');
    expect(
      (await home.post(`/api/nominations/${ready}/verdicts`, { criterionId: 'mo-hinh', passed: true })).status,
    ).toBe(201);
    const before = await trace(pending);
    const res = await bulk('tn.home', { action: 'appraise', ids: [pending, ready] });
    expect(res.body).toMatchObject({
      succeeded: 1,
      failed: 1,
      results: [
        { id: pending, ok: false, error: { code: 'criteria-not-passed' } },
        { id: ready, ok: true, status: 'appraised' },
      ],
    });
    expect(res.body.results[0].error.message).toMatch(/^Chưa đạt đủ tiêu chuẩn: mo-hinh/);
    expect(await trace(pending)).toEqual(before);
  });

  it('approves within the quota when the batch asks for more places than remain', async () => {
    // "Cờ thi đua": at most 2 collectives in the interim review (fixture plan III.4); one is taken already.
    const ids: number[] = [];
    for (const i of [7, 8, 9, 10]) {
      const n = await flow.draft(
        { nomineeUnitId: district(i).id, nominatingUnitId: district(i).id, awardFormId: 'co-thi-dua' },
        'tn.admin',
      );
      await flow.toAppraised(n.id, 'collective', 'tn.admin');
      ids.push(n.id);
    }
    expect((await flow.act(ids[0]!, 'approve', 'tn.home')).status).toBe(200);
    const late = await Promise.all(ids.slice(2).map(trace));
    const res = await bulk('tn.home', { action: 'approve', ids: ids.slice(1) });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ succeeded: 1, failed: 2 });
    expect(res.body.results[0]).toEqual({ id: ids[1], ok: true, status: 'approved' });
    for (const r of res.body.results.slice(1)) {
      expect(r).toMatchObject({ ok: false, error: { statusCode: 409, code: 'quota-exceeded' } });
      expect(r.error.message).toMatch(/Cờ thi đua của UBND tỉnh/);
    }
    expect(await Promise.all(ids.slice(2).map(trace))).toEqual(late);
    const [stored] = await api.ds.query(
      `SELECT COUNT(*) AS n FROM nomination WHERE status = 'approved' AND "awardFormId" = 'co-thi-dua'`,
    );
    expect(Number(stored.n)).toBe(2);
    const quota = (await (await api.as('tn.home')).get('/api/provinces/thu-nghiem/quota-use')).body.find(
      (q: { phaseId: string; awardFormId: string }) => q.phaseId === 'so-ket-2024' && q.awardFormId === 'co-thi-dua',
    );
    expect(quota).toMatchObject({ used: { collectives: 2 }, remaining: { collectives: 0 } });
    // Rejected in bulk, with one reason for all of them.
    const rejected = await bulk('tn.home', { action: 'reject', ids: ids.slice(2), reason: 'Hết chỉ tiêu' });
    expect(rejected.body).toMatchObject({ succeeded: 2, failed: 0 });
    const [row] = await api.ds.query(`SELECT status, "returnReason" FROM nomination WHERE id = ${ids[3]}`);
    expect(row).toEqual({ status: 'rejected', returnReason: 'Hết chỉ tiêu' });
  });

  it('holds the quota when two batches approve at once (each row under the quota lock)', async () => {
    // "Bằng khen": at most 8 collectives (fixture plan III.4), one per nominating unit; none approved yet.
    const ids: number[] = [];
    for (let i = 0; i < 10; i++) {
      const unit = await addUnit(api.ds, 'thu-nghiem', `UBND xã Đồng Loạt ${i}`, 'district');
      await addReading(api.ds, 'thu-nghiem', unit.id, 'dti-score', 2024, 80);
      const n = await flow.draft({ nomineeUnitId: unit.id, nominatingUnitId: unit.id }, 'tn.admin');
      await flow.toAppraised(n.id, 'collective', 'tn.admin');
      ids.push(n.id);
    }
    const [first, second] = await Promise.all([
      bulk('tn.home', { action: 'approve', ids: ids.filter((_, i) => i % 2 === 0) }),
      bulk('tn.admin', { action: 'approve', ids: ids.filter((_, i) => i % 2 === 1) }),
    ]);
    expect(first.body.succeeded + second.body.succeeded).toBe(8);
    const refused = [...first.body.results, ...second.body.results].filter((r: { ok: boolean }) => !r.ok);
    expect(refused.map((r: { error: { code: string } }) => r.error.code)).toEqual(['quota-exceeded', 'quota-exceeded']);
    const [stored] = await api.ds.query(
      `SELECT COUNT(*) AS n FROM nomination WHERE status = 'approved' AND "awardFormId" = 'bang-khen-ubnd-tinh'`,
    );
    expect(Number(stored.n)).toBe(8);
  }, 120_000);

  it('refuses a role that never takes the step, as a whole, and changes nothing', async () => {
    const id = await submitted(11);
    const before = await trace(id);
    for (const [user, action] of [
      ['tn.clerk', 'aggregate'],
      ['tn.viewer', 'aggregate'],
      ['tn.home', 'aggregate'],
      ['national', 'aggregate'],
      ['tn.info', 'approve'],
    ] as const) {
      const res = await bulk(user, { action, ids: [id] });
      expect(res.status, `${user} ${action}`).toBe(403);
      expect(res.body.message).toMatch(/^Vai trò của bạn không được/);
    }
    const noReason = await bulk('tn.info', { action: 'return', ids: [id] });
    expect(noReason.status).toBe(400);
    expect(noReason.body).toMatchObject({ code: 'reason-required' });
    expect(await trace(id)).toEqual(before);
  });

  it('validates the batch: an action of the workflow, one to a bounded number of ids', async () => {
    const tooMany = Array.from({ length: BULK_ACTION_LIMIT + 1 }, (_, i) => i + 1);
    for (const body of [
      { action: 'aggregate', ids: [] },
      { action: 'aggregate', ids: tooMany },
      { action: 'aggregate', ids: ['1'] },
      { action: 'delete', ids: [1] },
      { ids: [1] },
    ]) {
      const res = await bulk('tn.info', body);
      expect(res.status, JSON.stringify(body).slice(0, 60)).toBe(400);
    }
  });

  it("hides another unit's and another province's nominations row by row, as the single step does", async () => {
    const own = await flow.draft({ nomineeUnitId: district(0).id });
    await flow.attachDossier(own.id, 'collective');
    const before = await trace(own.id);
    const res = await bulk('tn.clerk-b', { action: 'submit', ids: [own.id] });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      succeeded: 0,
      failed: 1,
      results: [{ id: own.id, ok: false, error: { statusCode: 404, code: 'not-found' } }],
    });
    expect(await trace(own.id)).toEqual(before);
    const other = await bulk('tn2.admin', { action: 'submit', ids: [own.id] });
    expect(other.body.results[0]).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await trace(own.id)).toEqual(before);
    // The clerk of the unit submits it in bulk.
    const mine = await bulk('tn.clerk', { action: 'submit', ids: [own.id] });
    expect(mine.body.results[0]).toEqual({ id: own.id, ok: true, status: 'submitted' });
  });
});
