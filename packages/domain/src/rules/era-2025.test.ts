import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Phase } from '../manifest/schema.js';
import { aggregatingDepartment, inForceOn, tierInForce } from './administration.js';
import { afterEnd, nominationCloses, phaseReportDue } from './calendar.js';
import { maxScore, rankByScore, scoreOf } from './scoring.js';
import { shareCap } from './share.js';

const criterion = fc.record({
  id: fc.uuid(),
  points: fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }),
  weight: fc.option(fc.double({ min: 0.1, max: 5, noNaN: true }), { nil: undefined }),
});

describe('points-based scoring', () => {
  it('scores between 0 and the maximum, and never less when one more criterion is met', () => {
    fc.assert(
      fc.property(fc.array(criterion, { maxLength: 12 }), fc.array(fc.boolean(), { maxLength: 12 }), (cs, flags) => {
        const met = new Set(cs.filter((_, i) => flags[i]).map((c) => c.id));
        const score = scoreOf(cs, met);
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(maxScore(cs) + 1e-9);
        for (const c of cs) expect(scoreOf(cs, new Set([...met, c.id]))).toBeGreaterThanOrEqual(score - 1e-9);
      }),
    );
  });

  it('selects at or above the pass mark and within the top N, ties at the N-th place included, whatever the order', () => {
    const scores = fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 15 });
    const scoring = fc.record({
      passMark: fc.option(fc.integer({ min: 0, max: 20 }), { nil: undefined }),
      rankTop: fc.option(fc.integer({ min: 1, max: 10 }), { nil: undefined }),
      source: fc.constant('III'),
    });
    fc.assert(
      fc.property(scores, scoring, (xs, sc) => {
        const entries = xs.map((score, item) => ({ item, score }));
        const ranked = rankByScore(entries, sc);
        const reversed = rankByScore([...entries].reverse(), sc);
        const chosen = (r: typeof ranked) =>
          r
            .filter((x) => x.selected)
            .map((x) => x.item)
            .sort();
        expect(chosen(ranked)).toEqual(chosen(reversed));
        for (const r of ranked) {
          if (sc.passMark !== undefined && r.score < sc.passMark) expect(r.selected).toBe(false);
          if (sc.rankTop !== undefined && r.rank > sc.rankTop) expect(r.selected).toBe(false);
          const better = ranked.filter((x) => x.score > r.score);
          if (r.selected) expect(better.every((x) => sc.passMark === undefined || x.selected)).toBe(true);
        }
      }),
    );
    expect(
      rankByScore(
        [10, 8, 8, 5].map((score, item) => ({ item, score })),
        { rankTop: 2, source: 'III' },
      ).map((r) => [r.rank, r.selected]),
    ).toEqual([
      [1, true],
      [2, true],
      [2, true],
      [4, false],
    ]);
  });
});

describe('quotas as a share', () => {
  it('never gives more than the share of the base, and grows with the base', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 1, noNaN: true }), fc.integer({ min: 0, max: 10_000 }), (value, base) => {
        const cap = shareCap({ of: 'units', value }, base);
        expect(Number.isInteger(cap)).toBe(true);
        expect(cap).toBeLessThanOrEqual(value * base + 1e-6);
        expect(shareCap({ of: 'units', value }, base + 1)).toBeGreaterThanOrEqual(cap);
      }),
    );
    expect(shareCap({ of: 'units', value: 0.1 }, 30)).toBe(3);
    expect(shareCap({ of: 'nominees', value: 0.2 }, 9)).toBe(1);
  });
});

describe('deadlines relative to a phase end', () => {
  const phase = (to: string, extra: Partial<Phase> = {}): Phase => ({
    id: 'p',
    kind: 'annual',
    name: 'Năm',
    period: { from: '2025-01-01', to },
    awardFormIds: [],
    source: 'III',
    ...extra,
  });

  it('count days after the end, across months and leap years, and never before the end', () => {
    expect(nominationCloses(phase('2025-12-31', { nominationDaysAfterEnd: 15 }))).toBe('2026-01-15');
    expect(phaseReportDue(phase('2028-02-20', { reportDaysAfterEnd: 10 }))).toBe('2028-03-01');
    expect(nominationCloses(phase('2025-06-30', { nominationDeadline: '2025-07-10' }))).toBe('2025-07-10');
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2020-01-01'), max: new Date('2035-12-31'), noInvalidDate: true }),
        fc.integer({ min: 0, max: 400 }),
        (d, days) => {
          const to = d.toISOString().slice(0, 10);
          const due = afterEnd(phase(to), days)!;
          expect(due >= to).toBe(true);
          expect((Date.parse(due) - Date.parse(to)) / 86_400_000).toBe(days);
        },
      ),
    );
  });
});

describe('the 2025 administrative change, by date', () => {
  it('ends the district tier and district-conferred awards on 01/7/2025, and nothing else', () => {
    expect(tierInForce('district', '2025-06-30')).toBe(true);
    expect(tierInForce('district', '2025-07-01')).toBe(false);
    expect(tierInForce('commune', '2026-01-01')).toBe(true);
    const m = {
      criteria: [
        { id: 'a', tier: 'district', kind: 'qualitative', text: 'x', source: 'III' },
        { id: 'b', tier: 'commune', kind: 'qualitative', text: 'x', source: 'III' },
      ] as never,
      awardForms: [{ id: 'gk-huyen', validTo: '2025-06-30' }, { id: 'bk-tinh' }] as never,
      quotas: [
        { phaseId: 'p', awardFormId: 'gk-huyen' },
        { phaseId: 'p', awardFormId: 'bk-tinh' },
      ] as never,
    };
    const before = inForceOn(m, '2025-06-30');
    const after = inForceOn(m, '2025-12-31');
    expect([before.criteria.length, before.awardForms.length, before.quotas.length]).toEqual([2, 2, 2]);
    expect(after.criteria.map((c) => c.id)).toEqual(['b']);
    expect(after.awardForms.map((f) => f.id)).toEqual(['bk-tinh']);
    expect(after.quotas.map((q) => q.awardFormId)).toEqual(['bk-tinh']);
  });

  it('names the Sở KH&CN as the aggregating department from 01/3/2025', () => {
    expect(aggregatingDepartment('2025-02-28').vi).toBe('Sở Thông tin và Truyền thông');
    expect(aggregatingDepartment('2025-03-01').vi).toBe('Sở Khoa học và Công nghệ');
  });
});
