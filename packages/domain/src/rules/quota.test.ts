import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Quota } from '../manifest/schema.js';
import { checkQuota, EMPTY_USAGE, quotaRemaining, quotaTotal, type QuotaUsage } from './quota.js';

const base = { phaseId: 'p', awardFormId: 'f', source: 'IV' };
const usage = (collectives: number, individuals: number, unitC = 0, unitI = 0): QuotaUsage => ({
  collectives,
  individuals,
  ofUnit: { collectives: unitC, individuals: unitI },
});

describe('checkQuota', () => {
  it('keeps separate caps for collectives and individuals ("không quá 08 tập thể và 08 cá nhân")', () => {
    const q: Quota = { ...base, maxCollectives: 8, maxIndividuals: 8 };
    expect(checkQuota(q, usage(7, 8), 'collective')).toEqual({ ok: true });
    expect(checkQuota(q, usage(8, 0), 'collective')).toEqual({ ok: false, reason: 'collectives', limit: 8 });
    expect(checkQuota(q, usage(0, 8), 'individual')).toEqual({ ok: false, reason: 'individuals', limit: 8 });
  });

  it('applies a combined cap to both kinds ("tối đa 05 tập thể, cá nhân")', () => {
    const q: Quota = { ...base, maxCombined: 5 };
    expect(checkQuota(q, usage(2, 2), 'individual').ok).toBe(true);
    expect(checkQuota(q, usage(3, 2), 'collective')).toEqual({ ok: false, reason: 'combined', limit: 5 });
  });

  it('limits each nominating unit ("mỗi cơ quan… 01 tập thể và 01 cá nhân") only when asked for the unit scope', () => {
    const q: Quota = { ...base, perNominatingUnit: { collectives: 1, individuals: 1 } };
    expect(checkQuota(q, usage(5, 5, 1, 0), 'collective', 'unit')).toEqual({
      ok: false,
      reason: 'unit-collectives',
      limit: 1,
    });
    expect(checkQuota(q, usage(5, 5, 1, 0), 'individual', 'unit')).toEqual({ ok: true });
    expect(checkQuota(q, usage(5, 5, 1, 0), 'collective', 'totals')).toEqual({ ok: true });
  });

  it('has no fixed cap when the head of unit decides, or when there is no quota', () => {
    const q: Quota = { ...base, decidedByHead: true };
    expect(checkQuota(q, usage(1000, 1000, 50, 50), 'collective')).toEqual({ ok: true });
    expect(checkQuota(undefined, usage(1000, 1000), 'individual')).toEqual({ ok: true });
  });

  const quotaArb = fc
    .record({
      maxCollectives: fc.option(fc.nat(20), { nil: undefined }),
      maxIndividuals: fc.option(fc.nat(20), { nil: undefined }),
      maxCombined: fc.option(fc.nat(30), { nil: undefined }),
    })
    .map((caps) => ({ ...base, ...caps }) as Quota);
  const kindsArb = fc.array(fc.constantFrom('collective' as const, 'individual' as const), { maxLength: 80 });

  it('never lets approvals exceed any cap, however requests arrive (property)', () => {
    fc.assert(
      fc.property(quotaArb, kindsArb, (q, kinds) => {
        let u = EMPTY_USAGE;
        for (const k of kinds) {
          if (!checkQuota(q, u, k).ok) continue;
          u = k === 'collective' ? { ...u, collectives: u.collectives + 1 } : { ...u, individuals: u.individuals + 1 };
        }
        if (q.maxCollectives !== undefined) expect(u.collectives).toBeLessThanOrEqual(q.maxCollectives);
        if (q.maxIndividuals !== undefined) expect(u.individuals).toBeLessThanOrEqual(q.maxIndividuals);
        if (q.maxCombined !== undefined) expect(u.collectives + u.individuals).toBeLessThanOrEqual(q.maxCombined);
      }),
    );
  });

  it('fills every cap exactly when enough requests arrive (property)', () => {
    fc.assert(
      fc.property(quotaArb, (q) => {
        let u = EMPTY_USAGE;
        for (let i = 0; i < 100; i++) {
          for (const k of ['collective', 'individual'] as const) {
            if (checkQuota(q, u, k).ok)
              u =
                k === 'collective'
                  ? { ...u, collectives: u.collectives + 1 }
                  : { ...u, individuals: u.individuals + 1 };
          }
        }
        const total = quotaTotal(q);
        if (q.maxCombined !== undefined)
          expect(u.collectives + u.individuals).toBe(
            Math.min(q.maxCombined, (q.maxCollectives ?? Infinity) + (q.maxIndividuals ?? Infinity)),
          );
        else {
          if (total.collectives !== null) expect(u.collectives).toBe(total.collectives);
          if (total.individuals !== null) expect(u.individuals).toBe(total.individuals);
        }
      }),
    );
  });

  it('agrees with quotaRemaining: a kind is refused exactly when nothing remains for it (property)', () => {
    fc.assert(
      fc.property(quotaArb, fc.nat(25), fc.nat(25), (q, c, i) => {
        const left = quotaRemaining(q, { collectives: c, individuals: i });
        for (const k of ['collective', 'individual'] as const) {
          const room = k === 'collective' ? left.collectives : left.individuals;
          expect(checkQuota(q, usage(c, i), k).ok).toBe(room === null || room > 0);
        }
      }),
    );
  });
});

describe('quotaTotal', () => {
  it('adds separate caps into a combined total, and reports uncapped quotas as null', () => {
    expect(quotaTotal({ ...base, maxCollectives: 8, maxIndividuals: 8 })).toEqual({
      collectives: 8,
      individuals: 8,
      combined: 16,
    });
    expect(quotaTotal({ ...base, maxCombined: 5 })).toEqual({ collectives: null, individuals: null, combined: 5 });
    expect(quotaTotal({ ...base, decidedByHead: true })).toEqual({
      collectives: null,
      individuals: null,
      combined: null,
    });
  });
});
