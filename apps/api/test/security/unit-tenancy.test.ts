import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addPerson, addUnit, addUser, PDF, seedWorld, startApi, type TestApi, workflow } from '../harness.js';

/**
 * Tenancy to the unit: a unit clerk ("tn.clerk", unit A) nominates only their unit, a unit under it or their people,
 * and meets another unit's (B's) rows nowhere. The id routes are taken from the OpenAPI document, not listed by hand.
 */
let api: TestApi;
let world: Awaited<ReturnType<typeof seedWorld>>;
/** Ids of one row of each resource belonging to unit A (own) and unit B (foreign). */
const own: Record<string, number> = {};
const foreign: Record<string, number> = {};
let decisionId: number;
let jobId: number;

interface Snapshot {
  [table: string]: unknown[];
}
/** Everything of unit B a write could change. */
async function snapshotOfB(): Promise<Snapshot> {
  const q = (sql: string) => api.ds.query(sql);
  return {
    nomination: await q(`SELECT * FROM nomination WHERE id = ${foreign.nominations}`),
    dossier: await q(`SELECT id FROM dossier_document WHERE "nominationId" = ${foreign.nominations} ORDER BY id`),
    checks: await q(`SELECT * FROM criterion_check WHERE "nominationId" = ${foreign.nominations} ORDER BY id`),
    unit: await q(`SELECT * FROM unit WHERE id = ${foreign.units}`),
    person: await q(`SELECT * FROM person WHERE id = ${foreign.people}`),
    reading: await q(`SELECT * FROM indicator_reading WHERE id = ${foreign.readings}`),
    registration: await q(`SELECT * FROM registration WHERE id = ${foreign.registrations}`),
    report: await q(`SELECT * FROM movement_report WHERE id = ${foreign.reports}`),
    decision: await q(`SELECT * FROM award_decision WHERE id = ${decisionId}`),
  };
}

beforeAll(async () => {
  api = await startApi();
  world = await seedWorld(api.ds);
  const [a, b] = [world.tn.districts[0]!, world.tn.districts[1]!];
  await addUser(api.ds, 'tn.clerk-b', 'unit-clerk', 'thu-nghiem', b.id);
  const flow = workflow(api);
  const admin = await api.as('tn.admin');
  const home = await api.as('tn.home');
  for (const [ids, unit, clerk, i] of [
    [own, a, 'tn.clerk', 0],
    [foreign, b, 'tn.clerk-b', 1],
  ] as const) {
    ids.units = unit.id;
    ids.people = world.tn.people[i]!.id;
    ids.readings = (await api.ds.query(`SELECT id FROM indicator_reading WHERE "unitId" = ${unit.id}`))[0].id;
    ids.registrations = (
      await admin.post('/api/registrations', { unitId: unit.id, year: 2024, registeredOn: '2024-02-01' })
    ).body.id;
    ids.reports = (
      await admin.post('/api/reports', { unitId: unit.id, year: 2023, submittedOn: '2023-12-18', summary: 'Báo cáo' })
    ).body.id;
    const n = await flow.draft({ nomineeUnitId: unit.id }, clerk);
    await flow.toAppraised(n.id, 'collective', clerk);
    expect((await flow.act(n.id, 'approve', 'tn.home')).status).toBe(200);
    ids.nominations = n.id;
    ids.documents = (await api.ds.query(`SELECT id FROM dossier_document WHERE "nominationId" = ${n.id}`))[0].id;
  }
  own.users = (await api.ds.query(`SELECT id FROM app_user WHERE username = 'tn.clerk'`))[0].id;
  foreign.users = (await api.ds.query(`SELECT id FROM app_user WHERE username = 'tn.clerk-b'`))[0].id;
  own.audit = foreign.audit = (await api.ds.query('SELECT id FROM audit_event ORDER BY id LIMIT 1'))[0].id;
  const decision = await home.post('/api/decisions', {
    phaseId: 'so-ket-2024',
    awardFormId: 'bang-khen-ubnd-tinh',
    number: '15/QĐ-UBND',
    signedOn: '2024-09-01',
    signerName: 'Lê Văn B',
    signerTitle: 'CHỦ TỊCH',
    nominationIds: [own.nominations, foreign.nominations],
  });
  decisionId = decision.body.id;
  expect((await home.post(`/api/decisions/${decisionId}/issue`)).status).toBe(200);
  own.decisions = foreign.decisions = decisionId;
  // Province staff print all certificates: the job and its file are theirs alone.
  jobId = (await home.post(`/api/decisions/${decisionId}/certificates?format=docx`)).body.id;
  for (let i = 0; i < 100; i++) {
    if ((await home.get(`/api/jobs/${jobId}`)).body.status === 'done') break;
    await new Promise((r) => setTimeout(r, 100));
  }
  own.jobs = foreign.jobs = jobId;
});
afterAll(() => api?.close());

const name = (id: number) => api.ds.query(`SELECT "nomineeName" FROM nomination WHERE id = ${id}`).then((r) => r[0]);

