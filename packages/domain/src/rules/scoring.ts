import type { Criterion, Phase } from '../manifest/schema.js';

/**
 * Points-based plans (the 2025 movement's): each criterion met gives its points times its weight; a phase passes
 * nominees at its pass mark and/or selects its N best. Pure: the api feeds it the criteria checks.
 */
export function scoreOf(
  criteria: readonly Pick<Criterion, 'id' | 'points' | 'weight'>[],
  met: ReadonlySet<string>,
): number {
  return criteria.reduce((sum, c) => sum + (met.has(c.id) ? (c.points ?? 0) * (c.weight ?? 1) : 0), 0);
}

/** The most a nominee can score. */
export function maxScore(criteria: readonly Pick<Criterion, 'points' | 'weight'>[]): number {
  return criteria.reduce((sum, c) => sum + (c.points ?? 0) * (c.weight ?? 1), 0);
}

export interface Ranked<T> {
  item: T;
  score: number;
  /** Competition ranking: equal scores share a rank (1, 2, 2, 4). */
  rank: number;
  selected: boolean;
}

/**
 * Ranks scored nominees and selects by the phase's scoring: at or above the pass mark, and within the top N (ties
 * at the N-th place are all selected: the plan cannot tell them apart).
 */
export function rankByScore<T>(
  entries: readonly { item: T; score: number }[],
  scoring: NonNullable<Phase['scoring']>,
): Ranked<T>[] {
  const sorted = [...entries].sort((a, b) => b.score - a.score);
  return sorted.map((e) => {
    const rank = 1 + sorted.filter((x) => x.score > e.score).length;
    const passes = scoring.passMark === undefined || e.score >= scoring.passMark;
    const within = scoring.rankTop === undefined || rank <= scoring.rankTop;
    return { ...e, rank, selected: passes && within };
  });
}
