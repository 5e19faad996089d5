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

/** A nominee's score in a points-based phase, as the api shows it and approval checks it. */
export interface ScoreSummary {
  value: number;
  max: number;
  passMark: number | null;
  rankTop: number | null;
  /** Criteria not judged yet: they count as not met until they are. */
  pending: number;
  /** Whether the score reaches the pass mark; null when the phase sets none. */
  reachesPassMark: boolean | null;
}

/** The score from the criteria checks: only a criterion judged "passed" gives its points. */
export function scoreSummary(
  criteria: readonly Pick<Criterion, 'id' | 'points' | 'weight'>[],
  checks: readonly { criterionId: string; status: string }[],
  scoring: NonNullable<Phase['scoring']>,
): ScoreSummary {
  const ids = new Set(criteria.map((c) => c.id));
  const met = new Set(checks.filter((c) => c.status === 'passed').map((c) => c.criterionId));
  const judged = new Set(checks.filter((c) => c.status !== 'pending').map((c) => c.criterionId));
  const value = scoreOf(criteria, met);
  return {
    value,
    max: maxScore(criteria),
    passMark: scoring.passMark ?? null,
    rankTop: scoring.rankTop ?? null,
    pending: [...ids].filter((id) => !judged.has(id)).length,
    reachesPassMark: scoring.passMark === undefined ? null : value >= scoring.passMark,
  };
}

const num = (x: number) => String(Math.round(x * 100) / 100).replace('.', ',');

/** Why a nominee cannot be approved for its score (below the pass mark, or outside the N best); null when it can. */
export function scoreRefusal(s: ScoreSummary, rank?: number): string | null {
  if (s.reachesPassMark === false)
    return `Điểm đạt ${num(s.value)}/${num(s.max)}, chưa đạt mức ${num(s.passMark!)} điểm theo Kế hoạch / the score ${s.value} is below the pass mark ${s.passMark}`;
  if (s.rankTop !== null && rank !== undefined && rank > s.rankTop)
    return `Xếp hạng ${rank} theo điểm, ngoài ${s.rankTop} tập thể, cá nhân có điểm cao nhất được xét theo Kế hoạch / ranked ${rank}, outside the top ${s.rankTop}`;
  return null;
}
