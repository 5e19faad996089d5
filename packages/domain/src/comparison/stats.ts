/**
 * Statistics of the national comparison: where a province stands among the others. Missing values (null) are
 * left out, never read as zero: a province without data is not the worst one.
 */

/** The p-quantile (0 ≤ p ≤ 1) with linear interpolation between order statistics (Excel QUARTILE.INC, R type 7). */
export function quantile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return quantileOfSorted(sorted, p);
}

/** quantile() of values already sorted in ascending order. */
function quantileOfSorted(sorted: readonly number[], p: number): number {
  const at = (sorted.length - 1) * Math.min(1, Math.max(0, p));
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (at - lo);
}

export function median(values: readonly number[]): number | null {
  return quantile(values, 0.5);
}

export interface Distribution {
  /** How many provinces have a value. */
  n: number;
  q1: number;
  median: number;
  q3: number;
}

const present = (v: number | null | undefined): v is number => typeof v === 'number' && Number.isFinite(v);

/** Quartiles of the values present, or null when none is. */
export function distribution(values: readonly (number | null | undefined)[]): Distribution | null {
  const xs = values.filter(present).sort((a, b) => a - b);
  if (xs.length === 0) return null;
  return {
    n: xs.length,
    q1: quantileOfSorted(xs, 0.25),
    median: quantileOfSorted(xs, 0.5),
    q3: quantileOfSorted(xs, 0.75),
  };
}

/**
 * Competition rank ("1224"): 1 + how many values are strictly ahead. `higherFirst` puts the largest value at
 * rank 1 (a rank indicator, where smaller is better, passes false). Null for a missing value.
 */
export function rank(
  value: number | null | undefined,
  values: readonly (number | null | undefined)[],
  higherFirst = true,
): number | null {
  if (!present(value)) return null;
  let ahead = 0;
  for (const v of values) {
    if (!present(v)) continue;
    if (higherFirst ? v > value : v < value) ahead++;
  }
  return ahead + 1;
}

/**
 * rank() of each of the values among them all, sorting once: a comparison ranks 63 provinces on some 40 figures
 * and indicators per request, where comparing every pair would cost 63² each.
 */
export function ranks(values: readonly (number | null | undefined)[], higherFirst = true): (number | null)[] {
  const ahead = (a: number, b: number) => (higherFirst ? a > b : a < b);
  const order = values.filter(present).sort((a, b) => (higherFirst ? b - a : a - b));
  return values.map((v) => {
    if (!present(v)) return null;
    // The first place in `order` whose value is not ahead of v: how many are ahead, by binary search.
    let lo = 0;
    let hi = order.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ahead(order[mid]!, v)) lo = mid + 1;
      else hi = mid;
    }
    return lo + 1;
  });
}

/** A share in percent, or null when there is nothing to divide by (0 of 0 is "no data", not 0 %). */
export function ratio(numerator: number, denominator: number, per = 100): number | null {
  return denominator > 0 ? (numerator / denominator) * per : null;
}
