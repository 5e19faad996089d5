import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_COUNCIL_RULE, type VoteChoice } from './rule.js';
import { type Candidate, isRecused, type MemberAtMeeting, quorum, rankResults, tally, type Tally } from './results.js';

const members = (n: number, present = n, unitOf: (i: number) => number | null = () => null): MemberAtMeeting[] =>
  Array.from({ length: n }, (_, i) => ({ memberId: i + 1, present: i < present, unitId: unitOf(i) }));
const votes = (...choices: VoteChoice[]) => new Map(choices.map((c, i) => [i + 1, c]));
const nom = { nominatingUnitId: 100, nomineeUnitId: 200 };
const t = (share: number, agree = Math.round(share * 10)): Tally => ({
  agree,
  disagree: 0,
  abstain: 0,
  notVoted: 0,
  recused: [],
  base: 10,
  share,
  passed: share >= 0.7,
});
const c = (nominationId: number, share: number, recipient: 'collective' | 'individual' = 'collective'): Candidate => ({
  nominationId,
  recipient,
  tally: t(share),
});

describe('quorum', () => {
  it('needs two thirds of members by default: 6 of 9, 7 of 10', () => {
    expect(quorum(9, 6, DEFAULT_COUNCIL_RULE)).toMatchObject({ required: 6, met: true });
    expect(quorum(9, 5, DEFAULT_COUNCIL_RULE)).toMatchObject({ required: 6, met: false });
    expect(quorum(10, 6, DEFAULT_COUNCIL_RULE)).toMatchObject({ required: 7, met: false });
  });
  it('a council without members never meets', () => expect(quorum(0, 0, DEFAULT_COUNCIL_RULE).met).toBe(false));
});

describe('recusal', () => {
  it('recuses a member from the nominee unit, the nominating unit, or an individual nominee’s unit', () => {
    expect(isRecused(200, nom)).toBe(true);
    expect(isRecused(100, nom)).toBe(true);
    expect(isRecused(300, { ...nom, nomineeUnitId: null, nomineePersonUnitId: 300 })).toBe(true);
    expect(isRecused(999, nom)).toBe(false);
    expect(isRecused(null, nom)).toBe(false);
  });
  it('a recused member’s vote does not count and leaves the base', () => {
    const m = members(5, 5, (i) => (i === 0 ? 200 : null));
    const r = tally(m, votes('agree', 'agree', 'agree', 'agree', 'disagree'), nom, DEFAULT_COUNCIL_RULE);
    expect(r).toMatchObject({ agree: 3, disagree: 1, recused: [1], base: 4, share: 0.75, passed: true });
  });
});

describe('tally', () => {
  it('counts absent members against with the "members" base, not with the "present" base', () => {
    const m = members(10, 8);
    const v = votes(...Array<VoteChoice>(7).fill('agree'), 'abstain');
    expect(tally(m, v, nom, DEFAULT_COUNCIL_RULE)).toMatchObject({ agree: 7, abstain: 1, base: 10, passed: true });
    const present = { ...DEFAULT_COUNCIL_RULE, base: 'present' as const, passShare: 0.9 };
    expect(tally(m, v, nom, present)).toMatchObject({ base: 8, share: 7 / 8, passed: false });
  });
  it('"trên" is strict: exactly the mark does not pass', () => {
    const m = members(10);
    const v = votes(...Array<VoteChoice>(7).fill('agree'), 'disagree', 'disagree', 'disagree');
    expect(tally(m, v, nom, { ...DEFAULT_COUNCIL_RULE, strict: true }).passed).toBe(false);
    expect(tally(m, v, nom, DEFAULT_COUNCIL_RULE).passed).toBe(true);
  });
  it('votes of absent members are ignored', () => {
    expect(tally(members(3, 2), votes('agree', 'agree', 'agree'), nom, DEFAULT_COUNCIL_RULE).agree).toBe(2);
  });
});

