import type { z } from 'zod';
import { findIndicator } from '../catalogue/indicators.js';
import { manifestSchema, type ProvinceManifest, type SilentField } from './schema.js';

/** One problem in a manifest: `lam-dong: quotas[1].phaseId "so-ket-2024" names no phase`. */
export interface ManifestIssue {
  plugin: string;
  path: string;
  problem: string;
}

export class ManifestError extends Error {
  constructor(readonly issues: ManifestIssue[]) {
    super(issues.map(formatIssue).join('\n'));
    this.name = 'ManifestError';
  }
}

export function formatIssue(i: ManifestIssue): string {
  return `${i.plugin}: ${i.path ? `${i.path} ` : ''}${i.problem}`;
}

function pathOf(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)),
    '',
  );
}

/** Validates a manifest: its shape first, then every cross-reference and date order. */
export function validateManifest(
  input: unknown,
  plugin: string,
): { ok: true; manifest: ProvinceManifest } | { ok: false; issues: ManifestIssue[] } {
  const parsed = manifestSchema.safeParse(input);
  if (!parsed.success) {
    return {
      ok: false,
      issues: parsed.error.issues.map((i: z.core.$ZodIssue) => ({ plugin, path: pathOf(i.path), problem: i.message })),
    };
  }
  const issues = crossCheck(parsed.data).map((i) => ({ plugin, ...i }));
  if (parsed.data.slug !== plugin)
    issues.unshift({ plugin, path: 'slug', problem: `"${parsed.data.slug}" differs from the plugin name "${plugin}"` });
  return issues.length ? { ok: false, issues } : { ok: true, manifest: parsed.data };
}

/** Like validateManifest, but throws a ManifestError listing every problem. */
export function parseManifest(input: unknown, plugin: string): ProvinceManifest {
  const result = validateManifest(input, plugin);
  if (!result.ok) throw new ManifestError(result.issues);
  return result.manifest;
}

type Problem = { path: string; problem: string };

function duplicates(items: readonly { id: string }[], field: string): Problem[] {
  const seen = new Set<string>();
  return items.flatMap((item, i) => {
    if (seen.has(item.id)) return [{ path: `${field}[${i}].id`, problem: `"${item.id}" is used twice` }];
    seen.add(item.id);
    return [];
  });
}

/** A field in `notStated` has an empty list; a list the platform needs (tiers, phases, award forms) is either given or declared unsaid. */
function silenceCheck(m: ProvinceManifest): Problem[] {
  const out: Problem[] = [];
  const silent = new Set<SilentField>();
  m.notStated?.forEach((n, i) => {
    if (silent.has(n.field)) out.push({ path: `notStated[${i}].field`, problem: `"${n.field}" is listed twice` });
    silent.add(n.field);
  });
  const lists = {
    tiers: m.tiers,
    phases: m.phases,
    criteria: m.criteria,
    awardForms: m.awardForms,
    quotas: m.quotas,
    workflow: m.workflow.steps,
  };
  for (const [field, list] of Object.entries(lists) as [SilentField, unknown[]][]) {
    if (silent.has(field) && list.length)
      out.push({
        path: field,
        problem: `is declared not stated (notStated) but lists ${list.length}: keep one of the two`,
      });
  }
  for (const field of ['tiers', 'phases', 'awardForms', 'workflow'] as const)
    if (!silent.has(field) && lists[field].length === 0)
      out.push({
        path: field,
        problem: `is empty: list them from the plan, or add { field: "${field}" } to notStated`,
      });
  if (silent.has('deadlines')) {
    if (m.workflow.reportDeadlines.length)
      out.push({
        path: 'workflow.reportDeadlines',
        problem: 'lists deadlines although notStated says the plan sets none',
      });
    m.phases.forEach((p, i) => {
      if (p.nominationDeadline || p.reportDeadline)
        out.push({ path: `phases[${i}]`, problem: 'has a deadline although notStated says the plan sets none' });
    });
  }
  return out;
}

