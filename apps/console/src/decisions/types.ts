/** A decision as GET /decisions/:id sends it; a record from the list (shown while it loads) lacks the last two. */
export interface DecisionRecord {
  id: number;
  number: string;
  signedOn: string;
  signerName: string;
  signerTitle: string;
  phaseId: string;
  awardFormId: string;
  status: 'draft' | 'issued';
  issuedAt: string | null;
  nominationIds?: number[];
  awardees?: Record<string, unknown>[];
}
