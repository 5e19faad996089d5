import type { Recipient } from '../manifest/schema.js';
import type { CouncilRule, VoteChoice } from './rule.js';

/** A tiny epsilon so that 2/3 of 3 members (0.666…) still meets a 2/3 share. */
const EPS = 1e-9;

export interface Quorum {
  members: number;
  present: number;
  required: number;
  met: boolean;
}

/** Is the meeting quorate? `required` is the smallest head count reaching the rule's share of all members. */
export function quorum(members: number, present: number, rule: Pick<CouncilRule, 'quorumShare'>): Quorum {
  const required = Math.max(1, Math.ceil(members * rule.quorumShare - EPS));
  return { members, present, required, met: members > 0 && present >= required };
}

/** The units a nomination touches: a member from any of them has a conflict of interest. */
export interface NominationUnits {
  nominatingUnitId: number;
  nomineeUnitId: number | null;
  /** For an individual: the person's unit. */
  nomineePersonUnitId?: number | null;
}

/** A member is recused from a nomination of their own unit (as nominee, the nominee's unit, or nominating unit). */
export function isRecused(memberUnitId: number | null | undefined, n: NominationUnits): boolean {
  if (memberUnitId === null || memberUnitId === undefined) return false;
  return [n.nominatingUnitId, n.nomineeUnitId, n.nomineePersonUnitId].includes(memberUnitId);
}

export interface MemberAtMeeting {
  memberId: number;
  present: boolean;
  unitId: number | null;
}

export interface Tally {
  agree: number;
  disagree: number;
  abstain: number;
  /** Present, not recused, no vote yet. */
  notVoted: number;
  recused: number[];
  /** The denominator of the share: present or all members, less the recused. */
  base: number;
  share: number;
  passed: boolean;
}

/**
 * Counts one nomination's votes. Only present, non-recused members' votes count; with the "members" base the
 * absent count against (as the law's "tính trên tổng số thành viên"), with "present" only those in the room.
 */
export function tally(
  members: MemberAtMeeting[],
  votes: Map<number, VoteChoice>,
  n: NominationUnits,
  rule: Pick<CouncilRule, 'base' | 'passShare' | 'strict'>,
): Tally {
  const recused = members.filter((m) => isRecused(m.unitId, n)).map((m) => m.memberId);
  const eligible = members.filter((m) => !recused.includes(m.memberId));
  const voters = eligible.filter((m) => m.present);
  const count = (c: VoteChoice) => voters.filter((m) => votes.get(m.memberId) === c).length;
  const agree = count('agree');
  const base = rule.base === 'present' ? voters.length : eligible.length;
  const share = base === 0 ? 0 : agree / base;
  const passed = base > 0 && (rule.strict ? share > rule.passShare + EPS : share >= rule.passShare - EPS);
  return {
    agree,
    disagree: count('disagree'),
    abstain: count('abstain'),
    notVoted: voters.filter((m) => !votes.has(m.memberId)).length,
    recused,
    base,
    share,
    passed,
  };
}

export interface Candidate {
  nominationId: number;
  recipient: Recipient;
  tally: Tally;
}

/** Room under the quota for this meeting (null = no fixed cap). */
export interface Room {
  collectives: number | null;
  individuals: number | null;
  combined: number | null;
}

/** A candidate with its place: rank, selected within the quota, or tied across the quota line. */
export type RankedBy<C> = C & {
  /** 1-based, best first; equal candidates share a rank. Null for those that did not pass. */
  rank: number | null;
  /** Passed and within the quota: proposed for approval. */
  selected: boolean;
  /** Tied with another candidate across the quota line: the council (or appraiser) must choose. */
  tie: boolean;
};
export type RankedResult = RankedBy<Candidate>;

/** How candidates compare: which passed, which is better (negative: a first), which are equal. */
export interface Ordering<C> {
  passed: (c: C) => boolean;
  better: (a: C, b: C) => number;
  same: (a: C, b: C) => boolean;
}

const byVotes: Ordering<Candidate> = {
  passed: (c) => c.tally.passed,
  better: (a, b) => b.tally.share - a.tally.share || b.tally.agree - a.tally.agree,
  same: (a, b) => Math.abs(a.tally.share - b.tally.share) < EPS && a.tally.agree === b.tally.agree,
};

/**
 * Ranks the candidates that passed (by share, then agreeing votes) and fills the quota in rank order: collectives
 * and individuals each against their own cap, both against a combined cap. When the quota line cuts through a
 * group of equal candidates of one kind, none of that group is selected: they are flagged as a tie for the
 * council (or the appraiser) to decide, and the places they reach stay reserved. No quorum, no result.
 */
export function rankResults(candidates: Candidate[], room: Room, quorumMet: boolean): RankedResult[] {
  return rankBy(candidates, room, quorumMet, byVotes);
}

/** The quota filling of `rankResults` for any ordering (votes, or scores). */
export function rankBy<C extends { nominationId: number; recipient: Recipient }>(
  candidates: C[],
  room: Room,
  quorumMet: boolean,
  order: Ordering<C>,
): RankedBy<C>[] {
  const passed = quorumMet ? candidates.filter(order.passed).sort(order.better) : [];
  const out = new Map<number, RankedBy<C>>();
  const used = { collective: 0, individual: 0 };
  const fits = (r: Recipient) => {
    const cap = r === 'collective' ? room.collectives : room.individuals;
    return (
      (cap === null || used[r] < cap) && (room.combined === null || used.collective + used.individual < room.combined)
    );
  };
  let i = 0;
  while (i < passed.length) {
    let j = i + 1;
    while (j < passed.length && order.same(passed[i]!, passed[j]!)) j++;
    const group = passed.slice(i, j);
    const taken = group.map((c) => {
      const ok = fits(c.recipient);
      if (ok) used[c.recipient]++;
      return ok;
    });
    // Equals split by the line compete for the same place: same kind, or any kind once the combined cap is full.
    const combinedFull = room.combined !== null && used.collective + used.individual >= room.combined;
    const competes = (a: C, b: C) => a.recipient === b.recipient || combinedFull;
    group.forEach((x, k) => {
      const tie = group.some((y, l) => taken[l] !== taken[k] && competes(x, y));
      out.set(x.nominationId, { ...x, rank: i + 1, selected: taken[k]! && !tie, tie });
    });
    i = j;
  }
  return candidates.map((c) => out.get(c.nominationId) ?? { ...c, rank: null, selected: false, tie: false });
}
