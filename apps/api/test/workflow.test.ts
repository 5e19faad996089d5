import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IndicatorReading } from '../src/database/entities/index.js';
import { PDF, seedWorld, startApi, type TestApi, workflow } from './harness.js';

let api: TestApi;
let world: Awaited<ReturnType<typeof seedWorld>>;
let flow: ReturnType<typeof workflow>;

beforeAll(async () => {
  api = await startApi();
  world = await seedWorld(api.ds);
  flow = workflow(api);
});
afterAll(() => api?.close());

const district = (i: number) => world.tn.districts[i]!;

describe('nomination workflow, end to end over HTTP', () => {
  it('walks draft → submitted → aggregated → appraised → approved, with history and criteria stored', async () => {
    const n = await flow.draft({ nomineeUnitId: district(0).id });
    expect(n).toMatchObject({
      status: 'draft',
      nominatingUnitId: district(0).id,
      nomineeName: 'UBND huyện Số 01',
      tier: 'district',
    });
    await flow.toAppraised(n.id, 'collective');
    const approved = await flow.act(n.id, 'approve', 'tn.home');
    expect(approved.status).toBe(200);
    expect(approved.body.status).toBe('approved');
    const details = (await (await api.as('tn.home')).get(`/api/nominations/${n.id}`)).body;
    expect(details.history.map((h: { toStatus: string }) => h.toStatus)).toEqual([
      'draft',
      'submitted',
      'aggregated',
      'appraised',
      'approved',
    ]);
    expect(details.criteriaVersion).toBe(1);
    expect(details.criteriaStatus).toBe('passed');
    expect(details.checks.find((c: { criterionId: string }) => c.criterionId === 'dti-70')).toMatchObject({
      status: 'passed',
      value: 75,
      checkedBy: null,
    });
    expect(details.checks.find((c: { criterionId: string }) => c.criterionId === 'mo-hinh')).toMatchObject({
      status: 'passed',
      kind: 'qualitative',
    });
    expect(details.checklist.every((d: { provided: boolean }) => d.provided)).toBe(true);
  });

  it('returns with a reason to the unit, which edits and submits again; a return without reason is refused', async () => {
    const n = await flow.draft({ nomineeUnitId: district(1).id, nominatingUnitId: district(1).id }, 'tn.admin');
    await flow.attachDossier(n.id, 'collective', 'tn.admin');
    expect((await flow.act(n.id, 'submit', 'tn.admin')).status).toBe(200);
    const noReason = await flow.act(n.id, 'return', 'tn.info');
    expect(noReason.status).toBe(400);
    expect(noReason.body.message).toMatch(/lý do/);
    const returned = await flow.act(n.id, 'return', 'tn.info', 'Thiếu biên bản họp Hội đồng');
    expect(returned.body).toMatchObject({ status: 'returned', returnReason: 'Thiếu biên bản họp Hội đồng' });
    expect(
      (await (await api.as('tn.admin')).put(`/api/nominations/${n.id}`, { achievements: 'Bổ sung thành tích' })).status,
    ).toBe(200);
    expect((await flow.act(n.id, 'submit', 'tn.admin')).body.status).toBe('submitted');
    expect((await flow.act(n.id, 'aggregate', 'tn.info')).body.status).toBe('aggregated');
    expect((await flow.act(n.id, 'return', 'tn.home', 'Chưa đúng đối tượng')).body.status).toBe('returned');
  });

  it('rejects with a reason after appraisal', async () => {
    const n = await flow.draft({ nomineeUnitId: district(2).id, nominatingUnitId: district(2).id }, 'tn.admin');
    await flow.toAppraised(n.id, 'collective', 'tn.admin');
    expect((await flow.act(n.id, 'reject', 'tn.home')).status).toBe(400);
    expect((await flow.act(n.id, 'reject', 'tn.home', 'Không đủ tiêu chuẩn')).body).toMatchObject({
      status: 'rejected',
      returnReason: 'Không đủ tiêu chuẩn',
    });
  });

  it('refuses the wrong role with 403 and the wrong status with 409', async () => {
    const n = await flow.draft({ nomineeUnitId: district(0).id, awardFormId: 'giay-khen' });
    const byInfo = await flow.act(n.id, 'submit', 'tn.info');
    expect(byInfo.status).toBe(403);
    const approveDraft = await flow.act(n.id, 'approve', 'tn.home');
    expect(approveDraft.status).toBe(409);
    expect(approveDraft.body.message).toMatch(/trạng thái "draft"/);
    const byViewer = await (
      await api.as('tn.viewer')
    ).post('/api/nominations', {
      phaseId: 'so-ket-2024',
      awardFormId: 'giay-khen',
      recipient: 'collective',
      nomineeUnitId: district(0).id,
    });
    expect(byViewer.status).toBe(403);
  });

  it('refuses submission once the phase deadline has passed, until an administrator extends it (audited)', async () => {
    const n = await flow.draft(
      { phaseId: 'nam-2023', nomineeUnitId: district(3).id, nominatingUnitId: district(3).id },
      'tn.admin',
    );
    await flow.attachDossier(n.id, 'collective', 'tn.admin');
    const late = await flow.act(n.id, 'submit', 'tn.admin');
    expect(late.status).toBe(409);
    expect(late.body).toMatchObject({ code: 'phase-closed' });
    expect(late.body.message).toContain('30/11/2023');
    expect(
      (
        await (
          await api.as('tn.info')
        ).put('/api/provinces/thu-nghiem/phases/nam-2023/deadline', { extendedTo: '2024-08-31', reason: 'Gia hạn' })
      ).status,
    ).toBe(403);
    expect(
      (
        await (
          await api.as('tn.admin')
        ).put('/api/provinces/thu-nghiem/phases/nam-2023/deadline', {
          extendedTo: '2024-08-31',
          reason: 'Gia hạn do bão',
        })
      ).status,
    ).toBe(200);
    expect((await flow.act(n.id, 'submit', 'tn.admin')).status).toBe(200);
    const audit = await (
      await api.as('tn.admin')
    ).get(`/api/audit?filter=${encodeURIComponent(JSON.stringify({ action: 'deadline.extend' }))}`);
    expect(audit.body[0]).toMatchObject({
      username: 'tn.admin',
      after: { deadline: '2024-08-31', reason: 'Gia hạn do bão' },
    });
  });

  it('checks eligibility: award form for collectives only, and tiers the form is given to', async () => {
    const c = await api.as('tn.clerk');
    const individualFlag = await c.post('/api/nominations', {
      phaseId: 'so-ket-2024',
      awardFormId: 'co-thi-dua',
      recipient: 'individual',
      nomineePersonId: world.tn.people[0]!.id,
    });
    expect(individualFlag.status).toBe(400);
    expect(individualFlag.body.code).toBe('not-eligible');
    const admin = await api.as('tn.admin');
    const enterprise = await admin.post('/api/nominations', {
      phaseId: 'so-ket-2024',
      awardFormId: 'bang-khen-ubnd-tinh',
      recipient: 'collective',
      nomineeUnitId: world.tn.enterprise.id,
      nominatingUnitId: world.tn.enterprise.id,
    });
    expect(enterprise.status).toBe(400);
    expect(enterprise.body.code).toBe('not-eligible');
    const wrongPhase = await c.post('/api/nominations', {
      phaseId: 'nam-2023',
      awardFormId: 'co-thi-dua',
      recipient: 'collective',
      nomineeUnitId: district(0).id,
    });
    expect(wrongPhase.body.code).toBe('bad-award-form');
  });

  it('holds each nominating unit to its limit: one collective and one individual per phase', async () => {
    const u = district(4);
    const first = await flow.draft({ nomineeUnitId: u.id, nominatingUnitId: u.id }, 'tn.admin');
    await flow.attachDossier(first.id, 'collective', 'tn.admin');
    expect((await flow.act(first.id, 'submit', 'tn.admin')).status).toBe(200);
    const second = await flow.draft({ nomineeUnitId: district(5).id, nominatingUnitId: u.id }, 'tn.admin');
    await flow.attachDossier(second.id, 'collective', 'tn.admin');
    const refused = await flow.act(second.id, 'submit', 'tn.admin');
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ code: 'unit-limit' });
    expect(refused.body.message).toContain('không quá 01 tập thể cho mỗi đơn vị đề nghị');
    const person = world.tn.people.find((p) => p.unitId === u.id)!;
    const individual = await flow.draft(
      { recipient: 'individual', nomineePersonId: person.id, nominatingUnitId: u.id },
      'tn.admin',
    );
    await flow.attachDossier(individual.id, 'individual', 'tn.admin');
    expect((await flow.act(individual.id, 'submit', 'tn.admin')).status).toBe(200);
  });

  it('refuses submission of an incomplete dossier, naming what is missing', async () => {
    const n = await flow.draft({ nomineeUnitId: district(6).id, nominatingUnitId: district(6).id }, 'tn.admin');
    await (
      await api.as('tn.admin')
    ).upload(`/api/nominations/${n.id}/documents`, { type: 'achievement-report' }, PDF, 'bao-cao.pdf');
    const res = await flow.act(n.id, 'submit', 'tn.admin');
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('dossier-incomplete');
    expect(res.body.message).toContain('Tờ trình đề nghị khen thưởng');
    expect((await (await api.as('tn.admin')).get(`/api/nominations/${n.id}`)).body.status).toBe('draft');
  });

  it('refuses appraisal while criteria fail or await a verdict, judging numeric ones from readings', async () => {
    const u = district(7);
    await api.ds.getRepository(IndicatorReading).update({ unitId: u.id, indicatorId: 'dti-score' }, { value: 70 }); // "trên 70%": 70 fails
    const n = await flow.draft({ nomineeUnitId: u.id, nominatingUnitId: u.id }, 'tn.admin');
    await flow.attachDossier(n.id, 'collective', 'tn.admin');
    await flow.act(n.id, 'submit', 'tn.admin');
    await flow.act(n.id, 'aggregate', 'tn.info');
    const pending = await flow.act(n.id, 'appraise', 'tn.home');
    expect(pending.status).toBe(409);
    expect(pending.body.code).toBe('criteria-not-passed');
    expect(pending.body.message).toContain('dti-70');
    const details = (await (await api.as('tn.home')).get(`/api/nominations/${n.id}`)).body;
    expect(details.criteriaStatus).toBe('failed');
    expect(details.checks.find((c: { criterionId: string }) => c.criterionId === 'dti-70')).toMatchObject({
      status: 'failed',
      value: 70,
    });
    const numericVerdict = await (
      await api.as('tn.home')
    ).post(`/api/nominations/${n.id}/verdicts`, { criterionId: 'dti-70', passed: true });
    expect(numericVerdict.status).toBe(400);
  });

  it('stops the same unit being approved twice for the same award form in a phase', async () => {
    const target = district(8);
    const a = await flow.draft({ nomineeUnitId: target.id, nominatingUnitId: target.id }, 'tn.admin');
    const b = await flow.draft({ nomineeUnitId: target.id, nominatingUnitId: world.tn.agency.id }, 'tn.admin');
    await flow.toAppraised(a.id, 'collective', 'tn.admin');
    await flow.toAppraised(b.id, 'collective', 'tn.admin');
    expect((await flow.act(a.id, 'approve', 'tn.home')).status).toBe(200);
    const twice = await flow.act(b.id, 'approve', 'tn.home');
    expect(twice.status).toBe(409);
    expect(twice.body.code).toBe('duplicate-award');
  });

  it('locks the dossier once submitted and lets only drafts be deleted', async () => {
    const n = await flow.draft({ nomineeUnitId: district(9).id, nominatingUnitId: district(9).id }, 'tn.admin');
    await flow.attachDossier(n.id, 'collective', 'tn.admin');
    await flow.act(n.id, 'submit', 'tn.admin');
    const admin = await api.as('tn.admin');
    expect((await admin.upload(`/api/nominations/${n.id}/documents`, { type: 'other' }, PDF, 'them.pdf')).status).toBe(
      409,
    );
    expect((await admin.delete(`/api/nominations/${n.id}`)).status).toBe(409);
    expect((await admin.put(`/api/nominations/${n.id}`, { achievements: 'x' })).status).toBe(409);
  });

  it('validates uploads: type, size and real file kind', async () => {
    const n = await flow.draft({ nomineeUnitId: district(0).id, awardFormId: 'giay-khen' });
    const c = await api.as('tn.clerk');
    expect((await c.upload(`/api/nominations/${n.id}/documents`, { type: 'bogus' }, PDF, 'a.pdf')).body.code).toBe(
      'bad-document-type',
    );
    expect(
      (
        await c.upload(
          `/api/nominations/${n.id}/documents`,
          { type: 'other' },
          Buffer.from('MZ not a pdf'),
          'virus.pdf',
        )
      ).body.code,
    ).toBe('bad-file-type');
    const big = Buffer.concat([PDF, Buffer.alloc(10 * 1024 * 1024 + 10)]);
    expect(
      (await c.upload(`/api/nominations/${n.id}/documents`, { type: 'other' }, big, 'big.pdf')).status,
    ).toBeGreaterThanOrEqual(400);
    const saved = await c.upload(`/api/nominations/${n.id}/documents`, { type: 'other' }, PDF, '../../etc/passwd.pdf');
    expect(saved.status).toBe(201);
    expect(saved.body.fileName).not.toContain('/');
    const download = await c.get(`/api/nominations/${n.id}/documents/${saved.body.id}`);
    expect(download.status).toBe(200);
    expect(Buffer.from(download.body).subarray(0, 4).toString()).toBe('%PDF');
  });
});

