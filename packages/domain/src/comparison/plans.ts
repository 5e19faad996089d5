import { findIndicator, INDICATORS, type Indicator } from '../catalogue/indicators.js';
import {
  type AwardForm,
  type Operator,
  type PhaseKind,
  type ProvinceManifest,
  type Recipient,
  type SilentField,
  type Tier,
  TIERS,
} from '../manifest/schema.js';
import { isNotStated, NOT_STATED, notStatedFields } from '../manifest/silence.js';
import { compareVietnamese } from '../text/collation.js';
import { type PhaseQuotaTotals, phaseQuotaTotals } from './quota-totals.js';

/** What is shown where a plan says nothing: never a guessed value. */
export const NOT_SET = { vi: 'không quy định', en: 'not set' } as const;

export const PHASE_KIND_LABELS: Record<PhaseKind, { vi: string; en: string }> = {
  launch: { vi: 'Phát động', en: 'Launch' },
  annual: { vi: 'Khen thưởng hằng năm', en: 'Annual awards' },
  'interim-review': { vi: 'Sơ kết', en: 'Interim review' },
  'final-review': { vi: 'Tổng kết', en: 'Final review' },
};

export interface PlanPhase {
  id: string;
  kind: PhaseKind;
  name: string;
  stageId: string | null;
  from: string;
  to: string;
  periodText: string | null;
  nominationDeadline: string | null;
  reportDeadline: string | null;
  awardFormIds: string[];
  quota: PhaseQuotaTotals;
  source: string;
}

export interface TierCriteria {
  tier: Tier;
  /** The plan lists the tier among those who compete. */
  takesPart: boolean;
  /** Criteria for the tier; null when the tier is not in the plan at all ("không quy định") or the plan does not state criteria ("chưa quy định", see `notStated`). */
  count: number | null;
  qualitative: number;
  threshold: number;
  rank: number;
}

export interface PlanSummary {
  slug: string;
  name: string;
  mergedInto: { slug: string; name: string; date: string } | null;
  plan: { number: string | null; date: string | null; dateText: string | null };
  movement: string;
  span: { from: string; to: string; years: number };
  stages: { id: string; name: string; from: string; to: string }[];
  phases: PlanPhase[];
  awardForms: {
    id: string;
    name: string;
    conferredBy: string;
    level: AwardForm['level'];
    recipients: Recipient[];
    tiers: Tier[] | null;
  }[];
  awardFormsByLevel: Record<AwardForm['level'], number>;
  criteriaByTier: TierCriteria[];
  /** What the plan does not state ("chưa quy định"); an empty list elsewhere means the plan says none. */
  notStated: SilentField[];
  reportDeadlines: { everyYear: string | null; date: string | null; text: string }[];
}

/** One bar a plan sets on a catalogue indicator: a criterion's threshold or rank, or a target for a year. */
export interface PlanBar {
  value: number;
  operator: Operator | 'top';
  tier: Tier | null;
  year: number | null;
  text: string;
  source: string;
}

/** The value one province sets for a measure; null (and `text` = "không quy định") when its plan sets none. */
export interface PlanMeasureCell {
  slug: string;
  value: number | null;
  operator: Operator | 'top' | null;
  text: string;
  /** Every bar of the plan for this measure (several tiers may have one); the first is `value`. */
  bars: PlanBar[];
}

export interface PlanMeasureRow {
  indicatorId: string;
  indicator: Pick<Indicator, 'name' | 'nameEn' | 'unit' | 'level' | 'higherIsBetter'> | null;
  /** threshold / rank = criteria for units; target = the province's own goal for `year`. */
  measure: 'threshold' | 'rank' | 'target';
  year: number | null;
  cells: PlanMeasureCell[];
}

export interface PlanComparison {
  provinces: PlanSummary[];
  measures: PlanMeasureRow[];
}

/**
 * Plans side by side: span, stages, phases with their dates and quota totals, award forms, criteria per tier,
 * and every numeric bar mapped to the national indicator catalogue. Provinces in Vietnamese order.
 */
export function comparePlans(manifests: readonly ProvinceManifest[]): PlanComparison {
  const sorted = [...manifests].sort((a, b) => compareVietnamese(a.name, b.name));
  return { provinces: sorted.map(summarisePlan), measures: measureRows(sorted) };
}

