import { searchText, vietnameseSortKey } from '@thidua/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Nomination, now, type Unit } from '../../src/database/entities/index.js';
import {
  addPerson,
  addUnit,
  FIXTURE_PROVINCES,
  seedWorld,
  startApi,
  type TestApi,
  TODAY,
  workflow,
} from '../harness.js';
import { type ApiProcess, spawnApi } from '../ops/process.js';

/**
 * Conflicting workflow steps sent at the same moment (real HTTP): exactly one of each pair wins, the other is told
 * the nomination's current status; caps hold. On PostgreSQL the requests are split between two api replicas (this
 * process and a second one, `dist/main.js`, on the same database), so every lock must live in the database.
 */
let api: TestApi;
let replica: ApiProcess | undefined;

beforeAll(async () => {
  api = await startApi();
  await seedWorld(api.ds);
  if (api.config.databaseUrl)
    replica = await spawnApi({
      DATABASE_URL: api.config.databaseUrl,
      JWT_SECRET: api.config.jwtSecret!,
      THIDUA_PROVINCES_DIR: FIXTURE_PROVINCES,
      THIDUA_TODAY: TODAY,
      THIDUA_DEMO: '0',
      NOTIFY_INTERVAL_SECONDS: '0',
      LOG_LEVEL: 'warn',
    });
  // Log in once up front: the parallel requests below share these tokens (logins are rate-limited).
  for (const u of ['tn.admin', 'tn.info', 'tn.home']) await api.token(u);
}, 180_000);
afterAll(async () => {
  replica?.child.kill('SIGTERM');
  await replica?.exited;
  await api?.close();
});

/** The replicas requests are spread over: this process and, on PostgreSQL, the second one. */
const replicas = () => [api.app.getUrl(), ...(replica ? [Promise.resolve(replica.url)] : [])];

