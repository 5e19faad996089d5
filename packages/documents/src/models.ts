/**
 * The data each document is rendered from. Every field is present (null where unknown): templates compile in
 * Handlebars strict mode, so a missing field is an error, not a silently empty line.
 */

export type Recipient = 'collective' | 'individual';

/** The top of an administrative document (Nghị định 30/2020/NĐ-CP): issuing body, number and symbol, place and date. */
export interface DocumentHead {
  /** `parent`: the governing body printed above the issuer ("UBND TỈNH …" above "SỞ NỘI VỤ"), if any. */
  issuer: { parent: string | null; name: string };
  /** "125/QĐ-UBND"; null leaves the number blank for the clerk to fill in before `symbol` ("/TTr-…"); no number line at all when `symbol` is empty too. */
  number: string | null;
  symbol: string;
  /** Place name in the date line ("Lâm Đồng, ngày …"). */
  place: string;
  /** YYYY-MM-DD; also the fixed creation date of the PDF and DOCX files. */
  date: string;
}

export interface Signer {
  /** "KT. CHỦ TỊCH – PHÓ CHỦ TỊCH": authority and title, split into lines of the signature block. */
  title: string;
  name: string | null;
}

export interface LegalBasis {
  text: string;
}

export interface Awardee {
  recipient: Recipient;
  name: string;
  /** Position and workplace of an individual; the parent unit of a collective; null if none. */
  detail: string | null;
  nominatingUnit: string;
}

export interface DecisionDocument {
  head: DocumentHead;
  /** "Chủ tịch Ủy ban nhân dân tỉnh Lâm Đồng" — who decides (printed upper-case above the legal bases). */
  authority: string;
  /** The same, as named in running text ("(Kèm theo Quyết định … của Chủ tịch Ủy ban nhân dân tỉnh)"). */
  decider: string;
  summary: string;
  legalBases: LegalBasis[];
  proposal: string;
  awardForm: string;
  /** Why, as it ends Article 1: "đã có thành tích xuất sắc trong …". */
  achievement: string;
  collectives: Awardee[];
  individuals: Awardee[];
  /** Who carries the decision out (Article 3), before "và các tập thể, cá nhân có tên tại Điều 1". */
  executors: string;
  recipients: string[];
  signer: Signer;
}

export interface CertificateDocument {
  /** "Bằng khen" / "Giấy khen" */
  title: string;
  /** "Chủ tịch Ủy ban nhân dân tỉnh Lâm Đồng" */
  conferrer: string;
  recipient: Recipient;
  name: string;
  detail: string | null;
  achievement: string;
  decision: { number: string; date: string };
  place: string;
  /** Number in the award register, if kept. */
  registry: string | null;
  signer: Signer;
}

/** All certificates of a decision, one page each. */
export interface CertificatesDocument {
  title: string;
  date: string;
  certificates: CertificateDocument[];
}

export interface Nominee {
  recipient: Recipient;
  name: string;
  detail: string | null;
  awardForm: string;
  /** Council votes in favour, when known (minutes). */
  votes: number | null;
  /** From a province council meeting: the share of agreement by its rule ("80%"), votes against and abstaining, and the outcome. */
  share?: string;
  against?: number;
  abstain?: number;
  result?: string;
  /**
   * From a meeting that scored with points: how many members' sheets counted, the nominee's score and the most it
   * could score (decimal comma: "85,5", "100"), and its rank among those that passed.
   */
  score?: { scorers: number; value: string | null; max: string; rank: number | null };
}

export interface SubmissionLetterDocument {
  head: DocumentHead;
  summary: string;
  /** "Kính gửi:" lines. */
  to: string[];
  legalBases: LegalBasis[];
  intro: string;
  unitName: string;
  decider: string;
  awardForm: string;
  phase: string;
  nominees: Nominee[];
  /** The province council's vote on each nominee, when the letter follows a council meeting. */
  councilResult?: string;
  recipients: string[];
  signer: Signer;
}

export interface CouncilMinutesDocument {
  head: DocumentHead;
  summary: string;
  unitName: string;
  decider: string;
  awardForm: string;
  phase: string;
  /** The plan whose standards the council applied ("Kế hoạch số 635/KH-UBND ngày …"). */
  plan: string;
  /** What the platform does not hold stays null and prints as dotted blanks to fill in. */
  meeting: {
    time: string | null;
    place: string | null;
    chair: string | null;
    secretary: string | null;
    present: number | null;
    members: number | null;
    /** From a province council meeting: whether it was quorate, and when it ended. */
    quorum?: string;
    endTime?: string | null;
  };
  nominees: Nominee[];
  /**
   * Set when the council scored with points instead of voting: how members' totals make the score ("điểm bình
   * quân"), the pass mark ("70") and how many of the best may be proposed.
   */
  scoring?: { aggregate: string; passMark: string | null; rankTop: number | null };
  /** The council's conclusion, when the meeting decided it (otherwise the template's sentence). */
  conclusion?: string;
}

export interface AchievementReportDocument {
  head: DocumentHead;
  recipient: Recipient;
  awardForm: string;
  /** The form followed ("Mẫu báo cáo thành tích … Nghị định số 98/2023/NĐ-CP"). */
  form: string;
  /** Set when the plan cites a form of a replaced decree. */
  outdatedNote: string | null;
  nominee: { name: string; facts: { label: string; value: string }[] };
  phase: string;
  movement: string;
  achievements: string;
  indicators: { label: string; year: number; value: string }[];
  previousAwards: string | null;
  /** Signature headings: "XÁC NHẬN CỦA CẤP TRÌNH KHEN THƯỞNG" and "THỦ TRƯỞNG ĐƠN VỊ" / "NGƯỜI BÁO CÁO THÀNH TÍCH". */
  confirmer: string;
  reporter: string;
  reporterName: string | null;
}

export interface UnitReportDocument {
  head: DocumentHead;
  summary: string;
  to: string[];
  year: number;
  intro: string;
  body: string;
  indicators: { label: string; value: string }[];
  nominations: { name: string; awardForm: string; status: string }[];
  /** "Hạn báo cáo: 20/12/2024; gửi ngày 15/12/2024 (đúng hạn)." */
  timeliness: string;
  recipients: string[];
  signer: Signer;
}

export interface PhaseSummaryDocument {
  head: DocumentHead;
  phase: string;
  summary: string;
  intro: string;
  stats: { label: string; value: string }[];
  awards: { awardForm: string; collectives: number; individuals: number; quota: string }[];
  units: { name: string; registered: boolean; nominations: number; awarded: number; report: string }[];
  recipients: string[];
  signer: Signer;
}

export interface DocumentModels {
  decision: DecisionDocument;
  annex: DecisionDocument;
  certificate: CertificateDocument;
  certificates: CertificatesDocument;
  'submission-letter': SubmissionLetterDocument;
  'council-minutes': CouncilMinutesDocument;
  'achievement-report': AchievementReportDocument;
  'unit-report': UnitReportDocument;
  'phase-summary': PhaseSummaryDocument;
}

export type DocumentKind = keyof DocumentModels;
export const DOCUMENT_KINDS = [
  'decision',
  'annex',
  'certificate',
  'certificates',
  'submission-letter',
  'council-minutes',
  'achievement-report',
  'unit-report',
  'phase-summary',
] as const satisfies readonly DocumentKind[];