describe('a unit clerk nominates only their own unit or its people', () => {
  const body = { phaseId: 'so-ket-2024', awardFormId: 'giay-khen', achievements: 'Thành tích' };

  it("refuses another unit as nominee, and another unit's person, with a clear 403", async () => {
    const clerk = await api.as('tn.clerk');
    const unit = await clerk.post('/api/nominations', {
      ...body,
      recipient: 'collective',
      nomineeUnitId: foreign.units,
    });
    expect(unit.status).toBe(403);
    expect(unit.body).toMatchObject({ code: 'other-unit', message: expect.stringContaining('nomineeUnitId') });
    const person = await clerk.post('/api/nominations', {
      ...body,
      recipient: 'individual',
      nomineePersonId: foreign.people,
    });
    expect(person.status).toBe(403);
    expect(person.body).toMatchObject({ code: 'other-unit', message: expect.stringContaining('nomineePersonId') });
    const draft = await clerk.post('/api/nominations', { ...body, recipient: 'collective', nomineeUnitId: own.units });
    expect(draft.status).toBe(201);
    const moved = await clerk.put(`/api/nominations/${draft.body.id}`, { nomineeUnitId: foreign.units });
    expect(moved.status).toBe(403);
    expect((await name(draft.body.id)).nomineeName).toBe(world.tn.districts[0]!.name);
  });

  it('accepts the own unit, a unit under it, and its own people', async () => {
    const clerk = await api.as('tn.clerk');
    const under = await addUnit(api.ds, 'thu-nghiem', 'Phòng Văn hóa trực thuộc', 'district', own.units);
    const person = await addPerson(api.ds, 'thu-nghiem', own.units!, 'Vũ Thị Đơn Vị');
    for (const nominee of [
      { recipient: 'collective', nomineeUnitId: under.id },
      { recipient: 'individual', nomineePersonId: person.id },
    ])
      expect((await clerk.post('/api/nominations', { ...body, ...nominee })).status).toBe(201);
  });

  it('leaves province staff free to nominate any unit of the province', async () => {
    const admin = await api.as('tn.admin');
    const res = await admin.post('/api/nominations', {
      ...body,
      recipient: 'collective',
      nominatingUnitId: foreign.units,
      nomineeUnitId: world.tn.districts[2]!.id,
    });
    expect(res.status).toBe(201);
  });
});

