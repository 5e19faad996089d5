import type { Quota, Recipient } from '../manifest/schema.js';

/** What a phase × award form has used so far: approved (or decided) nominations, counted by kind. */
export interface QuotaUsage {
  collectives: number;
  individuals: number;
  /** The same counts for the nominating unit of the candidate. */
  ofUnit: { collectives: number; individuals: number };
}

export interface QuotaRefusal {
  ok: false;
  reason: 'collectives' | 'individuals' | 'combined' | 'unit-collectives' | 'unit-individuals' | 'unit-combined';
  limit: number;
}

export type QuotaCheck = { ok: true } | QuotaRefusal;

export const EMPTY_USAGE: QuotaUsage = { collectives: 0, individuals: 0, ofUnit: { collectives: 0, individuals: 0 } };

/**
 * May one more nominee of this kind be approved? Every cap of the quota must still have room; a quota
 * "decided by the head of unit" (or no quota at all) has no fixed cap. `scope` picks the caps: the province-wide
 * totals (checked at approval and at decision), the nominating unit's limit (checked at submission), or both.
 */
export function checkQuota(
  quota: Quota | undefined,
  usage: QuotaUsage,
  recipient: Recipient,
  scope: 'totals' | 'unit' | 'all' = 'all',
): QuotaCheck {
  if (!quota || quota.decidedByHead) return { ok: true };
  const collective = recipient === 'collective';
  const unit = quota.perNominatingUnit;
  const totals: Cap[] = [
    [
      collective ? 'collectives' : 'individuals',
      collective ? quota.maxCollectives : quota.maxIndividuals,
      collective ? usage.collectives : usage.individuals,
    ],
    ['combined', quota.maxCombined, usage.collectives + usage.individuals],
  ];
  const perUnit: Cap[] = [
    [
      collective ? 'unit-collectives' : 'unit-individuals',
      collective ? unit?.collectives : unit?.individuals,
      collective ? usage.ofUnit.collectives : usage.ofUnit.individuals,
    ],
    ['unit-combined', unit?.combined, usage.ofUnit.collectives + usage.ofUnit.individuals],
  ];
  const caps = scope === 'totals' ? totals : scope === 'unit' ? perUnit : [...totals, ...perUnit];
  for (const [reason, limit, used] of caps) {
    if (limit !== undefined && used + 1 > limit) return { ok: false, reason, limit };
  }
  return { ok: true };
}

type Cap = [QuotaRefusal['reason'], number | undefined, number];

/** Room left under a quota for each kind, or null where no fixed cap applies (the quota meter). */
export function quotaRemaining(
  quota: Quota | undefined,
  usage: Pick<QuotaUsage, 'collectives' | 'individuals'>,
): { collectives: number | null; individuals: number | null; combined: number | null } {
  if (!quota || quota.decidedByHead) return { collectives: null, individuals: null, combined: null };
  const left = (cap: number | undefined, used: number) => (cap === undefined ? null : Math.max(0, cap - used));
  const combined = left(quota.maxCombined, usage.collectives + usage.individuals);
  const cap = (own: number | null) => (own === null ? combined : combined === null ? own : Math.min(own, combined));
  return {
    collectives: cap(left(quota.maxCollectives, usage.collectives)),
    individuals: cap(left(quota.maxIndividuals, usage.individuals)),
    combined,
  };
}

/** The most awards a quota can produce, or null when uncapped (used by the national comparison). */
export function quotaTotal(quota: Quota): {
  collectives: number | null;
  individuals: number | null;
  combined: number | null;
} {
  if (quota.decidedByHead) return { collectives: null, individuals: null, combined: null };
  const c = quota.maxCollectives ?? null;
  const i = quota.maxIndividuals ?? null;
  const combined = quota.maxCombined ?? (c !== null && i !== null ? c + i : null);
  return { collectives: c, individuals: i, combined };
}

/** Vietnamese explanation of a refusal, for the 409 a user sees. */
export function describeQuotaRefusal(r: QuotaRefusal, awardForm: string, phase: string): string {
  const what: Record<QuotaRefusal['reason'], string> = {
    collectives: 'tập thể',
    individuals: 'cá nhân',
    combined: 'tập thể và cá nhân',
    'unit-collectives': 'tập thể cho mỗi đơn vị đề nghị',
    'unit-individuals': 'cá nhân cho mỗi đơn vị đề nghị',
    'unit-combined': 'tập thể, cá nhân cho mỗi đơn vị đề nghị',
  };
  return `Đã hết chỉ tiêu: "${awardForm}" trong "${phase}" không quá ${String(r.limit).padStart(2, '0')} ${what[r.reason]}.`;
}
