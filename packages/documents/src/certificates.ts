import { twoDigits, vietnameseUpper } from './format.js';
import type { Awardee, CertificateDocument, DecisionDocument } from './models.js';

/**
 * "Bằng khen của Chủ tịch UBND tỉnh" → "Bằng khen"; "Giấy khen Giám đốc Sở" → "Giấy khen": the conferrer is printed
 * above the title ("… TẶNG"), so the title is the form alone.
 */
export function certificateTitle(awardForm: string): string {
  return awardForm
    .split(/\s+(?:của|do)\s+|\s+(?=(?:Chủ tịch|Thủ tướng|Giám đốc|Bộ trưởng|Thủ trưởng|Chánh|Trưởng)\s)/i)[0]!
    .trim();
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

/**
 * The number a certificate is entered under in the award register (số vào sổ): the decision's number and the
 * awardee's place in its annex, collectives first ("125/QĐ-UBND", 3rd → "125.03"), so a reprint carries the same.
 */
export function registryNumber(d: DecisionDocument, index: number): string {
  const number = (d.head.number ?? '').split('/')[0] || '……';
  return `${number}.${twoDigits(index + 1)}`;
}

/** Every certificate of a decision, collectives first, in the order of the annex. */
export function certificatesFor(d: DecisionDocument): CertificateDocument[] {
  return [...d.collectives, ...d.individuals].map((a, i) => certificateFor(d, a, registryNumber(d, i)));
}
