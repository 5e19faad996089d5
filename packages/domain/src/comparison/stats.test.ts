import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { distribution, median, quantile, rank, ranks, ratio } from './stats.js';

describe('median and quartiles', () => {
  it('interpolates between order statistics like Excel QUARTILE.INC', () => {
    // sorted 1 2 3 4: median at (4-1)·0.5 = 1.5 → 2 + 0.5·(3-2) = 2.5; q1 at 0.75 → 1 + 0.75·1 = 1.75; q3 at 2.25 → 3.25
    expect(distribution([4, 1, 3, 2])).toEqual({ n: 4, q1: 1.75, median: 2.5, q3: 3.25 });
    // sorted 10 20 30 40 50: q1 at index 1 = 20, median at 2 = 30, q3 at 3 = 40
    expect(distribution([50, 10, 40, 20, 30])).toEqual({ n: 5, q1: 20, median: 30, q3: 40 });
    expect(median([7])).toBe(7);
  });

  it('leaves out missing values instead of counting them as zero', () => {
    expect(distribution([null, 80, undefined, 60])).toEqual({ n: 2, q1: 65, median: 70, q3: 75 });
    expect(distribution([null, null])).toBeNull();
    expect(quantile([], 0.5)).toBeNull();
  });

  it('keeps q1 ≤ median ≤ q3 within the range of the values (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 60 }), (xs) => {
        const d = distribution(xs)!;
        expect(d.q1).toBeLessThanOrEqual(d.median);
        expect(d.median).toBeLessThanOrEqual(d.q3);
        expect(d.q1).toBeGreaterThanOrEqual(Math.min(...xs));
        expect(d.q3).toBeLessThanOrEqual(Math.max(...xs));
      }),
    );
  });
});

describe('rank', () => {
  it('gives ties the same rank and skips the next ("1224")', () => {
    const xs = [90, 80, 80, 70];
    expect(xs.map((x) => rank(x, xs))).toEqual([1, 2, 2, 4]);
  });

  it('ranks the smallest first when smaller is better, and gives no rank to a missing value', () => {
    const xs = [3, null, 1, 2];
    expect(rank(1, xs, false)).toBe(1);
    expect(rank(3, xs, false)).toBe(3);
    expect(rank(null, xs)).toBeNull();
  });

  it('ranks within 1..n of the values present (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.integer({ min: 0, max: 20 }), { nil: null }), { minLength: 1, maxLength: 40 }),
        (xs) => {
          const present = xs.filter((x) => x !== null).length;
          for (const x of xs) {
            const r = rank(x, xs);
            if (x === null) expect(r).toBeNull();
            else {
              expect(r).toBeGreaterThanOrEqual(1);
              expect(r).toBeLessThanOrEqual(present);
            }
          }
        },
      ),
    );
  });
});

describe('ranks', () => {
  it('gives every value the rank that rank() gives it, either way round (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.double({ min: -5, max: 5, noNaN: true }), { nil: null }), { maxLength: 70 }),
        fc.boolean(),
        (xs, higherFirst) => {
          expect(ranks(xs, higherFirst)).toEqual(xs.map((x) => rank(x, xs, higherFirst)));
        },
      ),
    );
    expect(ranks([90, null, 80, 80, 70])).toEqual([1, null, 2, 2, 4]);
  });
});

describe('ratio', () => {
  it('is null when the denominator is zero, and scales per 100 or per 1,000', () => {
    expect(ratio(3, 12)).toBe(25);
    expect(ratio(3, 600, 1000)).toBe(5);
    expect(ratio(0, 0)).toBeNull();
  });
});
