import { DISTRICT_LEVEL_ENDS, NOMINATION_STATUSES, nominationRuleDate } from '@thidua/domain';
import { createHash } from 'node:crypto';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { DEMO_PASSWORD, DEMO_ROLES } from '../src/demo/demo-data.js';
import { discoverProvinces } from '../src/provinces/discover.js';
import { binary, startApi, type TestApi } from './harness.js';

/**
 * The contract every province plugin keeps, run against EVERY plugin discovered in the provinces folder
 * (THIDUA_PROVINCES_DIR, default provinces/), whatever its number or shape: the api lists it and serves its plan, the
 * comparison includes it, the demo gives it users, units and data (nominations only where a round gives awards), and
 * its documents render. Nothing here names a province.
 */
const dir = loadConfig(process.env).provincesDir;
const plugins = await discoverProvinces(dir);
let api: TestApi;
let client = 0;
/** Logs in as if from a different client each time (behind the trusted local proxy), below the login rate limit. */
const sessions = new Map<string, (url: string) => request.Test>();
const login = async (username: string) => {
  const known = sessions.get(username);
  if (known) return known;
  const res = await request(api.app.getHttpServer())
    .post('/api/auth/login')
    .set('X-Forwarded-For', `10.0.0.${++client}`)
    .send({ username, password: DEMO_PASSWORD });
  expect(res.status, `login ${username}`).toBe(200);
  const auth = { Authorization: `Bearer ${res.body.token}` };
  const get = (url: string) => request(api.app.getHttpServer()).get(url).set(auth);
  sessions.set(username, get);
  return get;
};

beforeAll(async () => {
  api = await startApi({ provincesDir: dir, demo: true, today: undefined });
}, 300_000);
afterAll(() => api?.close());

it(`finds at least one plugin in ${dir}`, () => {
  expect(plugins.length).toBeGreaterThan(0);
});