export function summarisePlan(m: ProvinceManifest): PlanSummary {
  const years = Number(m.movement.span.to.slice(0, 4)) - Number(m.movement.span.from.slice(0, 4)) + 1;
  const byLevel = { state: 0, government: 0, province: 0, unit: 0 };
  for (const f of m.awardForms) byLevel[f.level]++;
  return {
    slug: m.slug,
    name: m.name,
    mergedInto: m.mergedInto ? { slug: m.mergedInto.slug, name: m.mergedInto.name, date: m.mergedInto.date } : null,
    plan: { number: m.plan.number, date: m.plan.date, dateText: m.plan.dateText ?? null },
    movement: m.movement.name,
    span: { ...m.movement.span, years },
    stages: m.movement.stages.map(({ id, name, from, to }) => ({ id, name, from, to })),
    phases: [...m.phases]
      .sort((a, b) => a.period.from.localeCompare(b.period.from))
      .map((p) => ({
        id: p.id,
        kind: p.kind,
        name: p.name,
        stageId: p.stageId ?? null,
        from: p.period.from,
        to: p.period.to,
        periodText: p.periodText ?? null,
        nominationDeadline: p.nominationDeadline ?? null,
        reportDeadline: p.reportDeadline ?? null,
        awardFormIds: p.awardFormIds,
        quota: phaseQuotaTotals(m, p),
        source: p.source,
      })),
    awardForms: m.awardForms.map((f) => ({
      id: f.id,
      name: f.name,
      conferredBy: f.conferredBy,
      level: f.level,
      recipients: f.recipients,
      tiers: f.tiers ?? null,
    })),
    awardFormsByLevel: byLevel,
    criteriaByTier: TIERS.map((tier) => {
      const own = m.criteria.filter((c) => c.tier === tier);
      const takesPart = m.tiers.some((t) => t.tier === tier);
      const n = (k: string) => own.filter((c) => c.kind === k).length;
      return {
        tier,
        takesPart,
        count: (takesPart || own.length > 0) && !isNotStated(m, 'criteria') ? own.length : null,
        qualitative: n('qualitative'),
        threshold: n('threshold'),
        rank: n('rank'),
      };
    }),
    notStated: notStatedFields(m),
    reportDeadlines: m.workflow.reportDeadlines.map((d) => ({
      everyYear: d.everyYear ?? null,
      date: d.date ?? null,
      text: d.text,
    })),
  };
}

type Keyed = PlanBar & { slug: string; indicatorId: string; measure: PlanMeasureRow['measure'] };

function barsOf(m: ProvinceManifest): Keyed[] {
  const out: Keyed[] = [];
  for (const c of m.criteria) {
    if (!c.indicator || c.threshold === undefined || c.kind === 'qualitative') continue;
    const measure = c.kind === 'rank' ? 'rank' : 'threshold';
    out.push({
      slug: m.slug,
      indicatorId: c.indicator,
      measure,
      value: c.threshold,
      operator: c.kind === 'rank' ? 'top' : (c.operator ?? '>='),
      tier: c.tier,
      year: null,
      text: c.text,
      source: c.source,
    });
  }
  for (const t of m.targets) {
    out.push({
      slug: m.slug,
      indicatorId: t.indicator,
      measure: 'target',
      value: t.value,
      operator: t.operator,
      tier: null,
      year: t.year,
      text: t.text,
      source: t.source,
    });
  }
  return out;
}

/** An empty cell reads "chưa quy định" where the plan leaves its criteria unsaid, "không quy định" where it sets none. */
const unsaid = (m: ProvinceManifest, measure: PlanMeasureRow['measure']) =>
  measure !== 'target' && isNotStated(m, 'criteria') ? NOT_STATED.vi : NOT_SET.vi;

const MEASURE_ORDER = { threshold: 0, rank: 1, target: 2 } as const;
const catalogueOrder = (id: string) => {
  const i = INDICATORS.findIndex((x) => x.id === id);
  return i < 0 ? INDICATORS.length : i;
};

/** One row per indicator × measure (× year for targets) that any plan sets; a cell for every province. */
function measureRows(manifests: readonly ProvinceManifest[]): PlanMeasureRow[] {
  const all = manifests.flatMap(barsOf);
  const rows = new Map<string, PlanMeasureRow>();
  for (const b of all) {
    const key = `${b.indicatorId}|${b.measure}|${b.year ?? ''}`;
    if (rows.has(key)) continue;
    const found = findIndicator(b.indicatorId);
    const indicator = found
      ? {
          name: found.name,
          nameEn: found.nameEn,
          unit: found.unit,
          level: found.level,
          higherIsBetter: found.higherIsBetter,
        }
      : null;
    const cells = manifests.map((m): PlanMeasureCell => {
      const bars = all
        .filter((x) => x.slug === m.slug && `${x.indicatorId}|${x.measure}|${x.year ?? ''}` === key)
        .map(({ slug: _s, indicatorId: _i, measure: _m, ...bar }) => bar);
      const first = bars[0];
      return first
        ? { slug: m.slug, value: first.value, operator: first.operator, text: first.text, bars }
        : { slug: m.slug, value: null, operator: null, text: unsaid(m, b.measure), bars: [] };
    });
    rows.set(key, { indicatorId: b.indicatorId, indicator, measure: b.measure, year: b.year, cells });
  }
  return [...rows.values()].sort(
    (a, b) =>
      catalogueOrder(a.indicatorId) - catalogueOrder(b.indicatorId) ||
      a.indicatorId.localeCompare(b.indicatorId) ||
      MEASURE_ORDER[a.measure] - MEASURE_ORDER[b.measure] ||
      (a.year ?? 0) - (b.year ?? 0),
  );
}
