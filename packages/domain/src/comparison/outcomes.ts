import { findIndicator } from '../catalogue/indicators.js';
import type { Operator, Phase, ProvinceManifest, Recipient, Target } from '../manifest/schema.js';
import { compare } from '../rules/criteria.js';
import { NOMINATION_STATUSES, type NominationStatus } from '../workflow/nomination.js';
import { phaseQuotaTotals } from './quota-totals.js';
import type { OutcomeCounts } from './schemas.js';
import { type Distribution, distribution, ranks, ratio } from './stats.js';

export function emptyCounts(): OutcomeCounts {
  return {
    units: 0,
    staff: 0,
    registered: 0,
    nominations: Object.fromEntries(NOMINATION_STATUSES.map((s) => [s, 0])) as Record<NominationStatus, number>,
    awardsCollective: 0,
    awardsIndividual: 0,
    awardsIndividualNonLeader: 0,
    reportsExpected: 0,
    reportsOnTime: 0,
    quotaPlaces: 0,
    quotaUsed: 0,
    indicators: {},
  };
}

/** a + b, field by field (b's indicators added into a copy of a's). */
export function addCounts(a: OutcomeCounts, b: OutcomeCounts): OutcomeCounts {
  const out = { ...a, nominations: { ...a.nominations }, indicators: { ...a.indicators } };
  for (const k of [
    'units',
    'staff',
    'registered',
    'awardsCollective',
    'awardsIndividual',
    'awardsIndividualNonLeader',
    'reportsExpected',
    'reportsOnTime',
    'quotaPlaces',
    'quotaUsed',
  ] as const)
    out[k] += b[k];
  for (const s of NOMINATION_STATUSES) out.nominations[s] += b.nominations[s];
  for (const [id, v] of Object.entries(b.indicators))
    out.indicators[id] = { n: (out.indicators[id]?.n ?? 0) + v.n, sum: (out.indicators[id]?.sum ?? 0) + v.sum };
  return out;
}

type Text = { vi: string; en: string };

export interface FigureDefinition {
  id: FigureId;
  label: Text;
  unit: 'percent' | 'per-100-units' | 'per-1000-staff' | 'count';
  /** Rank 1 goes to the largest value ('desc'); counts are shown but not ranked (they favour large provinces). */
  order: 'desc' | null;
  method: Text;
}

export const FIGURE_IDS = [
  'units',
  'registeredShare',
  'nominations',
  'approvalShare',
  'awards',
  'awardsPer100Units',
  'awardsPer1000Staff',
  'quotaUse',
  'nonLeaderShare',
  'reportsOnTimeShare',
] as const;
export type FigureId = (typeof FIGURE_IDS)[number];

/** Nominations a unit actually sent (drafts are still being written). */
const SENT: readonly NominationStatus[] = NOMINATION_STATUSES.filter((s) => s !== 'draft');

