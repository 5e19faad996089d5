import { vietnameseUpper } from './format.js';
import type { Awardee, CertificateDocument, DecisionDocument } from './models.js';

/** "Bằng khen của Chủ tịch UBND tỉnh" → "Bằng khen"; "Giấy khen của Giám đốc Sở" → "Giấy khen". */
export function certificateTitle(awardForm: string): string {
  return awardForm.split(/\s+(?:của|do)\s+/)[0]!.trim();
}

/** The certificate of one awardee of a decision, worded from the decision itself. */
export function certificateFor(d: DecisionDocument, a: Awardee, registry: string | null = null): CertificateDocument {
  return {
    title: certificateTitle(d.awardForm),
    conferrer: d.authority,
    recipient: a.recipient,
    name: a.name,
    detail: a.detail,
    achievement: vietnameseUpper(d.achievement.charAt(0)) + d.achievement.slice(1),
    decision: { number: d.head.number ?? '', date: d.head.date },
    place: d.head.place,
    registry,
    signer: d.signer,
  };
}

/** Every certificate of a decision, collectives first, in the order of the annex. */
export function certificatesFor(d: DecisionDocument): CertificateDocument[] {
  return [...d.collectives, ...d.individuals].map((a) => certificateFor(d, a));
}
