import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addPerson, addReading, addUnit, addUser, startApi, type TestApi, workflow } from './harness.js';

let api: TestApi;

beforeAll(async () => {
  api = await startApi();
  await addUser(api.ds, 'tn.admin', 'province-admin', 'thu-nghiem');
  await addUser(api.ds, 'tn.info', 'information-department', 'thu-nghiem');
  await addUser(api.ds, 'tn.home', 'home-affairs', 'thu-nghiem');
});
afterAll(() => api?.close());

describe('quotas under concurrent approvals', () => {
  it('approves exactly 8 of 50 parallel approvals at a quota of 8 individuals', async () => {
    const flow = workflow(api);
    const ids: number[] = [];
    // 50 units each nominate one of their officials (the per-unit limit is one individual each).
    for (let i = 0; i < 50; i++) {
      const unit = await addUnit(api.ds, 'thu-nghiem', `UBND xã Song Song ${i}`, 'district');
      const person = await addPerson(api.ds, 'thu-nghiem', unit.id, `Trần Thị Song ${i}`);
      await addReading(api.ds, 'thu-nghiem', unit.id, 'dti-score', 2024, 90);
      const n = await flow.draft(
        { recipient: 'individual', nomineePersonId: person.id, nominatingUnitId: unit.id },
        'tn.admin',
      );
      await flow.toAppraised(n.id, 'individual', 'tn.admin');
      ids.push(n.id);
    }
    const home = await api.as('tn.home');
    const results = await Promise.all(ids.map((id) => home.post(`/api/nominations/${id}/actions/approve`)));
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(8);
    expect(statuses.filter((s) => s === 409)).toHaveLength(42);
    expect(results.find((r) => r.status === 409)!.body).toMatchObject({ code: 'quota-exceeded' });
    const stored = await api.ds.query(
      `SELECT COUNT(*) AS n FROM nomination WHERE status = 'approved' AND "awardFormId" = 'bang-khen-ubnd-tinh' AND recipient = 'individual'`,
    );
    expect(Number(stored[0].n)).toBe(8);
    const quota = (await home.get('/api/provinces/thu-nghiem/quota-use')).body.find(
      (q: { phaseId: string; awardFormId: string }) =>
        q.phaseId === 'so-ket-2024' && q.awardFormId === 'bang-khen-ubnd-tinh',
    );
    expect(quota).toMatchObject({ used: { individuals: 8 }, remaining: { individuals: 0 } });
  }, 300_000);

  it('keeps two concurrent criteria edits from the same version to one success and one 409', async () => {
    const admin = await api.as('tn.admin');
    const current = (await admin.get('/api/provinces/thu-nghiem/criteria')).body;
    const criterion = current.criteria.find((c: { id: string }) => c.id === 'dti-70');
    const edits = await Promise.all(
      [75, 80].map((threshold) =>
        admin.put('/api/provinces/thu-nghiem/criteria/dti-70', {
          baseVersion: current.version,
          reason: `Nâng ngưỡng lên ${threshold}`,
          criterion: { ...criterion, threshold },
        }),
      ),
    );
    expect(edits.map((e) => e.status).sort()).toEqual([200, 409]);
    const versions = (await admin.get('/api/provinces/thu-nghiem/criteria/versions')).body;
    expect(versions).toHaveLength(2);
  });
});