/** One workflow step over HTTP on the n-th replica (round robin); answers { status, body }. */
async function act(n: number, id: number, action: string, user: string, reason?: string) {
  const urls = replicas();
  const base = (await urls[n % urls.length]!).replace('[::1]', '127.0.0.1');
  const res = await fetch(`${base}/api/nominations/${id}/actions/${action}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${await api.token(user)}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(reason ? { reason } : {}),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> & { code?: string } };
}

it('on PostgreSQL, the requests really go to two replicas', async () => {
  expect(replicas()).toHaveLength(api.config.databaseUrl ? 2 : 1);
  const [a, b] = await Promise.all(replicas());
  if (b) expect(a).not.toBe(b);
});

/** A nomination put straight into a status (the steps before it are covered elsewhere); only the race goes over HTTP. */
async function nominationAt(
  status: string,
  unit: Unit,
  fields: Partial<Nomination> = {},
  awardFormId = 'giay-khen',
): Promise<number> {
  const at = now();
  const n = await api.ds.getRepository(Nomination).save({
    provinceSlug: 'thu-nghiem',
    phaseId: 'so-ket-2024',
    awardFormId,
    nominatingUnitId: unit.id,
    recipient: 'collective' as const,
    nomineeUnitId: unit.id,
    nomineePersonId: null,
    nomineeName: unit.name,
    nomineeSortKey: unit.sortKey,
    nomineeSearchText: unit.searchText,
    tier: unit.tier,
    status,
    achievements: 'Thành tích',
    criteriaVersion: 1,
    criteriaStatus: 'passed',
    returnReason: null,
    awardKey: null,
    decisionId: null,
    createdBy: 1,
    createdAt: at,
    updatedAt: at,
    submittedAt: status === 'draft' ? null : at,
    ...fields,
  });
  return n.id;
}

/** Units of their own for each scenario, so no award place is already taken by an earlier one. */
function freshUnits(n: number, label: string): Promise<Unit[]> {
  return Promise.all(Array.from({ length: n }, (_, i) => addUnit(api.ds, 'thu-nghiem', `UBND xã ${label} ${i}`)));
}

async function history(id: number): Promise<string[]> {
  const rows = await api.ds.query(`SELECT action FROM nomination_event WHERE "nominationId" = ${id} ORDER BY id`);
  return rows.map((r: { action: string }) => r.action);
}

async function statusOf(id: number): Promise<string> {
  return (await api.ds.getRepository(Nomination).findOneByOrFail({ id })).status;
}

/** Fires two steps on each nomination at once, each to another replica; returns, per nomination, the answers. */
async function pairs(ids: number[], steps: [string, string, string?][]) {
  return Promise.all(
    ids.map((id) => Promise.all(steps.map(([action, user, reason], n) => act(n, id, action, user, reason)))),
  );
}

describe('conflicting steps on one nomination', () => {
  it('approve against reject: one wins, the other gets 409 naming the status it found', async () => {
    const ids = await Promise.all((await freshUnits(10, 'Duyệt Loại')).map((u) => nominationAt('appraised', u)));
    const answers = await pairs(ids, [
      ['approve', 'tn.home'],
      ['reject', 'tn.admin', 'Không đủ thành tích'],
    ]);
    for (const [i, [approve, reject]] of answers.entries()) {
      const codes = [approve!.status, reject!.status].sort();
      expect(codes, `nomination #${ids[i]}`).toEqual([200, 409]);
      const status = await statusOf(ids[i]!);
      const loser = approve!.status === 409 ? approve! : reject!;
      expect(loser.body.code).toBe('bad-status');
      expect(loser.body.message).toContain(`"${status}"`);
      expect(status).toBe(approve!.status === 200 ? 'approved' : 'rejected');
      // History and award place agree with the winner alone.
      expect(await history(ids[i]!)).toEqual([status === 'approved' ? 'approve' : 'reject']);
      const row = await api.ds.getRepository(Nomination).findOneByOrFail({ id: ids[i]! });
      expect(row.awardKey === null).toBe(status === 'rejected');
    }
  });

  it('aggregate against return: one wins, the other gets 409 naming the status it found', async () => {
    const ids = await Promise.all((await freshUnits(10, 'Tổng Hợp Trả')).map((u) => nominationAt('submitted', u)));
    const answers = await pairs(ids, [
      ['aggregate', 'tn.info'],
      ['return', 'tn.info', 'Thiếu hồ sơ'],
    ]);
    for (const [i, [aggregate, ret]] of answers.entries()) {
      expect([aggregate!.status, ret!.status].sort(), `nomination #${ids[i]}`).toEqual([200, 409]);
      const status = await statusOf(ids[i]!);
      const loser = aggregate!.status === 409 ? aggregate! : ret!;
      expect(loser.body.message).toContain(`"${status}"`);
      expect(await history(ids[i]!)).toHaveLength(1);
    }
  });

  it('the same step twice (double click): one 200, one 409', async () => {
    const ids = await Promise.all((await freshUnits(10, 'Bấm Hai Lần')).map((u) => nominationAt('appraised', u)));
    const answers = await pairs(ids, [
      ['approve', 'tn.home'],
      ['approve', 'tn.admin'],
    ]);
    for (const [i, pair] of answers.entries()) {
      expect(pair.map((r) => r.status).sort(), `nomination #${ids[i]}`).toEqual([200, 409]);
      expect(await history(ids[i]!)).toEqual(['approve']);
    }
  });
});

