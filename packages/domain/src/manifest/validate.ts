import type { z } from 'zod';
import { findIndicator } from '../catalogue/indicators.js';
import { say, shapeProblem, unknownKeys } from './issues.js';
import { manifestSchema, type ProvinceManifest, type SilentField } from './schema.js';

/**
 * One problem in a manifest: the plugin, the field, what is wrong and what to do, in Vietnamese then English
 * (`lam-dong: quotas[1].phaseId "so-ket-2024" không trỏ tới đợt nào / names no phase — …`).
 */
export interface ManifestIssue {
  plugin: string;
  path: string;
  problem: string;
  fix: string;
}

export class ManifestError extends Error {
  constructor(readonly issues: ManifestIssue[]) {
    super(issues.map(formatIssue).join('\n'));
    this.name = 'ManifestError';
  }
}

export function formatIssue(i: ManifestIssue): string {
  return `${i.plugin}: ${i.path ? `${i.path} ` : ''}${i.problem} — ${i.fix}`;
}

export function pathOf(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)),
    '',
  );
}

export const valueAt = (input: unknown, path: readonly PropertyKey[]): unknown =>
  path.reduce<unknown>(
    (v, k) => (v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined),
    input,
  );

/** Validates a manifest: unknown keys and its shape first, then every cross-reference and date order. */
export function validateManifest(
  input: unknown,
  plugin: string,
): { ok: true; manifest: ProvinceManifest } | { ok: false; issues: ManifestIssue[] } {
  const unknown = unknownKeys(manifestSchema, input).map((i) => ({ plugin, ...i }));
  const parsed = manifestSchema.safeParse(input);
  if (!parsed.success) {
    const shape = parsed.error.issues.map((i: z.core.$ZodIssue) => ({
      plugin,
      path: pathOf(i.path),
      ...shapeProblem(i, valueAt(input, i.path)),
    }));
    return { ok: false, issues: [...unknown, ...shape] };
  }
  const issues = [...unknown, ...crossCheck(parsed.data).map((i) => ({ plugin, ...i }))];
  if (parsed.data.slug !== plugin)
    issues.unshift({
      plugin,
      path: 'slug',
      problem: say(
        `"${parsed.data.slug}" khác tên plugin "${plugin}"`,
        `"${parsed.data.slug}" differs from the plugin name "${plugin}"`,
      ),
      fix: say(
        'đặt slug bằng tên thư mục (hoặc thidua.slug trong package.json)',
        'make slug the folder name (or package.json thidua.slug)',
      ),
    });
  return issues.length ? { ok: false, issues } : { ok: true, manifest: parsed.data };
}

/** Like validateManifest, but throws a ManifestError listing every problem. */
export function parseManifest(input: unknown, plugin: string): ProvinceManifest {
  const result = validateManifest(input, plugin);
  if (!result.ok) throw new ManifestError(result.issues);
  return result.manifest;
}

type Problem = { path: string; problem: string; fix: string };

function duplicates(items: readonly { id: string }[], field: string): Problem[] {
  const seen = new Set<string>();
  return items.flatMap((item, i) => {
    if (seen.has(item.id))
      return [
        {
          path: `${field}[${i}].id`,
          problem: say(`"${item.id}" bị dùng hai lần`, `"${item.id}" is used twice`),
          fix: say('đặt id khác cho một trong hai', 'give one of them another id'),
        },
      ];
    seen.add(item.id);
    return [];
  });
}

/** A field in `notStated` has an empty list; a list the platform needs is either given or declared unsaid. */
function silenceCheck(m: ProvinceManifest): Problem[] {
  const out: Problem[] = [];
  const silent = new Set<SilentField>();
  m.notStated?.forEach((n, i) => {
    if (silent.has(n.field))
      out.push({
        path: `notStated[${i}].field`,
        problem: say(`"${n.field}" được ghi hai lần`, `"${n.field}" is listed twice`),
        fix: say('xóa một mục', 'remove one entry'),
      });
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
        problem: say(
          `được khai "chưa quy định" (notStated) nhưng lại có ${list.length} mục`,
          `is declared not stated (notStated) but lists ${list.length}`,
        ),
        fix: say(
          `giữ một trong hai: xóa { field: "${field}" } khỏi notStated hoặc làm rỗng danh sách`,
          `keep one of the two: drop { field: "${field}" } from notStated or empty the list`,
        ),
      });
  }
  for (const field of ['tiers', 'phases', 'awardForms', 'workflow'] as const)
    if (!silent.has(field) && lists[field].length === 0)
      out.push({
        path: field,
        problem: say('đang rỗng', 'is empty'),
        fix: say(
          `điền từ Kế hoạch, hoặc thêm { field: "${field}" } vào notStated nếu Kế hoạch không nêu`,
          `list them from the plan, or add { field: "${field}" } to notStated`,
        ),
      });
  if (silent.has('deadlines')) {
    const fix = say(
      'xóa hạn, hoặc xóa { field: "deadlines" } khỏi notStated',
      'remove the deadline, or drop { field: "deadlines" } from notStated',
    );
    if (m.workflow.reportDeadlines.length)
      out.push({
        path: 'workflow.reportDeadlines',
        problem: say(
          'có hạn báo cáo dù notStated ghi Kế hoạch không nêu hạn',
          'lists deadlines although notStated says the plan sets none',
        ),
        fix,
      });
    m.phases.forEach((p, i) => {
      if (p.nominationDeadline || p.reportDeadline)
        out.push({
          path: `phases[${i}]`,
          problem: say(
            'có hạn dù notStated ghi Kế hoạch không nêu hạn',
            'has a deadline although notStated says the plan sets none',
          ),
          fix,
        });
    });
  }
  return out;
}

