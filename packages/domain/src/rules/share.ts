import type { Quota } from '../manifest/schema.js';

/**
 * A quota given as a share ("không quá 20% số đơn vị"): the number of places for a base (the units taking part, or
 * the nominees put forward), rounded down — a share never gives more than it says (20 % of 9 units is 1 place, not
 * 2). A base of 0 gives no place.
 */
export function shareCap(share: NonNullable<Quota['share']>, base: number): number {
  // The epsilon keeps 0.1 × 30 at 3 despite floating point.
  return Math.max(0, Math.floor(share.value * Math.max(0, base) + 1e-9));
}

/**
 * The quota as counted for a base: its share becomes a cap on the combined total (collectives and individuals
 * together), alongside any fixed cap the plan also gives — the tighter one holds. Without a share it is unchanged.
 */
export function quotaWithShare(quota: Quota, base: number): Quota {
  if (!quota.share) return quota;
  const cap = shareCap(quota.share, base);
  return { ...quota, maxCombined: quota.maxCombined === undefined ? cap : Math.min(quota.maxCombined, cap) };
}

/** How a share's places were counted, for the quota meter and the council: the share, its base and the places. */
export interface ShareCount {
  of: NonNullable<Quota['share']>['of'];
  value: number;
  base: number;
  cap: number;
}

/** The share of a quota counted for a base, or null when the quota has no share (see shareCap). */
export function shareCount(quota: Quota | undefined, base: number): ShareCount | null {
  if (!quota?.share) return null;
  return { of: quota.share.of, value: quota.share.value, base, cap: shareCap(quota.share, base) };
}

/** How a share's places were counted, for a refusal: "20% của 12 đơn vị tham gia = 2 (làm tròn xuống)". */
export function describeShare(share: NonNullable<Quota['share']>, base: number): string {
  const pct = Math.round(share.value * 10_000) / 100;
  const of = share.of === 'units' ? 'đơn vị tham gia' : 'tập thể, cá nhân được đề nghị';
  return `${String(pct).replace('.', ',')}% của ${base} ${of} = ${shareCap(share, base)} (làm tròn xuống)`;
}