export const FIGURES: readonly FigureDefinition[] = [
  {
    id: 'units',
    label: { vi: 'Số đơn vị', en: 'Units' },
    unit: 'count',
    order: null,
    method: {
      vi: 'Số đơn vị thuộc phạm vi so sánh (theo đối tượng nếu có chọn).',
      en: 'Number of units in scope (of the chosen tier, if any).',
    },
  },
  {
    id: 'registeredShare',
    label: { vi: 'Tỷ lệ đơn vị đăng ký thi đua', en: 'Units registered' },
    unit: 'percent',
    order: 'desc',
    method: {
      vi: 'Số đơn vị đăng ký thi đua trong năm ÷ số đơn vị × 100.',
      en: 'Units registered to compete in the year ÷ units × 100.',
    },
  },
  {
    id: 'nominations',
    label: { vi: 'Số đề nghị khen thưởng đã gửi', en: 'Nominations sent' },
    unit: 'count',
    order: null,
    method: {
      vi: 'Số đề nghị ở mọi trạng thái trừ dự thảo, trong các đợt được chọn.',
      en: 'Nominations in any status but draft, in the phases chosen.',
    },
  },
  {
    id: 'approvalShare',
    label: { vi: 'Tỷ lệ đề nghị được duyệt', en: 'Nominations approved' },
    unit: 'percent',
    order: 'desc',
    method: {
      vi: '(Đã duyệt + đã có quyết định) ÷ (đã duyệt + đã có quyết định + không duyệt) × 100; đề nghị đang xử lý không tính.',
      en: '(approved + decided) ÷ (approved + decided + rejected) × 100; nominations still in progress are left out.',
    },
  },
  {
    id: 'awards',
    label: { vi: 'Số khen thưởng', en: 'Awards' },
    unit: 'count',
    order: null,
    method: {
      vi: 'Số đề nghị đã có quyết định khen thưởng (tập thể và cá nhân).',
      en: 'Nominations included in an award decision (collectives and individuals).',
    },
  },
  {
    id: 'awardsPer100Units',
    label: { vi: 'Khen thưởng trên 100 đơn vị', en: 'Awards per 100 units' },
    unit: 'per-100-units',
    order: 'desc',
    method: {
      vi: 'Số khen thưởng ÷ số đơn vị × 100, để tỉnh lớn và tỉnh nhỏ so sánh được.',
      en: 'Awards ÷ units × 100, so that large and small provinces compare.',
    },
  },
  {
    id: 'awardsPer1000Staff',
    label: { vi: 'Khen thưởng trên 1.000 cán bộ', en: 'Awards per 1,000 officials' },
    unit: 'per-1000-staff',
    order: 'desc',
    method: {
      vi: 'Số khen thưởng ÷ tổng số cán bộ, công chức, viên chức, người lao động của các đơn vị (Unit.staffCount) × 1.000.',
      en: 'Awards ÷ officials and employees of the units (Unit.staffCount) × 1,000.',
    },
  },
  {
    id: 'quotaUse',
    label: { vi: 'Tỷ lệ sử dụng chỉ tiêu khen thưởng', en: 'Quota use' },
    unit: 'percent',
    order: 'desc',
    method: {
      vi: 'Số đã duyệt hoặc đã có quyết định ÷ tổng số chỉ tiêu có số lượng cố định (đợt × hình thức) × 100; chỉ tiêu "không giới hạn" hoặc "không quy định" không tính; không chia theo đối tượng.',
      en: 'Approved or decided ÷ places under quotas with a fixed number (phase × award form) × 100; uncapped or unset quotas are left out; not split by tier.',
    },
  },
  {
    id: 'nonLeaderShare',
    label: { vi: 'Tỷ lệ khen cá nhân không giữ chức vụ lãnh đạo', en: 'Individual awards to non-leaders' },
    unit: 'percent',
    order: 'desc',
    method: {
      vi: 'Số cá nhân được khen không giữ chức vụ lãnh đạo (Person.isLeader = false) ÷ số cá nhân được khen × 100.',
      en: 'Individual awards to people without a leadership post (Person.isLeader = false) ÷ individual awards × 100.',
    },
  },
  {
    id: 'reportsOnTimeShare',
    label: { vi: 'Tỷ lệ báo cáo đúng hạn', en: 'Reports on time' },
    unit: 'percent',
    order: 'desc',
    method: {
      vi: 'Số báo cáo năm nộp đúng hạn (ngày nộp ≤ hạn nộp) ÷ số đơn vị phải báo cáo (đơn vị đăng ký thi đua trong năm, hoặc đã nộp báo cáo) × 100; thiếu báo cáo tính là không đúng hạn.',
      en: 'Yearly reports submitted by their due date (submittedOn ≤ dueOn) ÷ units that had to report (registered in the year, or reported anyway) × 100; a missing report counts as late.',
    },
  },
];

