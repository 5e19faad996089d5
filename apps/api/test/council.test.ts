import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent, Nomination } from '../src/database/entities/index.js';
import { addUser, seedWorld, startApi, type TestApi, workflow } from './harness.js';

let api: TestApi;
let world: Awaited<ReturnType<typeof seedWorld>>;
let flow: ReturnType<typeof workflow>;
const members: { id: number; fullName: string }[] = [];
const noms: Record<'a' | 'b' | 'c' | 'd', number> = { a: 0, b: 0, c: 0, d: 0 };

const district = (i: number) => world.tn.districts[i]!;
const home = () => api.as('tn.home');
const body = <T = Record<string, unknown>>(res: { status: number; body: unknown }, status = 200): T => {
  if (res.status !== status) throw new Error(`expected ${status}, got ${res.status}: ${JSON.stringify(res.body)}`);
  return res.body as T;
};

beforeAll(async () => {
  api = await startApi({ notifyIntervalSeconds: 0 });
  world = await seedWorld(api.ds);
  flow = workflow(api);
  const chair = await addUser(api.ds, 'tn.chair', 'viewer', 'thu-nghiem');
  await addUser(api.ds, 'tn.member2', 'information-department', 'thu-nghiem');
  const admin = await api.as('tn.admin');
  const input = [
    { fullName: 'Nguyễn Văn Chủ', role: 'chairman', userId: chair.id },
    { fullName: 'Trần Thị Phó', role: 'vice-chairman' },
    { fullName: 'Lê Văn Ủy', role: 'member' },
    { fullName: 'Phạm Thị Viên', role: 'member' },
    // Sits for district 3, whose nomination is "d": recused from it.
    { fullName: 'Hoàng Văn Thư', role: 'secretary', unitId: district(3).id },
  ];
  for (const m of input) members.push(body(await admin.post('/api/council/members', m), 201));
  // Four collectives for the "Cờ thi đua" (quota: 2 collectives), all appraised.
  for (const [key, i] of [
    ['a', 0],
    ['b', 1],
    ['c', 2],
    ['d', 3],
  ] as const) {
    // Drafted for each district by the province administrator (a clerk nominates only their own unit).
    const unit = district(i).id;
    const n = await flow.draft({ nomineeUnitId: unit, nominatingUnitId: unit, awardFormId: 'co-thi-dua' }, 'tn.admin');
    await flow.toAppraised(n.id, 'collective', 'tn.admin');
    noms[key] = n.id;
  }
});
afterAll(() => api?.close());

type Item = {
  nominationId: number;
  rank: number | null;
  selected: boolean;
  tie: boolean;
  tally: {
    agree: number;
    disagree: number;
    abstain: number;
    base: number;
    share: number;
    passed: boolean;
    recused: number[];
  };
};
type Meeting = {
  id: number;
  status: string;
  locked: boolean;
  quorum: { members: number; present: number; required: number; met: boolean };
  agenda: Item[];
};

describe('council members', () => {
  it('lists members in role order; only managers add them; a user links to one member only', async () => {
    const list = body<{ role: string }[]>(await (await api.as('tn.chair')).get('/api/council/members'));
    expect(list.map((m) => m.role)).toEqual(['chairman', 'vice-chairman', 'member', 'member', 'secretary']);
    const clerk = await api.as('tn.clerk');
    expect((await clerk.post('/api/council/members', { fullName: 'Ai Đó', role: 'member' })).status).toBe(403);
    const dup = await (
      await home()
    ).post('/api/council/members', {
      fullName: 'Người Khác',
      role: 'member',
      userId: list.length && (await api.ds.query(`SELECT id FROM app_user WHERE username = 'tn.chair'`))[0].id,
    });
    expect(dup.status).toBe(409);
    expect(dup.body.message).toMatch(/đã gắn/);
    const bad = await (await home()).post('/api/council/members', { fullName: 'X', role: 'boss' });
    expect(bad.status).toBe(400);
  });
});

