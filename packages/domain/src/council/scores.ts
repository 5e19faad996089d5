import type { Criterion, Phase, Recipient } from '../manifest/schema.js';
import { type MemberAtMeeting, type NominationUnits, isRecused, rankBy, type RankedBy, type Room } from './results.js';
import type { ScoreAggregate } from './rule.js';

const EPS = 1e-9;

/** A criterion on a nominee's score sheet: the most a member may give and its weight in the total. */
export interface SheetCriterion {
  id: string;
  points: number;
  weight: number;
}

/** The criteria a member scores for a nominee: those of its tier and recipient that carry points. */
export function scoreSheet(
  criteria: readonly Pick<Criterion, 'id' | 'tier' | 'recipient' | 'points' | 'weight'>[],
  tier: string,
  recipient: Recipient,
): SheetCriterion[] {
  return criteria
    .filter((c) => c.tier === tier && (!c.recipient || c.recipient === recipient) && c.points !== undefined)
    .map((c) => ({ id: c.id, points: c.points!, weight: c.weight ?? 1 }));
}

/** Why a member's score for a criterion is refused, or null: from 0 to the criterion's points, in steps of 0.25. */
export function scoreProblem(sheet: readonly SheetCriterion[], criterionId: string, value: number): string | null {
  const c = sheet.find((x) => x.id === criterionId);
  if (!c) return 'not-on-sheet';
  if (!Number.isFinite(value) || value < 0 || value > c.points + EPS) return 'out-of-range';
  if (Math.abs(value * 4 - Math.round(value * 4)) > EPS) return 'bad-step';
  return null;
}

/** A member's total: each criterion's score times its weight; null until every criterion on the sheet is scored. */
export function memberTotal(sheet: readonly SheetCriterion[], scores: ReadonlyMap<string, number>): number | null {
  if (sheet.length === 0 || sheet.some((c) => !scores.has(c.id))) return null;
  return sheet.reduce((sum, c) => sum + scores.get(c.id)! * c.weight, 0);
}

/** Members' totals into the nominee's score by the plan's rule. */
export function aggregate(totals: readonly number[], how: ScoreAggregate = 'mean'): number | null {
  if (totals.length === 0) return null;
  const sorted = [...totals].sort((a, b) => a - b);
  const kept = how === 'trimmed-mean' && sorted.length >= 3 ? sorted.slice(1, -1) : sorted;
  if (how === 'median') {
    const mid = Math.floor(sorted.length / 2);
    return round2(sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2);
  }
  return round2(kept.reduce((a, b) => a + b, 0) / kept.length);
}

const round2 = (x: number) => Math.round(x * 100) / 100;

export interface ScoreTally {
  /** Present, non-recused members whose sheet is complete: their totals make the score. */
  scorers: number;
  /** Present, not recused, sheet not (yet) complete. */
  notScored: number;
  recused: number[];
  /** Each counted member's total, by member id. */
  totals: Record<number, number>;
  score: number | null;
  /** The most a nominee can score. */
  max: number;
  /** At or above the phase's pass mark (no mark: any score). */
  passed: boolean;
}

/**
 * One nomination's score: only present, non-recused members with a complete sheet count; their totals are
 * aggregated by the plan's rule. A nominee nobody scored has no score and does not pass.
 */
export function scoreTally(
  members: readonly MemberAtMeeting[],
  scores: ReadonlyMap<number, ReadonlyMap<string, number>>,
  sheet: readonly SheetCriterion[],
  n: NominationUnits,
  scoring: Pick<NonNullable<Phase['scoring']>, 'passMark'>,
  how: ScoreAggregate = 'mean',
): ScoreTally {
  const recused = members.filter((m) => isRecused(m.unitId, n)).map((m) => m.memberId);
  const voters = members.filter((m) => m.present && !recused.includes(m.memberId));
  const totals: Record<number, number> = {};
  for (const m of voters) {
    const t = memberTotal(sheet, scores.get(m.memberId) ?? new Map());
    if (t !== null) totals[m.memberId] = t;
  }
  const counted = Object.values(totals);
  const score = aggregate(counted, how);
  return {
    scorers: counted.length,
    notScored: voters.length - counted.length,
    recused,
    totals,
    score,
    max: sheet.reduce((s, c) => s + c.points * c.weight, 0),
    passed: score !== null && (scoring.passMark === undefined || score >= scoring.passMark - EPS),
  };
}

export interface ScoredCandidate {
  nominationId: number;
  recipient: Recipient;
  score: ScoreTally;
}

export type RankedScore = RankedBy<ScoredCandidate>;

/**
 * Ranks scored nominees by score and fills the quota like a vote's result: ties across the quota line are flagged,
 * not decided. With `rankTop`, only nominees ranked within the N best (ties at N included) can be selected.
 */
export function rankScores(
  candidates: ScoredCandidate[],
  room: Room,
  quorumMet: boolean,
  scoring: Pick<NonNullable<Phase['scoring']>, 'rankTop'>,
): RankedScore[] {
  const value = (c: ScoredCandidate) => c.score.score ?? -Infinity;
  const within = (c: ScoredCandidate) =>
    scoring.rankTop === undefined ||
    1 + candidates.filter((o) => o.score.passed && value(o) > value(c) + EPS).length <= scoring.rankTop;
  return rankBy(candidates, room, quorumMet, {
    passed: (c) => c.score.passed && within(c),
    better: (a, b) => value(b) - value(a),
    same: (a, b) => Math.abs(value(a) - value(b)) < EPS,
  });
}
