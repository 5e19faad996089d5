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
}