function crossCheck(m: ProvinceManifest): Problem[] {
  const out: Problem[] = silenceCheck(m);
  const forms = new Map(m.awardForms.map((f) => [f.id, f]));
  const stages = new Set(m.movement.stages.map((s) => s.id));
  const tiers = new Set(m.tiers.map((t) => t.tier));
  const order = (path: string, from: string, to: string) => {
    if (from > to) out.push({ path, problem: `ends (${to}) before it starts (${from})` });
  };

  out.push(
    ...duplicates(m.phases, 'phases'),
    ...duplicates(m.criteria, 'criteria'),
    ...duplicates(m.awardForms, 'awardForms'),
    ...duplicates(m.movement.stages, 'movement.stages'),
  );
  order('movement.span', m.movement.span.from, m.movement.span.to);
  m.movement.stages.forEach((s, i) => order(`movement.stages[${i}]`, s.from, s.to));

  m.phases.forEach((p, i) => {
    order(`phases[${i}].period`, p.period.from, p.period.to);
    if (p.stageId && !stages.has(p.stageId))
      out.push({ path: `phases[${i}].stageId`, problem: `"${p.stageId}" names no stage` });
    p.awardFormIds.forEach((id, j) => {
      if (!forms.has(id)) out.push({ path: `phases[${i}].awardFormIds[${j}]`, problem: `"${id}" names no award form` });
    });
  });

  m.criteria.forEach((c, i) => {
    const at = `criteria[${i}]`;
    if (!tiers.has(c.tier)) out.push({ path: `${at}.tier`, problem: `"${c.tier}" is not a tier of this plan` });
    if (c.kind === 'qualitative') return;
    if (!c.indicator) out.push({ path: `${at}.indicator`, problem: `is required for a ${c.kind} criterion` });
    else if (!findIndicator(c.indicator))
      out.push({ path: `${at}.indicator`, problem: `"${c.indicator}" is not in the national indicator catalogue` });
    if (c.threshold === undefined)
      out.push({ path: `${at}.threshold`, problem: `is required for a ${c.kind} criterion` });
    if (c.kind === 'threshold' && !c.operator)
      out.push({ path: `${at}.operator`, problem: 'is required for a threshold criterion' });
  });

  m.targets.forEach((t, i) => {
    if (!findIndicator(t.indicator))
      out.push({
        path: `targets[${i}].indicator`,
        problem: `"${t.indicator}" is not in the national indicator catalogue`,
      });
  });

  const quotaKeys = new Set<string>();
  m.quotas.forEach((q, i) => {
    const at = `quotas[${i}]`;
    const phase = m.phases.find((p) => p.id === q.phaseId);
    if (!phase) out.push({ path: `${at}.phaseId`, problem: `"${q.phaseId}" names no phase` });
    if (!forms.has(q.awardFormId))
      out.push({ path: `${at}.awardFormId`, problem: `"${q.awardFormId}" names no award form` });
    else if (phase && !phase.awardFormIds.includes(q.awardFormId))
      out.push({ path: `${at}.awardFormId`, problem: `"${q.awardFormId}" is not given in phase "${q.phaseId}"` });
    const key = `${q.phaseId}/${q.awardFormId}`;
    if (quotaKeys.has(key))
      out.push({ path: at, problem: `a second quota for phase "${q.phaseId}" and award form "${q.awardFormId}"` });
    quotaKeys.add(key);
    const limited = [q.maxCollectives, q.maxIndividuals, q.maxCombined, q.perNominatingUnit].some(
      (v) => v !== undefined,
    );
    if (!limited && !q.decidedByHead)
      out.push({ path: at, problem: 'sets no limit: give a maximum, a per-unit limit, or decidedByHead' });
    if (limited && q.decidedByHead)
      out.push({ path: `${at}.decidedByHead`, problem: 'cannot be combined with fixed limits' });
    const form = forms.get(q.awardFormId);
    if (form && q.maxCollectives !== undefined && !form.recipients.includes('collective'))
      out.push({ path: `${at}.maxCollectives`, problem: `"${form.id}" is not given to collectives` });
    if (form && q.maxIndividuals !== undefined && !form.recipients.includes('individual'))
      out.push({ path: `${at}.maxIndividuals`, problem: `"${form.id}" is not given to individuals` });
  });

  m.awardForms.forEach((f, i) =>
    f.tiers?.forEach((t, j) => {
      if (!tiers.has(t))
        out.push({ path: `awardForms[${i}].tiers[${j}]`, problem: `"${t}" is not a tier of this plan` });
    }),
  );
  m.dossier.forEach((d, i) =>
    d.awardFormIds?.forEach((id, j) => {
      if (!forms.has(id))
        out.push({ path: `dossier[${i}].awardFormIds[${j}]`, problem: `"${id}" names no award form` });
    }),
  );
  m.workflow.reportDeadlines.forEach((r, i) => {
    if (!r.everyYear === !r.date)
      out.push({ path: `workflow.reportDeadlines[${i}]`, problem: 'needs exactly one of everyYear or date' });
  });
  return out;
}