export const INDICATOR_METHOD: Text = {
  vi: 'Trung bình cộng giá trị của các đơn vị có số liệu trong năm (không trọng số); n = số đơn vị có số liệu. So với chỉ tiêu của chính tỉnh cho năm đó (hoặc năm gần nhất sau đó) và với phân bố toàn quốc (trung vị, tứ phân vị, thứ hạng).',
  en: "Unweighted mean of the values of the units with a reading in the year; n = units with a reading. Set against the province's own target for that year (or the next year that has one) and the national distribution (median, quartiles, rank).",
};

/** Notes added to every method under each grouping, so a figure never hides how units were counted. */
export const BOUNDARY_METHOD: Record<'then' | 'today', Text> = {
  then: {
    vi: 'Theo địa giới khi đó: mỗi tỉnh, mỗi đơn vị như lúc phát sinh số liệu; đơn vị đã giải thể/sáp nhập vẫn tính nếu còn hoạt động trong năm.',
    en: 'Boundaries of the time: each province and unit as it was; a unit merged or dissolved later counts if it was active in the year.',
  },
  today: {
    vi: 'Theo địa giới hiện nay: các tỉnh đã hợp nhất được cộng vào tỉnh kế thừa; số liệu của đơn vị đã sáp nhập (kể cả cấp huyện) tính cho đơn vị kế thừa, mỗi đơn vị kế thừa đếm một lần.',
    en: "Today's boundaries: merged provinces are summed under their successor; a merged unit's figures (districts included) go to its successor unit, each successor counted once.",
  },
};

/** Tiers of people, not units: unit-based denominators then take every unit of the province. */
export const PERSON_TIERS: readonly string[] = ['official', 'citizen', 'scientist', 'entrepreneur'];

export const PERSON_TIER_METHOD: Text = {
  vi: 'Đối tượng cá nhân (CBCCVC, người dân): số đơn vị, số cán bộ, đăng ký, báo cáo và chỉ số tính trên mọi đơn vị; đề nghị và khen thưởng chỉ tính của đối tượng này.',
  en: 'A tier of people (officials, citizens): units, staff, registrations, reports and indicators count every unit; nominations and awards only those of the tier.',
};

/** A figure's method with the notes that the grouping and the tier chosen add to it. */
export function methodFor(method: Text, boundaries: 'then' | 'today', tier?: string | null): Text {
  const notes = [
    method,
    BOUNDARY_METHOD[boundaries],
    ...(tier && PERSON_TIERS.includes(tier) ? [PERSON_TIER_METHOD] : []),
  ];
  return { vi: notes.map((n) => n.vi).join(' '), en: notes.map((n) => n.en).join(' ') };
}

export interface FigureValue {
  value: number | null;
  rank: number | null;
}

/** The normalised figures of one set of counts (ranks filled in by rankRows). */
export function computeFigures(c: OutcomeCounts): Record<FigureId, FigureValue> {
  const n = c.nominations;
  const approvals = n.approved + n.decided;
  const awards = c.awardsCollective + c.awardsIndividual;
  const values: Record<FigureId, number | null> = {
    units: c.units,
    registeredShare: ratio(c.registered, c.units),
    nominations: SENT.reduce((s, k) => s + n[k], 0),
    approvalShare: ratio(approvals, approvals + n.rejected),
    awards,
    awardsPer100Units: ratio(awards, c.units, 100),
    awardsPer1000Staff: ratio(awards, c.staff, 1000),
    quotaUse: ratio(c.quotaUsed, c.quotaPlaces),
    nonLeaderShare: ratio(c.awardsIndividualNonLeader, c.awardsIndividual),
    reportsOnTimeShare: ratio(c.reportsOnTime, c.reportsExpected),
  };
  return Object.fromEntries(FIGURE_IDS.map((id) => [id, { value: values[id], rank: null }])) as Record<
    FigureId,
    FigureValue
  >;
}

