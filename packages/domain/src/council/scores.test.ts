import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Criterion } from '../manifest/schema.js';
import type { MemberAtMeeting } from './results.js';
import {
  aggregate,
  memberTotal,
  rankScores,
  type ScoredCandidate,
  scoreProblem,
  scoreSheet,
  scoreTally,
  type SheetCriterion,
} from './scores.js';

const crit = (id: string, points: number | undefined, extra: Partial<Criterion> = {}) =>
  ({ id, tier: 'district', kind: 'qualitative', text: id, points, source: 'x', ...extra }) as Criterion;
const sheet: SheetCriterion[] = [
  { id: 'a', points: 40, weight: 1 },
  { id: 'b', points: 30, weight: 2 },
];
const members = (n: number, present = n, unitOf: (i: number) => number | null = () => null): MemberAtMeeting[] =>
  Array.from({ length: n }, (_, i) => ({ memberId: i + 1, present: i < present, unitId: unitOf(i) }));
const sheetOf = (a: number, b: number) =>
  new Map([
    ['a', a],
    ['b', b],
  ]);
const nom = { nominatingUnitId: 100, nomineeUnitId: 200 };
const cand = (nominationId: number, score: number | null, recipient: 'collective' | 'individual' = 'collective') =>
  ({
    nominationId,
    recipient,
    score: {
      scorers: 3,
      notScored: 0,
      recused: [],
      totals: {},
      score,
      max: 100,
      passed: score !== null && score >= 50,
    },
  }) satisfies ScoredCandidate;
const room = (collectives: number | null) => ({ collectives, individuals: null, combined: null });

describe('scoreSheet', () => {
  it('takes the criteria of the tier and recipient that carry points, weight 1 by default', () => {
    const s = scoreSheet(
      [
        crit('a', 40),
        crit('b', 30, { weight: 2 }),
        crit('no-points', undefined),
        crit('official', 10, { tier: 'official' }),
        crit('individual', 10, { recipient: 'individual' }),
      ],
      'district',
      'collective',
    );
    expect(s).toEqual(sheet);
  });
});

describe('scoreProblem', () => {
  it('accepts 0 to the criterion’s points in quarter steps; refuses others and criteria off the sheet', () => {
    expect(scoreProblem(sheet, 'a', 0)).toBeNull();
    expect(scoreProblem(sheet, 'a', 40)).toBeNull();
    expect(scoreProblem(sheet, 'a', 37.5)).toBeNull();
    expect(scoreProblem(sheet, 'a', 40.25)).toBe('out-of-range');
    expect(scoreProblem(sheet, 'a', -1)).toBe('out-of-range');
    expect(scoreProblem(sheet, 'a', 1.1)).toBe('bad-step');
    expect(scoreProblem(sheet, 'z', 1)).toBe('not-on-sheet');
  });
});

describe('totals and aggregation', () => {
  it('a member’s total weighs each criterion; an incomplete sheet has no total', () => {
    expect(memberTotal(sheet, sheetOf(30, 25))).toBe(80);
    expect(memberTotal(sheet, new Map([['a', 30]]))).toBeNull();
  });
  it('mean, trimmed mean (drops one highest and one lowest from three scorers on) and median', () => {
    expect(aggregate([70, 80, 96])).toBe(82);
    expect(aggregate([70, 80, 96], 'trimmed-mean')).toBe(80);
    expect(aggregate([70, 96], 'trimmed-mean')).toBe(83);
    expect(aggregate([70, 80, 96, 100], 'median')).toBe(88);
    expect(aggregate([10, 20, 20])).toBe(16.67);
    expect(aggregate([])).toBeNull();
  });
});

describe('scoreTally', () => {
  it('counts present, non-recused members with complete sheets', () => {
    const m = members(5, 4, (i) => (i === 1 ? 200 : null));
    const scores = new Map([
      [1, sheetOf(40, 30)], // 100
      [2, sheetOf(0, 0)], // recused
      [3, sheetOf(20, 20)], // 60
      [4, new Map([['a', 40]])], // incomplete
      [5, sheetOf(40, 30)], // absent
    ]);
    const t = scoreTally(m, scores, sheet, nom, { passMark: 80 });
    expect(t).toMatchObject({ scorers: 2, notScored: 1, recused: [2], score: 80, max: 100, passed: true });
    expect(t.totals).toEqual({ 1: 100, 3: 60 });
    expect(scoreTally(m, scores, sheet, nom, { passMark: 80.5 }).passed).toBe(false);
  });
  it('nobody scored: no score, not passed even without a pass mark', () => {
    expect(scoreTally(members(3), new Map(), sheet, nom, {})).toMatchObject({ score: null, passed: false });
  });
});

describe('rankScores', () => {
  it('ranks by score and fills the quota; a tie across the line is flagged and not selected', () => {
    const r = rankScores([cand(1, 90), cand(2, 75), cand(3, 75), cand(4, 40)], room(2), true, {});
    expect(r.map((x) => [x.nominationId, x.rank, x.selected, x.tie])).toEqual([
      [1, 1, true, false],
      [2, 2, false, true],
      [3, 2, false, true],
      [4, null, false, false],
    ]);
  });
  it('rankTop keeps only the N best (ties at N included)', () => {
    const r = rankScores([cand(1, 90), cand(2, 80), cand(3, 80), cand(4, 70)], room(null), true, { rankTop: 2 });
    expect(r.filter((x) => x.selected).map((x) => x.nominationId)).toEqual([1, 2, 3]);
    expect(r.find((x) => x.nominationId === 4)).toMatchObject({ rank: null, selected: false });
  });
  it('without quorum nothing is selected', () => {
    expect(rankScores([cand(1, 90)], room(null), false, {})[0]).toMatchObject({ rank: null, selected: false });
  });
  it('never exceeds the cap and never selects a lower score over a higher one', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.constantFrom(40, 50, 60, 75, 80, 100), { nil: null }), { maxLength: 15 }),
        fc.option(fc.nat(6), { nil: null }),
        fc.option(fc.integer({ min: 1, max: 6 }), { nil: undefined }),
        (scores, cap, rankTop) => {
          const cs = scores.map((s, i) => cand(i + 1, s));
          const r = rankScores(cs, room(cap), true, { rankTop });
          const sel = r.filter((x) => x.selected);
          if (cap !== null) expect(sel.length).toBeLessThanOrEqual(cap);
          for (const s of sel) {
            expect(s.score.passed).toBe(true);
            for (const o of r.filter((x) => !x.selected && x.score.passed && !x.tie && x.rank !== null))
              expect(o.score.score!).toBeLessThanOrEqual(s.score.score!);
          }
          for (const x of r.filter((y) => y.tie))
            expect(r.filter((y) => y.tie && y.rank === x.rank).length).toBeGreaterThan(1);
        },
      ),
    );
  });
});
