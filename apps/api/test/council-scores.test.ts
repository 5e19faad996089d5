import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent } from '../src/database/entities/index.js';
import { addUser, binary, seedWorld, startApi, type TestApi, workflow, writeFixturePlugins } from './harness.js';

/**
 * The test plan with its interim review scored with points: "dti-70" gives up to 40 points, "mo-hinh" up to 30
 * with weight 2 (max 100); pass mark 60, the 3 best; the "Cờ thi đua" quota is 2 collectives.
 */
function scoredProvinces(): string {
  const plugins: Record<string, string> = {
    'thu-nghiem': `{ ...base,
      phases: base.phases.map((p) => p.id === 'so-ket-2024' ? { ...p, scoring: { passMark: 60, rankTop: 3, source: 'III.4' } } : p),
      criteria: base.criteria.map((c) => c.id === 'dti-70' ? { ...c, points: 40 } : c.id === 'mo-hinh' ? { ...c, points: 30, weight: 2 } : c),
      workflow: { ...base.workflow, council: { quorumShare: 0.6667, base: 'members', passShare: 0.7, scoreAggregate: 'mean', source: 'IV.2' } } }`,
    'thu-nghiem-hai': `{ ...base, slug: 'thu-nghiem-hai', name: 'Thử Nghiệm Hai', authority: 'UBND tỉnh Thử Nghiệm Hai' }`,
  };
  return writeFixturePlugins('scored-provinces', plugins);
}

let api: TestApi;
let world: Awaited<ReturnType<typeof seedWorld>>;
let meetingId = 0;
const members: { id: number }[] = [];
const noms: Record<'a' | 'b' | 'c' | 'd', number> = { a: 0, b: 0, c: 0, d: 0 };
const home = () => api.as('tn.home');
const body = <T = Record<string, unknown>>(res: { status: number; body: unknown }, status = 200): T => {
  if (res.status !== status) throw new Error(`expected ${status}, got ${res.status}: ${JSON.stringify(res.body)}`);
  return res.body as T;
};
type Item = {
  nominationId: number;
  rank: number | null;
  selected: boolean;
  tie: boolean;
  sheet: { id: string; points: number; weight: number; text: string }[];
  score: { score: number | null; scorers: number; max: number; passed: boolean; recused: number[] };
  scores: { memberId: number; criterionId: string; points: number; recordedBy: number }[];
};
type Meeting = { mode: string; locked: boolean; agenda: Item[]; canEnterBallots: boolean };

beforeAll(async () => {
  api = await startApi({ provincesDir: scoredProvinces(), notifyIntervalSeconds: 0 });
  world = await seedWorld(api.ds);
  const flow = workflow(api);
  const chair = await addUser(api.ds, 'tn.chair', 'viewer', 'thu-nghiem');
  const secretary = await addUser(api.ds, 'tn.secretary', 'viewer', 'thu-nghiem');
  const admin = await api.as('tn.admin');
  for (const m of [
    { fullName: 'Nguyễn Văn Chủ', role: 'chairman', userId: chair.id },
    { fullName: 'Trần Thị Phó', role: 'vice-chairman' },
    // Sits for district 4, whose nomination is "d": recused from it.
    { fullName: 'Lê Văn Ủy', role: 'member', unitId: world.tn.districts[3]!.id },
    { fullName: 'Hoàng Thị Thư', role: 'secretary', userId: secretary.id },
  ])
    members.push(body(await admin.post('/api/council/members', m), 201));
  for (const [key, i] of [
    ['a', 0],
    ['b', 1],
    ['c', 2],
    ['d', 3],
  ] as const) {
    const unit = world.tn.districts[i]!.id;
    const n = await flow.draft({ nomineeUnitId: unit, nominatingUnitId: unit, awardFormId: 'co-thi-dua' }, 'tn.admin');
    await flow.toAppraised(n.id, 'collective', 'tn.admin');
    noms[key] = n.id;
  }
  const h = await home();
  meetingId = body<{ id: number }>(
    await h.post('/api/council/meetings', {
      phaseId: 'so-ket-2024',
      awardFormId: 'co-thi-dua',
      startsAt: '2024-08-20T08:00',
      place: 'Phòng họp số 2',
    }),
    201,
  ).id;
  for (const m of members)
    body(await h.put(`/api/council/meetings/${meetingId}/attendance`, { memberId: m.id, present: true }));
  body(await h.post(`/api/council/meetings/${meetingId}/call`));
});
afterAll(() => api?.close());

