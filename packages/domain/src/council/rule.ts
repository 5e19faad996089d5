import { z } from 'zod';

/** The roles of a member of the province's emulation council (Hội đồng Thi đua – Khen thưởng). */
export const COUNCIL_ROLES = ['chairman', 'vice-chairman', 'member', 'secretary'] as const;
export type CouncilRole = (typeof COUNCIL_ROLES)[number];
export const COUNCIL_ROLE_LABELS: Record<CouncilRole, { vi: string; en: string }> = {
  chairman: { vi: 'Chủ tịch Hội đồng', en: 'Chairman' },
  'vice-chairman': { vi: 'Phó Chủ tịch Hội đồng', en: 'Vice-chairman' },
  member: { vi: 'Ủy viên', en: 'Member' },
  secretary: { vi: 'Thư ký', en: 'Secretary' },
};

export const SCORE_AGGREGATES = ['mean', 'trimmed-mean', 'median'] as const;
export type ScoreAggregate = (typeof SCORE_AGGREGATES)[number];

export const VOTE_CHOICES = ['agree', 'disagree', 'abstain'] as const;
export type VoteChoice = (typeof VOTE_CHOICES)[number];

/**
 * How a plan's council decides (declared by a plugin in `workflow.council`): the quorum as a share of all
 * members, the base of the vote share (members present, or all members not recused), and the pass mark.
 */
export const councilRuleSchema = z.object({
  /** Share of all members who must be present for the meeting to decide, e.g. 2/3. */
  quorumShare: z.number().gt(0).max(1),
  /** Agreement counted against the members present or against all members (recused members excluded from both). */
  base: z.enum(['present', 'members']),
  /** Share of agreeing votes needed, e.g. 0.7 for "từ 70% trở lên". */
  passShare: z.number().gt(0).max(1),
  /** True when the plan says "trên" (strictly more than) rather than "từ … trở lên". */
  strict: z.boolean().optional(),
  /**
   * For phases that score with points: how members' totals make a nominee's score. "mean" (default) averages
   * them; "trimmed-mean" first drops one highest and one lowest total (with at least three scorers); "median".
   */
  scoreAggregate: z.enum(SCORE_AGGREGATES).optional(),
  source: z.string().min(1),
});
export type CouncilRule = z.infer<typeof councilRuleSchema>;

/**
 * When a plugin declares no rule: the usual practice of emulation councils, a meeting of at least two thirds of
 * its members and a nominee agreed by at least 70% of all (non-recused) members.
 */
export const DEFAULT_COUNCIL_RULE: CouncilRule = {
  quorumShare: 2 / 3,
  base: 'members',
  passShare: 0.7,
  source: 'mặc định của thidua (không có trong kế hoạch) / thidua default',
};
