/**
 * The legal instruments documents cite, with the dates they are in force. One table drives every citation and form
 * number: a document cites the instrument of each kind in force on its own date, never a replaced one.
 */

/** What an instrument governs: one of each kind is in force on any date from the first one's start. */
export const INSTRUMENT_KINDS = [
  'emulation-law',
  'emulation-decree',
  'local-government-law',
  'document-format',
] as const;
export type InstrumentKind = (typeof INSTRUMENT_KINDS)[number];

/** The forms of an emulation decree's annex that a dossier follows. */
export type FormKind =
  | 'submission-letter'
  | 'achievement-report-collective'
  | 'achievement-report-individual'
  | 'achievement-report-thematic';

export interface LegalInstrument {
  kind: InstrumentKind;
  /** "98/2023/NĐ-CP"; null for the laws of before 2013, cited by name and date. */
  number: string | null;
  /** YYYY-MM-DD, the day it was passed or signed. */
  issuedOn: string;
  /** How a document names it in a "Căn cứ" line, without the leading "Căn cứ". */
  citation: string;
  /** First day in force (YYYY-MM-DD). */
  validFrom: string;
  /** Last day in force, inclusive; null while in force. */
  validTo: string | null;
  /** Form numbers ("01") of its annex; a form whose number could not be confirmed from the text is absent. */
  forms: Partial<Record<FormKind, string>>;
  /** Where the dates come from (what ends it, in particular). */
  source: string;
}

export const LEGAL_INSTRUMENTS: readonly LegalInstrument[] = [
  {
    kind: 'emulation-law',
    number: null,
    issuedOn: '2003-11-26',
    citation:
      'Luật Thi đua, khen thưởng ngày 26 tháng 11 năm 2003; Luật sửa đổi, bổ sung một số điều của Luật Thi đua, khen thưởng ngày 14 tháng 6 năm 2005 và ngày 16 tháng 11 năm 2013',
    validFrom: '2004-07-01',
    validTo: '2023-12-31',
    forms: {},
    source: 'Luật Thi đua, khen thưởng số 06/2022/QH15, Điều 95: thay thế từ 01/01/2024',
  },
  {
    kind: 'emulation-law',
    number: '06/2022/QH15',
    issuedOn: '2022-06-15',
    citation: 'Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022',
    validFrom: '2024-01-01',
    validTo: null,
    forms: {},
    source: 'Luật số 06/2022/QH15, Điều 95: có hiệu lực từ 01/01/2024',
  },
  {
    kind: 'emulation-decree',
    number: '91/2017/NĐ-CP',
    issuedOn: '2017-07-31',
    citation:
      'Nghị định số 91/2017/NĐ-CP ngày 31 tháng 7 năm 2017 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng',
    validFrom: '2017-10-01',
    validTo: '2023-12-31',
    // Its annex is not held here: documents of that time print the form without a number.
    forms: {},
    source: 'Nghị định số 98/2023/NĐ-CP: thay thế từ 01/01/2024',
  },
  {
    kind: 'emulation-decree',
    number: '98/2023/NĐ-CP',
    issuedOn: '2023-12-31',
    citation:
      'Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng',
    validFrom: '2024-01-01',
    validTo: '2025-06-30',
    forms: { 'submission-letter': '01', 'achievement-report-collective': '02', 'achievement-report-individual': '03' },
    source: 'Nghị định số 152/2025/NĐ-CP, Điều 59: hết hiệu lực từ 01/7/2025',
  },
  {
    kind: 'emulation-decree',
    number: '152/2025/NĐ-CP',
    issuedOn: '2025-06-14',
    citation:
      'Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng',
    validFrom: '2025-07-01',
    validTo: null,
    // The annex (Tờ trình, báo cáo thành tích of a collective, an individual, a chuyên đề movement) was not at hand
    // to confirm its numbers: documents under it name the form without a number rather than guess one.
    forms: {},
    source: 'Nghị định số 152/2025/NĐ-CP: có hiệu lực từ 01/7/2025; Điều 59 chấm dứt Nghị định số 98/2023/NĐ-CP',
  },
  {
    kind: 'local-government-law',
    number: null,
    issuedOn: '2015-06-19',
    citation:
      'Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019',
    validFrom: '2016-01-01',
    validTo: '2025-02-28',
    forms: {},
    source: 'Luật Tổ chức chính quyền địa phương số 65/2025/QH15: thay thế từ 01/3/2025',
  },
  {
    // Between the 2015 law and the two-tier law: in force 01/3/2025–30/6/2025 (a decision of those months cites it).
    // Checked (issue 14): legal databases list Luật số 65/2025/QH15 (Tổ chức chính quyền địa phương, 19/02/2025) as
    // the law Luật số 72/2025/QH15 replaced, so it stays. Still to confirm from the official text: one such database
    // gives 16/6/2025, not 01/7/2025, as the day Luật 72/2025/QH15 took effect (the district level ending 01/7/2025).
    kind: 'local-government-law',
    number: '65/2025/QH15',
    issuedOn: '2025-02-19',
    citation: 'Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025',
    validFrom: '2025-03-01',
    validTo: '2025-06-30',
    forms: {},
    source: 'Luật Tổ chức chính quyền địa phương số 72/2025/QH15: thay thế từ 01/7/2025',
  },
  {
    kind: 'local-government-law',
    number: '72/2025/QH15',
    issuedOn: '2025-06-16',
    citation: 'Luật Tổ chức chính quyền địa phương số 72/2025/QH15 ngày 16 tháng 6 năm 2025',
    validFrom: '2025-07-01',
    validTo: null,
    forms: {},
    source: 'Luật số 72/2025/QH15: có hiệu lực từ 01/7/2025 (chính quyền địa phương hai cấp)',
  },
  {
    kind: 'document-format',
    number: '30/2020/NĐ-CP',
    issuedOn: '2020-03-05',
    citation: 'Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư',
    validFrom: '2020-03-05',
    validTo: null,
    forms: {},
    source: 'Nghị định số 30/2020/NĐ-CP: có hiệu lực từ ngày ký',
  },
];

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/** The instrument of a kind in force on a date (YYYY-MM-DD), or null before the first one. */
export function instrumentInForce(kind: InstrumentKind, onDate: string): LegalInstrument | null {
  if (!ISO.test(onDate)) throw new Error(`not a date written YYYY-MM-DD: "${onDate}"`);
  return (
    LEGAL_INSTRUMENTS.find(
      (i) => i.kind === kind && i.validFrom <= onDate && (i.validTo === null || onDate <= i.validTo),
    ) ?? null
  );
}

/** The instrument a citation names by number ("Nghị định số 91/2017/NĐ-CP …"), if the table holds it. */
export function instrumentCited(citation: string): LegalInstrument | null {
  return LEGAL_INSTRUMENTS.find((i) => i.number !== null && citation.includes(i.number)) ?? null;
}

/** The instrument in force that replaced the one a citation names, when the citation is outdated on the date. */
export function replacementOf(citation: string, onDate: string): LegalInstrument | null {
  const cited = instrumentCited(citation);
  if (!cited || cited.validTo === null || onDate <= cited.validTo) return null;
  return instrumentInForce(cited.kind, onDate);
}

/**
 * A dossier form on a date: the decree in force and the form's number in its annex (null when the number is not
 * confirmed, so the document names the annex without a number).
 */
export function formInForce(form: FormKind, onDate: string): { decree: LegalInstrument; number: string | null } {
  const decree = instrumentInForce('emulation-decree', onDate);
  if (!decree) throw new Error(`no emulation decree in force on ${onDate}`);
  return { decree, number: decree.forms[form] ?? null };
}