describe('a council meeting from agenda to locked result', () => {
  let meeting: Meeting;

  it('plans a meeting with the appraised nominations as agenda and the whole council on the roll', async () => {
    const created = body<{ id: number }>(
      await (
        await home()
      ).post('/api/council/meetings', {
        phaseId: 'so-ket-2024',
        awardFormId: 'co-thi-dua',
        startsAt: '2024-08-20T08:00',
        place: 'Phòng họp số 1, UBND tỉnh',
      }),
      201,
    );
    meeting = body<Meeting>(await (await home()).get(`/api/council/meetings/${created.id}`));
    expect(meeting.status).toBe('planned');
    expect(meeting.agenda.map((x) => x.nominationId).sort()).toEqual(Object.values(noms).sort());
    expect(meeting.quorum).toEqual({ members: 5, present: 0, required: 4, met: false });
    // No voting before the meeting is called.
    const early = await (
      await api.as('tn.chair')
    ).post(`/api/council/meetings/${meeting.id}/votes`, {
      nominationId: noms.a,
      choice: 'agree',
    });
    expect(early.status).toBe(409);
  });

  it('calls the meeting and tells the members with an account, with the agenda', async () => {
    body(await (await home()).post(`/api/council/meetings/${meeting.id}/call`));
    const inbox = body<{ unread: number; items: { kind: string; body: string; title: string }[] }>(
      await (await api.as('tn.chair')).get('/api/notifications'),
    );
    expect(inbox.unread).toBe(1);
    expect(inbox.items[0]).toMatchObject({ kind: 'meeting-called' });
    expect(inbox.items[0]!.body).toContain('20/08/2024 08:00');
    expect(inbox.items[0]!.body).toContain('UBND huyện Số 01');
    expect(inbox.items[0]!.body).toContain('Phòng họp số 1');
  });

  it('takes votes: a member from their own account, paper ballots by the secretary; recusal and outsiders refused', async () => {
    const h = await home();
    for (const m of members)
      body(await h.put(`/api/council/meetings/${meeting.id}/attendance`, { memberId: m.id, present: true }));
    const vote = async (memberIdx: number, nomination: number, choice: string, as = 'tn.home') =>
      (await api.as(as)).post(`/api/council/meetings/${meeting.id}/votes`, {
        nominationId: nomination,
        choice,
        ...(as === 'tn.chair' ? {} : { memberId: members[memberIdx]!.id }),
      });
    // a: 5 agree (share 1); b and c: 4 agree, 1 disagree (0.8 each: a tie across the quota line of 2).
    body(await vote(0, noms.a, 'agree', 'tn.chair'), 201);
    for (const i of [1, 2, 3, 4]) body(await vote(i, noms.a, 'agree'), 201);
    for (const n of [noms.b, noms.c]) {
      body(await vote(0, n, 'agree', 'tn.chair'), 201);
      for (const i of [1, 2, 3]) body(await vote(i, n, 'agree'), 201);
      body(await vote(4, n, 'disagree'), 201);
    }
    // d: the secretary's own district: recused; of the other four, 2 agree → 0.5, not passed.
    const recused = await vote(4, noms.d, 'agree');
    expect(recused.status).toBe(409);
    expect(recused.body.code).toBe('recused');
    body(await vote(0, noms.d, 'agree', 'tn.chair'), 201);
    body(await vote(1, noms.d, 'agree'), 201);
    body(await vote(2, noms.d, 'disagree'), 201);
    body(await vote(3, noms.d, 'abstain'), 201);
    // A vote can be changed until the meeting closes; a non-member cannot vote.
    body(await vote(3, noms.d, 'disagree'), 201);
    const outsider = await (
      await api.as('tn.viewer')
    ).post(`/api/council/meetings/${meeting.id}/votes`, {
      nominationId: noms.a,
      choice: 'agree',
    });
    expect(outsider.status).toBe(403);
    const offAgenda = await vote(1, 999999, 'agree');
    expect(offAgenda.status).toBe(400);
  });

  it('shows the live tally to members', async () => {
    const live = body<Meeting>(await (await api.as('tn.chair')).get(`/api/council/meetings/${meeting.id}`));
    const d = live.agenda.find((x) => x.nominationId === noms.d)!;
    expect(d.tally).toMatchObject({
      agree: 2,
      disagree: 2,
      abstain: 0,
      base: 4,
      passed: false,
      recused: [members[4]!.id],
    });
    expect(live.quorum.met).toBe(true);
  });

  it('closes: ranks, fills the quota, flags the tie, and locks (a late vote is 409)', async () => {
    body(await (await home()).post(`/api/council/meetings/${meeting.id}/close`));
    const closed = body<Meeting>(await (await home()).get(`/api/council/meetings/${meeting.id}`));
    expect(closed.locked).toBe(true);
    const by = (id: number) => closed.agenda.find((x) => x.nominationId === id)!;
    expect(by(noms.a)).toMatchObject({ rank: 1, selected: true, tie: false });
    expect(by(noms.b)).toMatchObject({ rank: 2, selected: false, tie: true });
    expect(by(noms.c)).toMatchObject({ rank: 2, selected: false, tie: true });
    expect(by(noms.d)).toMatchObject({ rank: null, selected: false });
    const late = await (
      await api.as('tn.chair')
    ).post(`/api/council/meetings/${meeting.id}/votes`, {
      nominationId: noms.b,
      choice: 'agree',
    });
    expect(late.status).toBe(409);
    expect(late.body.code).toBe('meeting-closed');
    expect((await (await home()).put(`/api/council/meetings/${meeting.id}`, { place: 'Khác' })).status).toBe(409);
  });

  it('prints the minutes from what happened and the submission of the result to the chairman', async () => {
    const h = await home();
    const minutes = await h.get(`/api/council/meetings/${meeting.id}/documents/council-minutes?format=html`);
    expect(minutes.status).toBe(200);
    const html = minutes.text;
    expect(html).toContain('Phòng họp số 1, UBND tỉnh');
    expect(html).toContain('08 giờ 00 phút');
    expect(html).toContain('05/05');
    expect(html).toContain('Nguyễn Văn Chủ');
    expect(html).toContain('Hoàng Văn Thư');
    expect(html).toContain('05 đồng ý (100%)');
    expect(html).toContain('04 đồng ý (80%); 01 không đồng ý');
    expect(html).toContain('bằng phiếu');
    expect(html).not.toContain('…… phiếu');
    const letter = (await h.get(`/api/council/meetings/${meeting.id}/documents/submission-letter?format=html`)).text;
    expect(letter).toContain('UBND huyện Số 01 5/5 phiếu (100%)');
    expect(letter).not.toContain('UBND huyện Số 04');
  });

  it('the appraiser approves the selected in one step, then settles the tie within the quota', async () => {
    const approved = body<{ id: number; status: string }[]>(
      await (await home()).post(`/api/council/meetings/${meeting.id}/approve`, {}),
    );
    expect(approved.map((n) => [n.id, n.status])).toEqual([[noms.a, 'approved']]);
    // A nominee that did not pass cannot be approved from the result.
    const failed = await (
      await home()
    ).post(`/api/council/meetings/${meeting.id}/approve`, { nominationIds: [noms.d] });
    expect(failed.status).toBe(409);
    // Both tied ones at once overflow the quota: nothing of the batch stays approved.
    const both = await (
      await home()
    ).post(`/api/council/meetings/${meeting.id}/approve`, {
      nominationIds: [noms.b, noms.c],
    });
    expect(both.status).toBe(409);
    expect(both.body.code).toBe('quota-exceeded');
    const b = await api.ds.getRepository(Nomination).findOneByOrFail({ id: noms.b });
    expect(b.status).toBe('appraised');
    body(await (await home()).post(`/api/council/meetings/${meeting.id}/approve`, { nominationIds: [noms.b] }));
    const statuses = await api.ds.getRepository(Nomination).findBy({ awardFormId: 'co-thi-dua' });
    expect(Object.fromEntries(statuses.map((n) => [n.id, n.status]))).toMatchObject({
      [noms.a]: 'approved',
      [noms.b]: 'approved',
      [noms.c]: 'appraised',
      [noms.d]: 'appraised',
    });
  });

  it('audits every change', async () => {
    const actions = (await api.ds.getRepository(AuditEvent).findBy({ entity: 'council' })).map((e) => e.action);
    for (const a of [
      'council.member.create',
      'council.meeting.create',
      'council.meeting.call',
      'council.attendance',
      'council.vote',
      'council.meeting.close',
      'council.approve',
    ])
      expect(actions).toContain(a);
  });
});