describe.each(plugins.map((p) => [p.manifest.slug, p.manifest] as const))('plugin %s', (slug, manifest) => {
  const givesAwards = manifest.phases.some((p) => p.awardFormIds.length > 0);

  it('is listed and its plan is served as validated', async () => {
    const list = (await api.anon.get('/api/provinces')).body as { slug: string; name: string }[];
    expect(list).toContainEqual(expect.objectContaining({ slug, name: manifest.name }));
    const plan = await api.anon.get(`/api/provinces/${slug}`);
    expect(plan.status).toBe(200);
    expect(plan.body.phases.map((p: { id: string }) => p.id)).toEqual(manifest.phases.map((p) => p.id));
  });

  it('is in the plan comparison and the outcome comparison', async () => {
    const plans = await api.anon.get(`/api/comparison/plans?provinces=${slug}`);
    expect(plans.status).toBe(200);
    expect(plans.body.provinces.map((p: { slug: string }) => p.slug)).toEqual([slug]);
    const get = await login('quantri.quocgia');
    const outcomes = await get(
      `/api/comparison/outcomes?province=${slug}&year=${manifest.movement.span.from.slice(0, 4)}`,
    );
    expect(outcomes.status, JSON.stringify(outcomes.body)).toBe(200);
    expect(JSON.stringify(outcomes.body)).toContain(slug);
  });

  it('has demo users for every role, units, and nominations only where a round gives awards', async () => {
    for (const r of DEMO_ROLES) await login(`${slug}.${r.suffix}`);
    const get = await login(`${slug}.quantri`);
    const units = await get('/api/units');
    expect(Number(String(units.headers['content-range']).split('/')[1])).toBeGreaterThanOrEqual(10);
    const nominations = (await get('/api/nominations?range=[0,99]')).body as { status: string }[];
    if (givesAwards)
      expect([...new Set(nominations.map((n) => n.status))].sort()).toEqual([...NOMINATION_STATUSES].sort());
    else expect(nominations).toEqual([]);
  });

  it('gives every demo nomination past its draft the dossier its plan requires, with files that download', async () => {
    const get = await login(`${slug}.quantri`);
    const nominations = (await get('/api/nominations?range=[0,99]')).body as { id: number; status: string }[];
    let required = 0;
    let downloaded = false;
    for (const { id, status } of nominations) {
      const n = (await get(`/api/nominations/${id}`)).body as {
        checklist: { type: string; provided: boolean }[];
        documents: { id: number; sha256: string }[];
      };
      if (status === 'draft') continue;
      required += n.checklist.length;
      expect(
        n.checklist.filter((c) => !c.provided).map((c) => c.type),
        `${status} nomination ${id}`,
      ).toEqual([]);
      const [doc] = n.documents;
      if (!doc || downloaded) continue; // one download a plugin: every demo file is the same sample
      const file = await binary(get(`/api/nominations/${id}/documents/${doc.id}`));
      expect(file.status).toBe(200);
      expect((file.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-');
      expect(
        createHash('sha256')
          .update(file.body as Buffer)
          .digest('hex'),
      ).toBe(doc.sha256);
      downloaded = true;
    }
    // A plan that asks for documents on the forms its rounds give has them downloaded above.
    expect(downloaded).toBe(required > 0);
  });

  it('shows the round open today, if its plan has one, as live: nominations being drafted and sent', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const open = manifest.phases.find(
      (p) =>
        p.period.from <= today &&
        today <= p.period.to &&
        manifest.awardForms.some((f) => p.awardFormIds.includes(f.id) && !(f.validTo && f.validTo <= today)),
    );
    const get = await login(`${slug}.quantri`);
    const live = (
      await get(`/api/nominations?filter=${encodeURIComponent(JSON.stringify({ phaseId: open?.id ?? '-' }))}`)
    ).body as { status: string; tier: string }[];
    if (!open) return expect(live).toEqual([]);
    expect(live.map((n) => n.status).sort()).toEqual(['draft', 'submitted', 'submitted']);
    if (today >= DISTRICT_LEVEL_ENDS) expect(live.filter((n) => n.tier === 'district')).toEqual([]);
  });

  it('ends its districts on 30/6/2025 with a successor, and nominates no district on the two-tier map', async () => {
    const get = await login(`${slug}.quantri`);
    type U = { id: number; tier: string; parentId: number | null; validTo: string | null; successorId: number | null };
    const units = (await get('/api/units?range=[0,99]')).body as U[];
    for (const d of units.filter((u) => u.tier === 'district' && u.parentId === null)) {
      expect(d.validTo).toBe(DISTRICT_LEVEL_ENDS);
      expect(units.find((u) => u.id === d.successorId)?.parentId).toBe(d.id);
    }
    const nominations = (await get('/api/nominations?range=[0,99]')).body as { phaseId: string; tier: string }[];
    for (const n of nominations) {
      const phase = manifest.phases.find((p) => p.id === n.phaseId)!;
      if (nominationRuleDate(phase, phase.period.from) >= DISTRICT_LEVEL_ENDS) expect(n.tier).not.toBe('district');
    }
  });

  it("renders its documents: each round's summary and, where awards are given, the issued decision", async () => {
    const get = await login(`${slug}.quantri`);
    for (const phase of manifest.phases) {
      const summary = await get(`/api/provinces/${slug}/phases/${phase.id}/summary?format=html`);
      expect(summary.status, phase.id).toBe(200);
    }
    const decisions = (await get('/api/decisions')).body as { id: number; status: string }[];
    if (!givesAwards) return expect(decisions).toEqual([]);
    expect(decisions[0]).toMatchObject({ status: 'issued' });
    const doc = await get(`/api/decisions/${decisions[0]!.id}/documents/decision?format=html`);
    expect(doc.status).toBe(200);
    expect(doc.text).toContain('QUYẾT ĐỊNH');
  });
});

describe('the national administrator', () => {
  it('logs in with the demo password', async () => {
    const get = await login('quantri.quocgia');
    expect((await get('/api/auth/me')).body).toMatchObject({ role: 'national-admin', provinceSlug: null });
  });
});