function crossCheck(m: ProvinceManifest): Problem[] {
  const out: Problem[] = silenceCheck(m);
  const forms = new Map(m.awardForms.map((f) => [f.id, f]));
  const stages = new Set(m.movement.stages.map((s) => s.id));
  const tiers = new Set(m.tiers.map((t) => t.tier));
  const add = (path: string, vi: string, en: string, fixVi: string, fixEn: string) =>
    out.push({ path, problem: say(vi, en), fix: say(fixVi, fixEn) });
  const order = (path: string, from: string, to: string) => {
    if (from > to)
      add(
        path,
        `kết thúc (${to}) trước khi bắt đầu (${from})`,
        `ends (${to}) before it starts (${from})`,
        'kiểm tra from/to theo Kế hoạch',
        'check from/to against the plan',
      );
  };
  const noForm = (path: string, id: string) =>
    add(
      path,
      `"${id}" không trỏ tới hình thức khen thưởng nào`,
      `"${id}" names no award form`,
      'dùng một id trong awardForms',
      'use an id declared in awardForms',
    );
  const notInCatalogue = (path: string, id: string) =>
    add(
      path,
      `"${id}" không có trong danh mục chỉ tiêu quốc gia`,
      `"${id}" is not in the national indicator catalogue`,
      'dùng một id trong packages/domain/src/catalogue/indicators.ts',
      'use an id from packages/domain/src/catalogue/indicators.ts',
    );
  const notTier = (path: string, t: string) =>
    add(
      path,
      `"${t}" không phải đối tượng thi đua của Kế hoạch này`,
      `"${t}" is not a tier of this plan`,
      'thêm đối tượng vào tiers, hoặc sửa lại',
      'add it to tiers, or correct it',
    );
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
      add(
        `phases[${i}].stageId`,
        `"${p.stageId}" không trỏ tới giai đoạn nào`,
        `"${p.stageId}" names no stage`,
        'dùng một id trong movement.stages',
        'use an id declared in movement.stages',
      );
    p.awardFormIds.forEach((id, j) => {
      if (!forms.has(id)) noForm(`phases[${i}].awardFormIds[${j}]`, id);
    });
    for (const kind of ['nomination', 'report'] as const)
      if (p[`${kind}Deadline`] && p[`${kind}DaysAfterEnd`] !== undefined)
        add(
          `phases[${i}].${kind}DaysAfterEnd`,
          `không đi cùng ${kind}Deadline`,
          `cannot be combined with ${kind}Deadline`,
          'giữ cách Kế hoạch ghi: một ngày cụ thể hoặc số ngày sau khi kết thúc đợt',
          "keep the plan's wording: a date or a number of days after the phase ends",
        );
    if (p.scoring && p.scoring.passMark === undefined && p.scoring.rankTop === undefined)
      add(
        `phases[${i}].scoring`,
        'không có điểm đạt hay số xếp hạng',
        'sets neither passMark nor rankTop',
        'ghi passMark và/hoặc rankTop theo Kế hoạch',
        'give passMark and/or rankTop from the plan',
      );
    if (p.scoring && !m.criteria.some((c) => c.points !== undefined))
      add(
        `phases[${i}].scoring`,
        'tính điểm nhưng không tiêu chí nào có points',
        'scores but no criterion has points',
        'ghi points cho các tiêu chí',
        'give the criteria their points',
      );
  });
  m.adHoc?.awardFormIds.forEach((id, j) => {
    if (!forms.has(id)) noForm(`adHoc.awardFormIds[${j}]`, id);
  });
  m.absorbed?.forEach((a, i) => {
    if (a.slug === m.slug || a.slug === m.mergedInto?.slug)
      add(
        `absorbed[${i}].slug`,
        `"${a.slug}" không thể vừa là tỉnh này hoặc tỉnh nó nhập vào`,
        `"${a.slug}" cannot be this province or the one it merged into`,
        'sửa slug',
        'correct the slug',
      );
  });
  m.criteria.forEach((c, i) => {
    const at = `criteria[${i}]`;
    if (!tiers.has(c.tier)) notTier(`${at}.tier`, c.tier);
    if (c.kind === 'qualitative') return;
    const required = (field: string) =>
      add(
        `${at}.${field}`,
        `bắt buộc với tiêu chí loại ${c.kind}`,
        `is required for a ${c.kind} criterion`,
        `thêm ${field} theo Kế hoạch, hoặc đổi kind thành "qualitative"`,
        `add ${field} from the plan, or make kind "qualitative"`,
      );
    if (!c.indicator) required('indicator');
    else if (!findIndicator(c.indicator)) notInCatalogue(`${at}.indicator`, c.indicator);
    if (c.threshold === undefined) required('threshold');
    if (c.kind === 'threshold' && !c.operator) required('operator');
  });
  m.targets.forEach((t, i) => {
    if (!findIndicator(t.indicator)) notInCatalogue(`targets[${i}].indicator`, t.indicator);
  });
  const quotaKeys = new Set<string>();
  m.quotas.forEach((q, i) => {
    const at = `quotas[${i}]`;
    const phase = m.phases.find((p) => p.id === q.phaseId);
    if (!phase)
      add(
        `${at}.phaseId`,
        `"${q.phaseId}" không trỏ tới đợt nào`,
        `"${q.phaseId}" names no phase`,
        'dùng một id trong phases',
        'use an id declared in phases',
      );
    if (!forms.has(q.awardFormId)) noForm(`${at}.awardFormId`, q.awardFormId);
    else if (phase && !phase.awardFormIds.includes(q.awardFormId))
      add(
        `${at}.awardFormId`,
        `"${q.awardFormId}" không được trao trong đợt "${q.phaseId}"`,
        `"${q.awardFormId}" is not given in phase "${q.phaseId}"`,
        'thêm nó vào awardFormIds của đợt, hoặc sửa số lượng',
        "add it to the phase's awardFormIds, or correct the quota",
      );
    const key = `${q.phaseId}/${q.awardFormId}`;
    if (quotaKeys.has(key))
      add(
        at,
        `số lượng thứ hai cho đợt "${q.phaseId}" và hình thức "${q.awardFormId}"`,
        `a second quota for phase "${q.phaseId}" and award form "${q.awardFormId}"`,
        'gộp vào một mục',
        'merge them into one entry',
      );
    quotaKeys.add(key);
    const limited = [q.maxCollectives, q.maxIndividuals, q.maxCombined, q.perNominatingUnit, q.share].some(
      (v) => v !== undefined,
    );
    if (!limited && !q.decidedByHead)
      add(
        at,
        'không đặt giới hạn nào',
        'sets no limit',
        'ghi số tối đa, giới hạn mỗi đơn vị, hoặc decidedByHead: true',
        'give a maximum, a per-unit limit, or decidedByHead',
      );
    if (limited && q.decidedByHead)
      add(
        `${at}.decidedByHead`,
        'không đi cùng giới hạn cố định',
        'cannot be combined with fixed limits',
        'bỏ một trong hai',
        'keep one of the two',
      );
    const form = forms.get(q.awardFormId);
    const notGiven = (field: string, kind: { vi: string; en: string }) =>
      add(
        `${at}.${field}`,
        `"${q.awardFormId}" không trao cho ${kind.vi}`,
        `"${q.awardFormId}" is not given to ${kind.en}`,
        `bỏ ${field}, hoặc thêm vào recipients của hình thức`,
        `drop ${field}, or add to the form's recipients`,
      );
    if (form && q.maxCollectives !== undefined && !form.recipients.includes('collective'))
      notGiven('maxCollectives', { vi: 'tập thể', en: 'collectives' });
    if (form && q.maxIndividuals !== undefined && !form.recipients.includes('individual'))
      notGiven('maxIndividuals', { vi: 'cá nhân', en: 'individuals' });
  });
  m.awardForms.forEach((f, i) =>
    f.tiers?.forEach((t, j) => {
      if (!tiers.has(t)) notTier(`awardForms[${i}].tiers[${j}]`, t);
    }),
  );
  m.dossier.forEach((d, i) =>
    d.awardFormIds?.forEach((id, j) => {
      if (!forms.has(id)) noForm(`dossier[${i}].awardFormIds[${j}]`, id);
    }),
  );
  m.workflow.reportDeadlines.forEach((r, i) => {
    if (!r.everyYear === !r.date)
      add(
        `workflow.reportDeadlines[${i}]`,
        'cần đúng một trong everyYear hoặc date',
        'needs exactly one of everyYear or date',
        'ghi everyYear ("12-20") cho hạn hằng năm, hoặc date cho một ngày',
        'give everyYear ("12-20") for a yearly deadline, or date for one day',
      );
  });
  return out;
}