describe('caps under parallel requests', () => {
  it('20 parallel submits from one unit: exactly its one collective and one individual get through', async () => {
    const flow = workflow(api);
    const unit = await addUnit(api.ds, 'thu-nghiem', 'UBND huyện Gửi Song Song');
    const people = await Promise.all(
      Array.from({ length: 10 }, (_, i) => addPerson(api.ds, 'thu-nghiem', unit.id, `Lê Văn Gửi ${i}`)),
    );
    const ids: number[] = [];
    for (let i = 0; i < 20; i++) {
      const individual = i % 2 === 1;
      const n = await nominationAt(
        'draft',
        unit,
        individual
          ? {
              recipient: 'individual',
              nomineeUnitId: null,
              nomineePersonId: people[i >> 1]!.id,
              nomineeName: people[i >> 1]!.fullName,
              nomineeSortKey: vietnameseSortKey(people[i >> 1]!.fullName),
              nomineeSearchText: searchText(people[i >> 1]!.fullName),
              tier: 'official',
              criteriaVersion: null,
              criteriaStatus: null,
            }
          : { criteriaVersion: null, criteriaStatus: null },
        'bang-khen-ubnd-tinh',
      );
      await flow.attachDossier(n, individual ? 'individual' : 'collective', 'tn.admin');
      ids.push(n);
    }
    const answers = await Promise.all(ids.map((id, i) => act(i, id, 'submit', 'tn.admin')));
    const won = answers.filter((r) => r.status === 200).map((r) => r.body.recipient as string);
    expect(won.sort()).toEqual(['collective', 'individual']);
    expect(answers.filter((r) => r.status === 409).every((r) => r.body.code === 'unit-limit')).toBe(true);
    const sent = await api.ds.query(
      `SELECT COUNT(*) AS n FROM nomination WHERE "nominatingUnitId" = ${unit.id} AND status = 'submitted'`,
    );
    expect(Number(sent[0].n)).toBe(2);
  });

  it('150 parallel approvals on one quota of 8 individuals: exactly 8 winners, no unit twice', async () => {
    const ids: number[] = [];
    for (let i = 0; i < 150; i++) {
      const unit = await addUnit(api.ds, 'thu-nghiem', `UBND xã Dồn Dập ${i}`);
      const person = await addPerson(api.ds, 'thu-nghiem', unit.id, `Phạm Thị Dồn ${i}`);
      ids.push(
        await nominationAt(
          'appraised',
          unit,
          {
            recipient: 'individual',
            nomineeUnitId: null,
            nomineePersonId: person.id,
            nomineeName: person.fullName,
            nomineeSortKey: vietnameseSortKey(person.fullName),
            nomineeSearchText: searchText(person.fullName),
            tier: 'official',
          },
          'bang-khen-ubnd-tinh',
        ),
      );
    }
    const answers = await Promise.all(ids.map((id, i) => act(i, id, 'approve', 'tn.home')));
    expect(answers.filter((r) => r.status === 200)).toHaveLength(8);
    expect(answers.filter((r) => r.status === 409).every((r) => r.body.code === 'quota-exceeded')).toBe(true);
    const approved = await api.ds.query(
      `SELECT COUNT(*) AS n FROM nomination WHERE status = 'approved' AND "awardFormId" = 'bang-khen-ubnd-tinh' AND recipient = 'individual'`,
    );
    expect(Number(approved[0].n)).toBe(8);
  }, 120_000);

  it('approval re-checks the unit cap: a second collective of the same unit is refused at approval', async () => {
    const unit = await addUnit(api.ds, 'thu-nghiem', 'UBND huyện Hai Tập Thể');
    const other = await addUnit(api.ds, 'thu-nghiem', 'Phòng Hai Tập Thể', 'district', unit.id);
    // Both reached appraisal (e.g. one was sent before the plan's cap was tightened); only one may be approved.
    const first = await nominationAt('appraised', unit, {}, 'bang-khen-ubnd-tinh');
    const second = await nominationAt(
      'appraised',
      unit,
      {
        nomineeUnitId: other.id,
        nomineeName: other.name,
        nomineeSortKey: other.sortKey,
        nomineeSearchText: other.searchText,
      },
      'bang-khen-ubnd-tinh',
    );
    const answers = await Promise.all([first, second].map((id, i) => act(i, id, 'approve', 'tn.home')));
    expect(answers.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(answers.find((r) => r.status === 409)!.body.code).toBe('quota-exceeded');
  });
});
