import type { Quota } from '../manifest/schema.js';

/**
 * A quota given as a share ("không quá 20% số đơn vị"): the number of places for a base (the units taking part, or
 * the nominees put forward), rounded down — a share never gives more than it says.
 */
export function shareCap(share: NonNullable<Quota['share']>, base: number): number {
  // The epsilon keeps 0.1 × 30 at 3 despite floating point.
  return Math.max(0, Math.floor(share.value * Math.max(0, base) + 1e-9));
}