describe('award decisions', () => {
  it('builds a decision from approved nominations, issues it, and freezes it', async () => {
    const ids: number[] = [];
    for (const i of [10, 11]) {
      const n = await flow.draft({ nomineeUnitId: district(i).id, nominatingUnitId: district(i).id }, 'tn.admin');
      await flow.toAppraised(n.id, 'collective', 'tn.admin');
      await flow.act(n.id, 'approve', 'tn.home');
      ids.push(n.id);
    }
    const home = await api.as('tn.home');
    const created = await home.post('/api/decisions', {
      phaseId: 'so-ket-2024',
      awardFormId: 'bang-khen-ubnd-tinh',
      number: '125/QĐ-UBND',
      signedOn: '2024-09-20',
      signerName: 'Nguyễn Văn A',
      signerTitle: 'KT. CHỦ TỊCH – PHÓ CHỦ TỊCH',
      nominationIds: ids,
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ status: 'draft', nominationIds: ids });
    const issued = await home.post(`/api/decisions/${created.body.id}/issue`);
    expect(issued.status).toBe(200);
    expect(issued.body.status).toBe('issued');
    expect(issued.body.awardees.every((a: { status: string }) => a.status === 'decided')).toBe(true);
    const edit = await home.put(`/api/decisions/${created.body.id}`, { signerName: 'Người khác' });
    expect(edit.status).toBe(409);
    expect((await home.post(`/api/decisions/${created.body.id}/issue`)).status).toBe(409);
    expect((await home.get(`/api/decisions/${created.body.id}`)).body.signerName).toBe('Nguyễn Văn A');
    const draft = await flow.draft({ nomineeUnitId: district(0).id, awardFormId: 'giay-khen' });
    const notApproved = await home.post('/api/decisions', {
      phaseId: 'so-ket-2024',
      awardFormId: 'giay-khen',
      number: '126/QĐ-UBND',
      signedOn: '2024-09-20',
      signerName: 'A B',
      signerTitle: 'CHỦ TỊCH',
      nominationIds: [draft.id],
    });
    expect(notApproved.status).toBe(409);
    expect(
      Number((await api.ds.query("SELECT COUNT(*) AS n FROM award_decision WHERE number = '126/QĐ-UBND'"))[0].n),
    ).toBe(0);
  });
});
