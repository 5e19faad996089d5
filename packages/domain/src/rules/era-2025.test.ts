import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Phase } from '../manifest/schema.js';
import {
  aggregatingDepartment,
  districtLevelRefusal,
  DISTRICT_LEVEL_ENDS,
  inForceOn,
  nominationRuleDate,
  tierInForce,
  unitEndedOn,
} from './administration.js';
import { afterEnd, nominationCloses, phaseReportDue } from './calendar.js';
import { maxScore, rankByScore, scoreOf, scoreRefusal, scoreSummary } from './scoring.js';
import { describeShare, quotaWithShare, shareCap, shareCount } from './share.js';
import { checkQuota, EMPTY_USAGE } from './quota.js';

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

describe("a nominee's score against the pass mark", () => {
  const criteria = [
    { id: 'a', points: 40 },
    { id: 'b', points: 30, weight: 2 },
    { id: 'c', points: 10 },
  ];
  it('counts only criteria judged passed, and refuses below the pass mark or outside the N best', () => {
    const s = scoreSummary(
      criteria,
      [
        { criterionId: 'a', status: 'passed' },
        { criterionId: 'b', status: 'failed' },
      ],
      { passMark: 50, source: 'III' },
    );
    expect(s).toEqual({ value: 40, max: 110, passMark: 50, rankTop: null, pending: 1, reachesPassMark: false });
    expect(scoreRefusal(s)).toContain('chưa đạt mức 50 điểm');
    const top = scoreSummary(criteria, [{ criterionId: 'b', status: 'passed' }], { rankTop: 2, source: 'III' });
    expect(top.reachesPassMark).toBeNull();
    expect(scoreRefusal(top, 2)).toBeNull();
    expect(scoreRefusal(top, 3)).toContain('ngoài 2');
  });

  it('agrees with scoreOf whatever is judged, and reaches the pass mark exactly when the score does', () => {
    const status = fc.constantFrom('passed', 'failed', 'pending');
    fc.assert(
      fc.property(fc.array(status, { minLength: 3, maxLength: 3 }), fc.integer({ min: 0, max: 120 }), (st, mark) => {
        const checks = criteria.map((c, i) => ({ criterionId: c.id, status: st[i]! }));
        const s = scoreSummary(criteria, checks, { passMark: mark, source: 'III' });
        const met = new Set(checks.filter((c) => c.status === 'passed').map((c) => c.criterionId));
        expect(s.value).toBe(scoreOf(criteria, met));
        expect(s.reachesPassMark).toBe(s.value >= mark);
        expect(scoreRefusal(s) === null).toBe(s.value >= mark);
        expect(s.pending).toBe(st.filter((x) => x === 'pending').length);
      }),
    );
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

  it('caps the combined places at the share, never looser than a fixed cap, and refuses the place past it', () => {
    const quota = fc.record({
      maxCombined: fc.option(fc.integer({ min: 0, max: 50 }), { nil: undefined }),
      maxCollectives: fc.option(fc.integer({ min: 0, max: 50 }), { nil: undefined }),
      share: fc.option(
        fc.record({
          of: fc.constantFrom('units' as const, 'nominees' as const),
          value: fc.double({ min: 0.01, max: 1, noNaN: true }),
        }),
        { nil: undefined },
      ),
    });
    fc.assert(
      fc.property(quota, fc.integer({ min: 0, max: 500 }), fc.integer({ min: 0, max: 60 }), (q, base, used) => {
        const full = { phaseId: 'p', awardFormId: 'f', source: 'III', ...q };
        const counted = quotaWithShare(full, base);
        if (!q.share) {
          expect(counted).toBe(full);
          return;
        }
        const cap = shareCap(q.share, base);
        expect(counted.maxCombined).toBe(q.maxCombined === undefined ? cap : Math.min(q.maxCombined, cap));
        expect(counted.maxCombined!).toBeLessThanOrEqual(q.share.value * base + 1e-6);
        const usage = { ...EMPTY_USAGE, collectives: used };
        const ok = checkQuota(counted, usage, 'individual', 'totals').ok;
        if (used + 1 > cap) expect(ok).toBe(false);
        if (checkQuota(counted, usage, 'individual', 'totals').ok)
          expect(checkQuota(full, usage, 'individual', 'totals').ok).toBe(true);
      }),
    );
    // "không quá 20% số đơn vị": 12 units give 2 places (2.4 rounded down).
    const q = { phaseId: 'p', awardFormId: 'f', share: { of: 'units' as const, value: 0.2 }, source: 'III' };
    expect(checkQuota(quotaWithShare(q, 12), { ...EMPTY_USAGE, collectives: 1 }, 'collective').ok).toBe(true);
    expect(describeShare(q.share, 12)).toBe('20% của 12 đơn vị tham gia = 2 (làm tròn xuống)');
    expect(checkQuota(quotaWithShare(q, 12), { ...EMPTY_USAGE, collectives: 2 }, 'collective')).toMatchObject({
      ok: false,
      reason: 'combined',
      limit: 2,
    });
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

describe('nominations on the two-tier map', () => {
  const anyDay = fc
    .integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 11, 31) })
    .map((t) => new Date(t).toISOString().slice(0, 10));

  it('judges a nomination on the later of today and its phase end', () => {
    fc.assert(
      fc.property(anyDay, anyDay, (today, end) => {
        const d = nominationRuleDate({ period: { from: '2020-01-01', to: end } }, today);
        expect(d >= today && d >= end).toBe(true);
        expect([today, end]).toContain(d);
      }),
    );
  });

  it('refuses the district tier and district-only or ended award forms from 01/7/2025, citing Luật 72/2025/QH15', () => {
    fc.assert(
      fc.property(anyDay, (day) => {
        const refusal = districtLevelRefusal({ tier: 'district' }, day);
        expect(refusal !== null).toBe(day >= DISTRICT_LEVEL_ENDS);
        expect(districtLevelRefusal({ tier: 'commune' }, day)).toBeNull();
      }),
    );
    const message = districtLevelRefusal({ tier: 'district' }, '2025-07-01')!;
    expect(message).toContain('72/2025/QH15');
    expect(message).toContain('hai cấp');
    const giayKhen = { name: 'Giấy khen của Chủ tịch UBND huyện', validTo: '2025-06-30' };
    expect(districtLevelRefusal({ awardForm: giayKhen }, '2025-06-30')).toBeNull();
    expect(districtLevelRefusal({ awardForm: giayKhen }, '2025-07-01')).toContain('Giấy khen của Chủ tịch UBND huyện');
    const districtOnly = { name: 'Cờ thi đua cấp huyện', tiers: ['district' as const] };
    expect(districtLevelRefusal({ awardForm: districtOnly }, '2025-08-01')).not.toBeNull();
    expect(
      districtLevelRefusal({ awardForm: { ...districtOnly, tiers: ['district', 'commune'] } }, '2025-08-01'),
    ).toBeNull();
  });

  it('ends a unit on the first day it no longer operates', () => {
    expect(unitEndedOn({ validTo: '2025-07-01' }, '2025-06-30')).toBe(false);
    expect(unitEndedOn({ validTo: '2025-07-01' }, '2025-07-01')).toBe(true);
    expect(unitEndedOn({ validTo: null }, '2040-01-01')).toBe(false);
  });
});

describe('how a share was counted, for the meter', () => {
  it('gives the places the approval enforces, and nothing without a share', () => {
    const q = { phaseId: 'p', awardFormId: 'f', share: { of: 'units' as const, value: 0.2 }, source: 'III' };
    expect(shareCount(q, 12)).toEqual({ of: 'units', value: 0.2, base: 12, cap: 2 });
    expect(shareCount(q, 12)!.cap).toBe(quotaWithShare(q, 12).maxCombined);
    expect(shareCount({ phaseId: 'p', awardFormId: 'f', maxCombined: 3, source: 'III' }, 12)).toBeNull();
    expect(shareCount(undefined, 12)).toBeNull();
  });
});