describe('quorum not met', () => {
  it('closes without a result and refuses approval', async () => {
    const unit = district(5).id;
    const n = await flow.draft({ nomineeUnitId: unit, nominatingUnitId: unit }, 'tn.admin');
    await flow.toAppraised(n.id, 'collective', 'tn.admin');
    const h = await home();
    const m = body<{ id: number }>(
      await h.post('/api/council/meetings', {
        phaseId: 'so-ket-2024',
        awardFormId: 'bang-khen-ubnd-tinh',
        startsAt: '2024-08-21T14:00+07:00',
        place: 'Hội trường Sở Nội vụ',
      }),
      201,
    );
    body(await h.post(`/api/council/meetings/${m.id}/call`));
    for (const member of members.slice(0, 3)) {
      body(await h.put(`/api/council/meetings/${m.id}/attendance`, { memberId: member.id, present: true }));
      body(
        await h.post(`/api/council/meetings/${m.id}/votes`, {
          nominationId: n.id,
          choice: 'agree',
          memberId: member.id,
        }),
        201,
      );
    }
    // An absent member's paper ballot is refused.
    const absent = await h.post(`/api/council/meetings/${m.id}/votes`, {
      nominationId: n.id,
      choice: 'agree',
      memberId: members[3]!.id,
    });
    expect(absent.status).toBe(409);
    body(await h.post(`/api/council/meetings/${m.id}/close`));
    const closed = body<Meeting>(await h.get(`/api/council/meetings/${m.id}`));
    expect(closed.quorum).toEqual({ members: 5, present: 3, required: 4, met: false });
    expect(closed.agenda[0]).toMatchObject({ selected: false, rank: null });
    const refused = await h.post(`/api/council/meetings/${m.id}/approve`, {});
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('no-quorum');
  });

  it('hides another province’s meetings', async () => {
    const list = body<{ id: number }[]>(await (await api.as('tn2.home')).get('/api/council/meetings'));
    expect(list).toEqual([]);
    expect((await (await api.as('tn2.home')).get('/api/council/meetings/1')).status).toBe(404);
  });
});
