import type { NominationStatus, Recipient } from '@thidua/domain';

export interface NominationDocument {
  id: number;
  nominationId: number;
  type: string;
  fileName: string;
  mimeType: string;
  size: number;
  uploadedAt: string;
}
export interface CriterionCheckRow {
  criterionId: string;
  kind: string;
  status: string;
  value: number | null;
  detail: string;
  checkedBy: number | null;
  checkedAt: string;
}

/** A points-scored phase: the score from the criteria judged so far (GET /nominations/:id). */
export interface NominationScore {
  value: number;
  max: number;
  passMark: number | null;
  rankTop: number | null;
  /** Criteria not judged yet: they count as not met until they are. */
  pending: number;
  reachesPassMark: boolean | null;
  /** Among the phase's nominations for the same award, where the plan takes the N best; null otherwise. */
  rank: number | null;
}

/** GET /nominations/:id */
export interface NominationDetails {
  id: number;
  provinceSlug: string;
  phaseId: string;
  awardFormId: string;
  recipient: Recipient;
  nominatingUnitId: number;
  nomineeUnitId: number | null;
  nomineePersonId: number | null;
  nomineeName: string;
  tier: string;
  status: NominationStatus;
  achievements: string;
  criteriaVersion: number | null;
  criteriaStatus: string | null;
  returnReason: string | null;
  decisionId: number | null;
  history: {
    fromStatus: string | null;
    toStatus: string;
    action: string;
    reason: string | null;
    userId: number;
    userName: string | null;
    at: string;
  }[];
  documents: NominationDocument[];
  checks: CriterionCheckRow[];
  checklist: { type: string; name: string; provided: boolean }[];
  /** Null when the phase does not score with points. */
  score: NominationScore | null;
}
