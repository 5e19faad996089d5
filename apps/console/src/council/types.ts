import type { QuotaUse } from '../common/QuotaMeter';
export interface Tally {
  agree: number;
  disagree: number;
  abstain: number;
  base: number;
  share: number;
  passed: boolean;
  recused: number[];
}
export interface ScoreTally {
  scorers: number;
  score: number | null;
  max: number;
  passed: boolean;
  recused: number[];
}
export interface SheetCriterion {
  id: string;
  points: number;
  weight: number;
  text: string;
}
export interface AgendaItem {
  nominationId: number;
  nomineeName: string;
  nominatingUnitName: string;
  recipient: string;
  status: string;
  rank: number | null;
  selected: boolean;
  tie: boolean;
  /** Voted meetings. */
  tally?: Tally;
  /** Scored meetings: the sheet and the score. */
  score?: ScoreTally;
  sheet?: SheetCriterion[];
  votes: { memberId: number; choice: string; recordedBy: number }[];
  scores: { memberId: number; criterionId: string; points: number; recordedBy: number }[];
}
export interface MeetingView {
  id: number;
  status: 'planned' | 'called' | 'closed';
  mode: 'votes' | 'scores';
  phaseName: string;
  awardFormName: string;
  startsAt: string;
  place: string;
  locked: boolean;
  quorum: { members: number; present: number; required: number; met: boolean };
  /** Places left under the quota the approval enforces (a share already counted into places); null = no cap. */
  room?: { collectives: number | null; individuals: number | null; combined: number | null };
  share?: QuotaUse['share'];
  members: { memberId: number; fullName: string; role: string; present: boolean; unitId: number | null }[];
  agenda: AgendaItem[];
  me: { memberId: number; role: string } | null;
  canManage: boolean;
  canEnterBallots: boolean;
}

/** Who of the roll cannot vote on an item (their own unit's nomination). */
export const recusedFrom = (a: AgendaItem) => (a.tally ?? a.score)?.recused ?? [];