describe('rankResults', () => {
  it('fills the quota in rank order', () => {
    const r = rankResults(
      [c(1, 0.8), c(2, 1), c(3, 0.9), c(4, 0.5)],
      { collectives: 2, individuals: null, combined: null },
      true,
    );
    expect(r.filter((x) => x.selected).map((x) => x.nominationId)).toEqual([2, 3]);
    expect(r.find((x) => x.nominationId === 1)).toMatchObject({ rank: 3, selected: false, tie: false });
    expect(r.find((x) => x.nominationId === 4)).toMatchObject({ rank: null, selected: false });
  });
  it('flags a tie across the quota line and selects none of the tied', () => {
    const r = rankResults(
      [c(1, 1), c(2, 0.8), c(3, 0.8), c(4, 0.75)],
      { collectives: 2, individuals: null, combined: null },
      true,
    );
    expect(r.map((x) => [x.nominationId, x.rank, x.selected, x.tie])).toEqual([
      [1, 1, true, false],
      [2, 2, false, true],
      [3, 2, false, true],
      [4, 4, false, false],
    ]);
  });
  it('a tie within the quota is no problem', () => {
    const r = rankResults([c(1, 0.8), c(2, 0.8)], { collectives: 2, individuals: null, combined: null }, true);
    expect(r.every((x) => x.selected && !x.tie)).toBe(true);
  });
  it('collectives and individuals fill their own caps and a combined one', () => {
    const r = rankResults(
      [c(1, 1), c(2, 0.9, 'individual'), c(3, 0.8), c(4, 0.8, 'individual')],
      { collectives: 5, individuals: 5, combined: 3 },
      true,
    );
    expect(r.filter((x) => x.selected).map((x) => x.nominationId)).toEqual([1, 2]);
    expect(r.filter((x) => x.tie).map((x) => x.nominationId)).toEqual([3, 4]);
  });
  it('without quorum nothing is selected', () => {
    expect(rankResults([c(1, 1)], { collectives: null, individuals: null, combined: null }, false)[0]).toMatchObject({
      rank: null,
      selected: false,
    });
  });
});

describe('rankResults properties', () => {
  const candidates = fc
    .array(
      fc.record({
        share: fc.constantFrom(0.5, 0.7, 0.75, 0.8, 0.9, 1),
        recipient: fc.constantFrom('collective' as const, 'individual' as const),
      }),
      { maxLength: 20 },
    )
    .map((xs) => xs.map((x, i) => c(i + 1, x.share, x.recipient)));
  const cap = fc.option(fc.nat(8), { nil: null });
  it('never exceeds a cap, selects only passed ones, and never selects a lower rank over a higher one', () => {
    fc.assert(
      fc.property(candidates, cap, cap, cap, (cs, collectives, individuals, combined) => {
        const r = rankResults(cs, { collectives, individuals, combined }, true);
        const sel = r.filter((x) => x.selected);
        const n = (k: string) => sel.filter((x) => x.recipient === k).length;
        if (collectives !== null) expect(n('collective')).toBeLessThanOrEqual(collectives);
        if (individuals !== null) expect(n('individual')).toBeLessThanOrEqual(individuals);
        if (combined !== null) expect(sel.length).toBeLessThanOrEqual(combined);
        expect(sel.every((x) => x.tally.passed)).toBe(true);
        for (const s of sel)
          for (const o of r.filter((x) => x.recipient === s.recipient && !x.selected && x.tally.passed))
            expect(o.tally.share).toBeLessThanOrEqual(s.tally.share);
        // Tied candidates always have an equal that is tied too.
        for (const x of r.filter((y) => y.tie))
          expect(r.filter((y) => y.tie && y.rank === x.rank).length).toBeGreaterThan(1);
      }),
    );
  });
  it('with no caps every passed candidate is selected and none is tied', () => {
    fc.assert(
      fc.property(candidates, (cs) => {
        const r = rankResults(cs, { collectives: null, individuals: null, combined: null }, true);
        expect(r.filter((x) => x.selected).length).toBe(cs.filter((x) => x.tally.passed).length);
        expect(r.some((x) => x.tie)).toBe(false);
      }),
    );
  });
});
