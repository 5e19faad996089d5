import type { Criterion, Operator } from '../manifest/schema.js';

/** What is known about a nominee when its criteria are checked. */
export interface CriteriaInputs {
  /** Indicator id → the unit's value in the period (e.g. its DTI score). */
  readings: ReadonlyMap<string, number>;
  /** Indicator id → the unit's rank among its peers (1 = best). */
  ranks?: ReadonlyMap<string, number>;
  /** Criterion id → a reviewer's verdict on a qualitative criterion. */
  verdicts: ReadonlyMap<string, { passed: boolean; by: string; at: string; comment?: string }>;
}

export type CriterionStatus = 'passed' | 'failed' | 'pending';

export interface CriterionResult {
  criterionId: string;
  kind: Criterion['kind'];
  status: CriterionStatus;
  /** The value used (a reading or a rank), where numeric. */
  value?: number;
  /** Why, in Vietnamese, as shown to appraisers. */
  detail: string;
  by?: string;
  at?: string;
}

export function compare(value: number, op: Operator, bar: number): boolean {
  switch (op) {
    case '>=':
      return value >= bar;
    case '>':
      return value > bar;
    case '<=':
      return value <= bar;
    case '<':
      return value < bar;
    case '=':
      return value === bar;
  }
}

const opText: Record<Operator, string> = { '>=': 'từ', '>': 'trên', '<=': 'không quá', '<': 'dưới', '=': 'bằng' };

/** Judges one criterion: numeric ones from readings or ranks, qualitative ones from a reviewer's verdict. */
export function evaluateCriterion(c: Criterion, inputs: CriteriaInputs): CriterionResult {
  const base = { criterionId: c.id, kind: c.kind };
  if (c.kind === 'qualitative') {
    const v = inputs.verdicts.get(c.id);
    if (!v) return { ...base, status: 'pending', detail: 'Chờ người thẩm định đánh giá' };
    return {
      ...base,
      status: v.passed ? 'passed' : 'failed',
      detail: v.comment ?? (v.passed ? 'Đạt' : 'Không đạt'),
      by: v.by,
      at: v.at,
    };
  }
  const indicator = c.indicator ?? '';
  const bar = c.threshold ?? 0;
  if (c.kind === 'rank') {
    const rank = inputs.ranks?.get(indicator);
    if (rank === undefined) return { ...base, status: 'pending', detail: `Chưa có thứ hạng cho chỉ số "${indicator}"` };
    const passed = rank <= bar;
    return {
      ...base,
      status: passed ? 'passed' : 'failed',
      value: rank,
      detail: `Xếp hạng ${rank}, yêu cầu trong ${bar} đơn vị dẫn đầu`,
    };
  }
  const value = inputs.readings.get(indicator);
  if (value === undefined) return { ...base, status: 'pending', detail: `Chưa có số liệu chỉ số "${indicator}"` };
  const op = c.operator ?? '>=';
  const passed = compare(value, op, bar);
  return {
    ...base,
    status: passed ? 'passed' : 'failed',
    value,
    detail: `Đạt ${value}${c.unit ?? ''}, yêu cầu ${opText[op]} ${bar}${c.unit ?? ''}`,
  };
}

export interface CriteriaOutcome {
  status: CriterionStatus;
  results: CriterionResult[];
}

/** All criteria must pass; any failure fails the nominee; otherwise anything unknown leaves it pending. */
export function evaluateCriteria(criteria: readonly Criterion[], inputs: CriteriaInputs): CriteriaOutcome {
  const results = criteria.map((c) => evaluateCriterion(c, inputs));
  const status: CriterionStatus = results.some((r) => r.status === 'failed')
    ? 'failed'
    : results.some((r) => r.status === 'pending')
      ? 'pending'
      : 'passed';
  return { status, results };
}

/** The criteria that apply to a nominee of a tier and kind. */
export function criteriaFor(
  criteria: readonly Criterion[],
  tier: Criterion['tier'],
  recipient: 'collective' | 'individual',
): Criterion[] {
  return criteria.filter((c) => c.tier === tier && (!c.recipient || c.recipient === recipient));
}