/** One member's sheet for a nomination: dti-70 (of 40) and mo-hinh (of 30, weight 2). */
const sheet = (nominationId: number, dti: number, moHinh: number, memberIdx?: number, as = 'tn.secretary') =>
  api.as(as).then((c) =>
    c.post(`/api/council/meetings/${meetingId}/scores`, {
      nominationId,
      scores: [
        { criterionId: 'dti-70', points: dti },
        { criterionId: 'mo-hinh', points: moHinh },
      ],
      ...(memberIdx === undefined ? {} : { memberId: members[memberIdx]!.id }),
    }),
  );

describe('a council meeting of a phase that scores with points', () => {
  it('shows each nominee’s score sheet instead of a vote, and refuses votes', async () => {
    const m = body<Meeting>(await (await api.as('tn.secretary')).get(`/api/council/meetings/${meetingId}`));
    expect(m.mode).toBe('scores');
    expect(m.canEnterBallots).toBe(true);
    expect(m.agenda[0]!.sheet.map((c) => [c.id, c.points, c.weight])).toEqual([
      ['dti-70', 40, 1],
      ['mo-hinh', 30, 2],
    ]);
    expect(m.agenda[0]!.sheet[0]!.text).toBe('Đạt tỷ lệ trên 70% điểm');
    const vote = await (
      await api.as('tn.chair')
    ).post(`/api/council/meetings/${meetingId}/votes`, { nominationId: noms.a, choice: 'agree' });
    expect(vote.status).toBe(409);
    expect(vote.body.code).toBe('scored-meeting');
  });

  it('takes scores from a member and paper sheets entered by the secretary; refuses out-of-range, recused and others', async () => {
    // a: 100, 90, 80, 90 → 90. b and c: 70 each from everyone → tie. d: 50, 50, 50.5 → 50.17 (fails the mark of 60);
    // member 3 recused.
    body(await sheet(noms.a, 40, 30, undefined, 'tn.chair'), 201);
    body(await sheet(noms.a, 40, 25, 1), 201);
    body(await sheet(noms.a, 30, 25, 2), 201);
    body(await sheet(noms.a, 40, 25), 201); // the secretary's own sheet
    for (const n of [noms.b, noms.c]) {
      body(await sheet(n, 30, 20, undefined, 'tn.chair'), 201);
      for (const i of [1, 2, 3]) body(await sheet(n, 30, 20, i), 201);
    }
    body(await sheet(noms.d, 20, 15, undefined, 'tn.chair'), 201);
    body(await sheet(noms.d, 30, 10, 1), 201);
    body(await sheet(noms.d, 10.5, 20), 201);
    const recused = await sheet(noms.d, 40, 30, 2);
    expect(recused.status).toBe(409);
    expect(recused.body.code).toBe('recused');
    const over = await sheet(noms.a, 41, 30, 1);
    expect(over.status).toBe(400);
    expect(over.body.code).toBe('bad-score');
    const off = await (
      await api.as('tn.secretary')
    ).post(`/api/council/meetings/${meetingId}/scores`, {
      nominationId: noms.a,
      scores: [{ criterionId: 'ca-nhan', points: 1 }],
    });
    expect(off.body.code).toBe('bad-score');
    // A member who is not the secretary cannot enter another's sheet; a viewer outside the council cannot score.
    expect((await sheet(noms.a, 40, 30, 1, 'tn.chair')).status).toBe(403);
    expect((await sheet(noms.a, 40, 30, undefined, 'tn.viewer')).status).toBe(403);
    // The paper sheet is recorded as entered by the secretary.
    const m = body<Meeting>(await (await home()).get(`/api/council/meetings/${meetingId}`));
    const a = m.agenda.find((x) => x.nominationId === noms.a)!;
    const secretaryId = (await api.ds.query(`SELECT id FROM app_user WHERE username = 'tn.secretary'`))[0].id;
    expect(a.scores.filter((s) => s.memberId === members[1]!.id).every((s) => s.recordedBy === secretaryId)).toBe(true);
    expect(a.score).toMatchObject({ score: 90, scorers: 4, max: 100, passed: true });
  });

  it('closes: ranks by mean, pass mark, quota of 2 with the tie flagged; locked and audited', async () => {
    body(await (await home()).post(`/api/council/meetings/${meetingId}/close`));
    const m = body<Meeting>(await (await home()).get(`/api/council/meetings/${meetingId}`));
    expect(m.locked).toBe(true);
    const by = (id: number) => m.agenda.find((x) => x.nominationId === id)!;
    expect(by(noms.a)).toMatchObject({ rank: 1, selected: true, tie: false, score: { score: 90 } });
    expect(by(noms.b)).toMatchObject({ rank: 2, selected: false, tie: true, score: { score: 70 } });
    expect(by(noms.c)).toMatchObject({ rank: 2, selected: false, tie: true });
    expect(by(noms.d)).toMatchObject({
      rank: null,
      selected: false,
      score: { score: 50.17, scorers: 3, passed: false, recused: [members[2]!.id] },
    });
    const late = await sheet(noms.b, 40, 30, undefined, 'tn.chair');
    expect(late.status).toBe(409);
    expect(late.body.code).toBe('meeting-closed');
    const letter = (
      await (await home()).get(`/api/council/meetings/${meetingId}/documents/submission-letter?format=html`)
    ).text;
    expect(letter).toContain('UBND huyện Số 01 90/100 điểm');
    // The minutes print the scores, not vote columns: scorers, score of max (decimal comma), rank and result.
    const minutes = (
      await (await home()).get(`/api/council/meetings/${meetingId}/documents/council-minutes?format=html`)
    ).text;
    const text = minutes
      .replace(/<br>/g, ' ')
      .replace(/<\/t[dh]>/g, ' | ')
      .replace(/<[^>]+>/g, '')
      .replace(/\s+/g, ' ');
    expect(text).toContain('Kết quả chấm điểm theo tiêu chí của các thành viên Hội đồng');
    expect(text).toContain('điểm đạt: 60; xét 03 tập thể, cá nhân có điểm cao nhất');
    expect(text).toContain('Số thành viên chấm | Điểm / tối đa | Xếp hạng | Kết quả');
    expect(text).toMatch(/UBND huyện Số 01 \(tập thể\) \|[^|]*\| 04 \| 90\/100 \| 1 \| Đạt, đề nghị khen thưởng/);
    expect(text).toMatch(/UBND huyện Số 02 \(tập thể\) \|[^|]*\| 04 \| 70\/100 \| 2 \| Đạt, bằng điểm/);
    expect(text).toMatch(/UBND huyện Số 04 \(tập thể\) \|[^|]*\| 03 \| 50,17\/100 \| – \| Không đạt/);
    expect(text).not.toContain('đồng ý');
    expect(text).not.toContain('phiếu');
    // The Word version of the same table (seven columns) is produced too.
    const docx = await binary(
      (await home()).get(`/api/council/meetings/${meetingId}/documents/council-minutes?format=docx`),
    );
    expect(docx.status).toBe(200);
    expect((docx.body as Buffer).subarray(0, 2).toString()).toBe('PK');
    // The tie is settled by approving one of the tied within the quota; one that failed the mark is refused.
    expect(
      (await (await home()).post(`/api/council/meetings/${meetingId}/approve`, { nominationIds: [noms.d] })).status,
    ).toBe(409);
    const ok = body<{ id: number; status: string }[]>(
      await (await home()).post(`/api/council/meetings/${meetingId}/approve`, { nominationIds: [noms.a, noms.b] }),
    );
    expect(ok.map((n) => n.status)).toEqual(['approved', 'approved']);
    const audit = await api.ds.getRepository(AuditEvent).findBy({ entity: 'council', action: 'council.score' });
    expect(audit.length).toBe(15);
    expect(audit.some((e) => e.username === 'tn.secretary')).toBe(true);
  });
});