describe("a unit clerk sees another unit's rows nowhere", () => {
  it("shows a decision's awardees of the own unit only, in the answer and in its exports", async () => {
    const clerk = await api.as('tn.clerk');
    const d = await clerk.get(`/api/decisions/${decisionId}`);
    expect(d.status).toBe(200);
    expect(d.body.nominationIds).toEqual([own.nominations]);
    expect(d.body.awardees.map((n: { nominatingUnitId: number }) => n.nominatingUnitId)).toEqual([own.units]);
    const csv = await clerk.get(`/api/decisions/${decisionId}/awardees?format=csv`).buffer(true);
    expect(csv.status).toBe(200);
    expect(csv.text).toContain((await name(own.nominations!)).nomineeName);
    expect(csv.text).not.toContain((await name(foreign.nominations!)).nomineeName);
    const list = await clerk
      .get(
        `/api/exports/nominations?format=csv&filter=${encodeURIComponent(JSON.stringify({ nominatingUnitId: foreign.units }))}`,
      )
      .buffer(true);
    expect(list.status).toBe(200);
    expect(list.text).not.toContain((await name(foreign.nominations!)).nomineeName);
    // Province staff still see the whole decision.
    const full = await (await api.as('tn.home')).get(`/api/decisions/${decisionId}`);
    expect(full.body.nominationIds.sort()).toEqual([own.nominations, foreign.nominations].sort());
  });

  it("prints the own awardee's certificate; documents spanning every unit are for province staff", async () => {
    const clerk = await api.as('tn.clerk');
    const mine = await clerk.get(
      `/api/decisions/${decisionId}/documents/certificate?format=html&nominationId=${own.nominations}`,
    );
    expect(mine.status).toBe(200);
    const theirs = await clerk.get(
      `/api/decisions/${decisionId}/documents/certificate?format=html&nominationId=${foreign.nominations}`,
    );
    expect(theirs.status).toBe(404);
    for (const kind of ['decision', 'annex']) {
      const res = await clerk.get(`/api/decisions/${decisionId}/documents/${kind}?format=html`);
      expect(res.status, kind).toBe(403);
      expect(res.body.code).toBe('province-staff-only');
    }
    expect((await clerk.post(`/api/decisions/${decisionId}/certificates?format=docx`)).status).toBe(403);
  });

  it("hides another user's certificate job and its file behind 404, even from the same province's staff", async () => {
    const home = await api.as('tn.home');
    expect((await home.get(`/api/jobs/${jobId}`)).body.status).toBe('done');
    expect((await home.get(`/api/jobs/${jobId}/file`)).status).toBe(200);
    for (const user of ['tn.clerk', 'tn.info', 'tn.admin', 'tn2.home']) {
      const c = await api.as(user);
      expect((await c.get(`/api/jobs/${jobId}`)).status, user).toBe(404);
      expect((await c.get(`/api/jobs/${jobId}/file`)).status, user).toBe(404);
    }
  });

  it("answers every id route of the OpenAPI document with 403/404 for unit B's rows, and changes nothing", async () => {
    const doc = (await api.anon.get('/api/docs-json')).body as {
      paths: Record<
        string,
        Record<string, { parameters?: { in: string; name: string; schema?: { enum?: string[] } }[] }>
      >;
    };
    const clerk = await api.as('tn.clerk');
    const before = await snapshotOfB();
    const tried: string[] = [];
    for (const [path, ops] of Object.entries(doc.paths)) {
      if (!path.includes('{id}')) continue;
      const resource = path.split('/')[2]!;
      for (const [method, op] of Object.entries(ops)) {
        // One case per value of each enum path parameter ({kind}, {action}).
        let urls = [path];
        for (const p of (op.parameters ?? []).filter((x) => x.in === 'path' && x.schema?.enum))
          urls = urls.flatMap((u) => p.schema!.enum!.map((v) => u.replace(`{${p.name}}`, v)));
        for (const template of urls) {
          const url = (ids: Record<string, number>) =>
            // A resource this world has no row of (e.g. council meetings) gets an id that exists nowhere.
            template
              .replace('{id}', String(ids[resource] ?? 2_147_000_000))
              .replace('{documentId}', String(ids.documents));
          // The decision is shared by both units: its foreign part is B's awardee.
          const query = template.startsWith('/api/decisions/{id}/documents/')
            ? `?format=html&nominationId=${foreign.nominations}`
            : '';
          const call = (u: string) =>
            method === 'get'
              ? clerk.get(u)
              : method === 'delete'
                ? clerk.delete(u)
                : path.endsWith('/documents') && method === 'post'
                  ? clerk.upload(u, { type: 'achievement-report' }, PDF, 'bao-cao.pdf')
                  : method === 'put'
                    ? clerk.put(u, writeBody(resource))
                    : clerk.post(u, { reason: 'Thử', criterionId: 'mo-hinh', passed: true });
          const res = await call(url(foreign) + query);
          const label = `${method.toUpperCase()} ${template}`;
          tried.push(label);
          if (method === 'get' && (template === '/api/decisions/{id}' || template === '/api/decisions/{id}/awardees')) {
            expect(res.status, label).toBe(200); // shown, with the own unit's awardees only (test above)
            continue;
          }
          // Where this world has no row, a write's body is not shaped for the route: its refusal may be a 400.
          const refusals = foreign[resource] === undefined && method !== 'get' ? [400, 403, 404] : [403, 404];
          expect(refusals, `${label}: ${res.status} ${JSON.stringify(res.body).slice(0, 200)}`).toContain(res.status);
          // A route the clerk may read for the own unit must hide B's row (404), not merely refuse it.
          if (method === 'get' && resource !== 'decisions' && resource !== 'jobs') {
            const mine = await clerk.get(url(own) + query);
            if (mine.status === 200) expect(res.status, `${label} hides B's row`).toBe(404);
          }
        }
      }
    }
    expect(tried.length).toBeGreaterThan(30);
    expect(await snapshotOfB()).toEqual(before);
  });
});

describe('generated documents and certificate jobs leave an audit event', () => {
  it('records who generated which document of which nomination, and who printed a decision', async () => {
    const clerk = await api.as('tn.clerk');
    const res = await clerk.get(
      `/api/nominations/${own.nominations}/documents-generated/achievement-report?format=html`,
    );
    expect(res.status).toBe(200);
    const [generated] = await api.ds.query(
      `SELECT * FROM audit_event WHERE action = 'document.generate' AND entity = 'nominations' AND "entityId" = '${own.nominations}' ORDER BY id DESC LIMIT 1`,
    );
    expect(generated).toMatchObject({ username: 'tn.clerk', provinceSlug: 'thu-nghiem' });
    const after = typeof generated.after === 'string' ? JSON.parse(generated.after) : generated.after;
    expect(after).toMatchObject({ kind: 'achievement-report', format: 'html', documentId: expect.any(Number) });
    const [started] = await api.ds.query(
      `SELECT * FROM audit_event WHERE action = 'certificates.start' AND "entityId" = '${decisionId}'`,
    );
    expect(started).toMatchObject({ username: 'tn.home', entity: 'decisions' });
    const job = typeof started.after === 'string' ? JSON.parse(started.after) : started.after;
    expect(job).toMatchObject({ jobId, decision: '15/QĐ-UBND', awardees: 2 });
  });
});

/** A body each PUT would accept, so the answer reflects access and not validation. */
function writeBody(resource: string): object {
  const bodies: Record<string, object> = {
    nominations: { achievements: 'Sửa trộm' },
    units: { name: 'Đổi tên trộm', tier: 'district' },
    people: { fullName: 'Đổi tên trộm', position: 'Chuyên viên' },
    readings: { value: 1 },
    registrations: { registeredOn: '2024-03-01' },
    reports: { summary: 'Sửa trộm' },
    decisions: { number: '99/QĐ-UBND' },
    users: { fullName: 'Đổi tên trộm' },
  };
  return bodies[resource] ?? {};
}