/** Ranks rows on every ranked figure and returns the national distribution of each (ranks set in place). */
export function rankFigures(rows: { figures: Record<FigureId, FigureValue> }[]): Record<FigureId, Distribution | null> {
  const out = {} as Record<FigureId, Distribution | null>;
  for (const f of FIGURES) {
    const values = rows.map((r) => r.figures[f.id].value);
    out[f.id] = f.order ? distribution(values) : null;
    if (f.order) ranks(values).forEach((n, i) => (rows[i]!.figures[f.id].rank = n));
  }
  return out;
}

export interface IndicatorValue {
  value: number | null;
  n: number;
  rank: number | null;
  /** The province's own target for the year (or the next year that has one), or null: "không quy định". */
  target: { year: number; operator: Operator; value: number; text: string; source: string } | null;
  meetsTarget: boolean | null;
}

/** A plan's target for an indicator in the year, or the nearest later one (plans set goals for 2025, 2030…). */
export function targetFor(
  m: Pick<ProvinceManifest, 'targets'> | null,
  indicatorId: string,
  year: number,
): Target | null {
  if (!m) return null;
  const own = m.targets.filter((t) => t.indicator === indicatorId && t.year >= year).sort((a, b) => a.year - b.year);
  return own[0] ?? null;
}

export function indicatorValue(sum: { n: number; sum: number } | undefined, target: Target | null): IndicatorValue {
  const value = sum && sum.n > 0 ? sum.sum / sum.n : null;
  return {
    value,
    n: sum?.n ?? 0,
    rank: null,
    target: target
      ? { year: target.year, operator: target.operator, value: target.value, text: target.text, source: target.source }
      : null,
    meetsTarget: target && value !== null ? compare(value, target.operator, target.value) : null,
  };
}

/** Ranks indicator values across rows (a rank indicator ranks the smallest first) and returns each distribution. */
export function rankIndicators(
  rows: { indicators: Record<string, IndicatorValue> }[],
  ids: readonly string[],
): Record<string, Distribution | null> {
  const out: Record<string, Distribution | null> = {};
  for (const id of ids) {
    const values = rows.map((r) => r.indicators[id]?.value ?? null);
    out[id] = distribution(values);
    ranks(values, findIndicator(id)?.higherIsBetter ?? true).forEach((n, i) => {
      const v = rows[i]!.indicators[id];
      if (v) v.rank = n;
    });
  }
  return out;
}

/** The phases a comparison looks at in one province: those ending in the year, optionally one id or kind. */
export function phasesInScope(
  m: Pick<ProvinceManifest, 'phases'>,
  scope: { year: number; phaseId?: string | null; phaseKind?: string | null },
): Phase[] {
  return m.phases.filter(
    (p) =>
      Number(p.period.to.slice(0, 4)) === scope.year &&
      (!scope.phaseId || p.id === scope.phaseId) &&
      (!scope.phaseKind || p.kind === scope.phaseKind),
  );
}

/**
 * Places and use of the quotas with a fixed number in the phases: `used` counts approvals and awards
 * (phase × award form × kind) only under fixed caps, so uncapped awards do not inflate the rate. A combined cap
 * counts once; without one, each kind with a fixed cap counts on its own.
 */
export function quotaUse(
  m: Pick<ProvinceManifest, 'awardForms' | 'quotas'>,
  phases: readonly Pick<Phase, 'id' | 'awardFormIds'>[],
  used: (phaseId: string, awardFormId: string, recipient: Recipient) => number,
): { places: number; used: number } {
  let places = 0;
  let count = 0;
  for (const p of phases) {
    for (const f of phaseQuotaTotals(m, p).forms) {
      if (f.combined.status === 'fixed') {
        places += f.combined.value!;
        count += used(p.id, f.awardFormId, 'collective') + used(p.id, f.awardFormId, 'individual');
        continue;
      }
      for (const [recipient, cap] of [
        ['collective', f.collectives],
        ['individual', f.individuals],
      ] as const) {
        if (cap.status !== 'fixed') continue;
        places += cap.value!;
        count += used(p.id, f.awardFormId, recipient);
      }
    }
  }
  return { places, used: count };
}
