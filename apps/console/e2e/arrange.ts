import {
  type Criterion,
  nominationRuleDate,
  type ProvinceManifest,
  type Tier,
  tierInForce,
  unitEndedOn,
} from '@thidua/domain';
import type { RunningApi } from './api';
import { ApiClient } from './client';

export const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

interface Unit {
  id: number;
  name: string;
  tier: string;
  validTo: string | null;
}
interface Nomination {
  id: number;
  status: string;
  nominatingUnitId: number;
  nomineeUnitId: number | null;
  checklist: { type: string; provided: boolean }[];
  checks: { criterionId: string; kind: string }[];
}
interface QuotaUse {
  phaseId: string;
  awardFormId: string;
  limits: { collectives: number | null; combined: number | null };
  used: { collectives: number; individuals: number };
}

/** The province, phase and award form the browser scenarios run in: where demo data issued a decision under a capped quota. */
export interface Stage {
  slug: string;
  manifest: ProvinceManifest;
  phaseId: string;
  awardFormId: string;
  today: string;
  admin: ApiClient;
}

export async function chooseStage(api: RunningApi): Promise<Stage> {
  const national = await ApiClient.login(api.url, 'quantri.quocgia');
  const provinces = await national.get<{ slug: string }[]>('/provinces');
  for (const { slug } of provinces) {
    const manifest = await national.get<ProvinceManifest>(`/provinces/${slug}`);
    const [decision] = await national.get<{ phaseId: string; awardFormId: string; status: string }[]>('/decisions', {
      filter: { provinceSlug: slug, status: 'issued' },
    });
    if (!decision) continue;
    const quota = manifest.quotas.find((q) => q.phaseId === decision.phaseId && q.awardFormId === decision.awardFormId);
    const form = manifest.awardForms.find((f) => f.id === decision.awardFormId);
    if (
      !quota ||
      quota.decidedByHead ||
      (quota.maxCollectives ?? quota.maxCombined) === undefined ||
      !form?.recipients.includes('collective')
    )
      continue;
    const phase = manifest.phases.find((p) => p.id === decision.phaseId)!;
    await api.restart(phase.period.from);
    return {
      slug,
      manifest,
      phaseId: phase.id,
      awardFormId: form.id,
      today: phase.period.from,
      admin: await ApiClient.login(api.url, `${slug}.quantri`),
    };
  }
  throw new Error('no demo province has an issued decision under a capped quota for collectives');
}

/**
 * `count` units of the stage that may still be nominated (eligible tier in force on the round's date, unit still
 * operating, no nomination in this phase), creating what is missing.
 */
export async function freeUnits(stage: Stage, count: number): Promise<Unit[]> {
  const { admin, manifest, phaseId, awardFormId } = stage;
  const form = manifest.awardForms.find((f) => f.id === awardFormId)!;
  const date = nominationRuleDate(
    manifest.phases.find((p) => p.id === phaseId)!,
    stage.today,
  );
  const tiers = (form.tiers ?? manifest.tiers.map((t) => t.tier)).filter((t) => tierInForce(t as Tier, date));
  const units = await admin.get<Unit[]>('/units', { range: [0, 999] });
  const taken = await admin.get<Nomination[]>('/nominations', { filter: { phaseId }, range: [0, 999] });
  const used = new Set(taken.flatMap((n) => [n.nominatingUnitId, n.nomineeUnitId]));
  const free = units.filter((u) => tiers.includes(u.tier as never) && !used.has(u.id) && !unitEndedOn(u, date));
  for (let i = free.length; i < count; i++)
    free.push(await admin.call<Unit>('POST', '/units', { name: `Đơn vị thi đua kiểm thử ${i + 1}`, tier: tiers[0] }));
  return free.slice(0, count);
}

/** Readings that pass every numeric criterion of the unit's tier, so the scenario is about the workflow, not the data. */
export async function satisfyCriteria(stage: Stage, unit: Pick<Unit, 'id' | 'tier'>): Promise<void> {
  const { admin, slug, manifest, phaseId } = stage;
  const year = Number(manifest.phases.find((p) => p.id === phaseId)!.period.to.slice(0, 4));
  const { criteria } = await admin.get<{ criteria: Criterion[] }>(`/provinces/${slug}/criteria`);
  for (const c of criteria.filter((x) => x.tier === unit.tier && x.kind !== 'qualitative' && x.indicator)) {
    const value =
      c.kind === 'rank'
        ? 1
        : c.operator === '<' || c.operator === '<='
          ? 0
          : Math.min(100, (c.threshold ?? 0) + (c.operator === '>' ? 0.5 : 0));
    const [existing] = await admin.get<{ id: number }[]>('/readings', {
      filter: { unitId: unit.id, indicatorId: c.indicator, year },
    });
    if (existing) await admin.call('PUT', `/readings/${existing.id}`, { value });
    else
      await admin.call('POST', '/readings', { unitId: unit.id, indicatorId: c.indicator, year, value, source: 'e2e' });
  }
}

export async function uploadDossier(client: ApiClient, id: number): Promise<void> {
  const n = await client.get<Nomination>(`/nominations/${id}`);
  for (const item of n.checklist.filter((c) => !c.provided)) {
    const body = new FormData();
    body.set('type', item.type);
    body.set('file', new Blob([PDF], { type: 'application/pdf' }), `${item.type}.pdf`);
    await client.call('POST', `/nominations/${id}/documents`, body);
  }
}

/** Takes a fresh collective nomination of a unit through submission, verdicts and aggregation to appraisal (and approval). */
export async function nominateThrough(stage: Stage, unit: Unit, until: 'appraised' | 'approved'): Promise<number> {
  const { admin, phaseId, awardFormId } = stage;
  await satisfyCriteria(stage, unit);
  const n = await admin.call<{ id: number }>('POST', '/nominations', {
    phaseId,
    awardFormId,
    recipient: 'collective',
    nominatingUnitId: unit.id,
    nomineeUnitId: unit.id,
    achievements: 'Kịch bản kiểm thử đầu cuối.',
  });
  await uploadDossier(admin, n.id);
  await admin.call('POST', `/nominations/${n.id}/actions/submit`, {});
  const { checks } = await admin.get<Nomination>(`/nominations/${n.id}`);
  for (const c of checks.filter((x) => x.kind === 'qualitative'))
    await admin.call('POST', `/nominations/${n.id}/verdicts`, { criterionId: c.criterionId, passed: true });
  await admin.call('POST', `/nominations/${n.id}/actions/aggregate`, {});
  await admin.call('POST', `/nominations/${n.id}/actions/appraise`, {});
  if (until === 'approved') await admin.call('POST', `/nominations/${n.id}/actions/approve`, {});
  return n.id;
}

/** Places left for collectives under the stage's quota. */
export async function placesLeft(stage: Stage): Promise<number> {
  const uses = await stage.admin.get<QuotaUse[]>(`/provinces/${stage.slug}/quota-use`);
  const q = uses.find((u) => u.phaseId === stage.phaseId && u.awardFormId === stage.awardFormId)!;
  const left = [
    q.limits.collectives === null ? Infinity : q.limits.collectives - q.used.collectives,
    q.limits.combined === null ? Infinity : q.limits.combined - q.used.collectives - q.used.individuals,
  ];
  return Math.min(...left);
}
