import { z } from 'zod';
import { ADMIN_LEVELS } from '../catalogue/indicators.js';
import { councilRuleSchema } from '../council/rule.js';

/**
 * The schema of a province plugin's manifest. Its JSON form is public API: field names here are a contract.
 * Every fact carries `source`, the section of the plan it comes from (e.g. "III.4", "II.2.a").
 */

export const isoDate = z
  .string()
  .regex(
    /^\d{4}-\d{2}-\d{2}$/,
    'phải là ngày dạng YYYY-MM-DD, ví dụ 2025-07-01 / must be a date written YYYY-MM-DD, e.g. 2025-07-01',
  );
export const slugId = z
  .string()
  .regex(
    /^[a-z0-9]+(-[a-z0-9]+)*$/,
    'phải là chữ thường không dấu nối bằng "-", ví dụ so-ket-2024 / must be lower-case words joined by "-", e.g. so-ket-2024',
  );
const source = z
  .string()
  .min(
    1,
    'phải ghi mục của Kế hoạch nêu điều này, ví dụ "III.4" / must name the plan section it comes from, e.g. "III.4"',
  );
const text = z
  .string()
  .trim()
  .min(1, 'không được để trống: chép từ Kế hoạch / must not be empty: copy it from the plan');

export const TIERS = [
  'provincial-agency',
  'district',
  'commune',
  'enterprise',
  'official',
  'citizen',
  'external',
  // Individual tiers of the 2025 national movement (QĐ 923/QĐ-TTg): nhà khoa học, doanh nhân.
  'scientist',
  'entrepreneur',
] as const;
export type Tier = (typeof TIERS)[number];
export const PHASE_KINDS = ['launch', 'annual', 'interim-review', 'final-review'] as const;
export type PhaseKind = (typeof PHASE_KINDS)[number];
export const RECIPIENTS = ['collective', 'individual'] as const;
export type Recipient = (typeof RECIPIENTS)[number];
export const AWARD_LEVELS = ['state', 'government', 'province', 'unit'] as const;
export const CRITERION_KINDS = ['qualitative', 'threshold', 'rank'] as const;
export type CriterionKind = (typeof CRITERION_KINDS)[number];
export const OPERATORS = ['>=', '>', '<=', '<', '='] as const;
export type Operator = (typeof OPERATORS)[number];
/** What a file of a nomination's dossier is (uploads); not the papers thidua generates (documents' DOCUMENT_KINDS). */
export const DOSSIER_FILE_TYPES = [
  'submission-letter', // Tờ trình
  'council-minutes', // Biên bản họp Hội đồng TĐKT
  'achievement-report', // Báo cáo thành tích
  'launch-plan', // Kế hoạch phát động của đơn vị
  'results-report', // Báo cáo kết quả thực hiện
  'other',
] as const;
export type DossierFileType = (typeof DOSSIER_FILE_TYPES)[number];
export const WORKFLOW_ROLES = ['nominating-unit', 'information-department', 'home-affairs', 'chairman'] as const;

export const legalBasisSchema = z.object({ ref: text, title: z.string().optional(), source });

export const planSchema = z.object({
  /** "2158/KH-UBND"; null where the plan text leaves it blank. */
  number: z.string().nullable(),
  /** Exact date, or null when the plan gives none; `dateText` keeps the plan's own words ("tháng 8/2022"). */
  date: isoDate.nullable(),
  dateText: z.string().optional(),
  issuer: text,
  signer: z.object({ name: z.string().optional(), title: text }).optional(),
  legalBases: z.array(legalBasisSchema),
  source,
});

export const stageSchema = z.object({ id: slugId, name: text, from: isoDate, to: isoDate, source });

export const movementSchema = z.object({
  name: text,
  theme: z.string().optional(),
  span: z.object({ from: isoDate, to: isoDate }),
  stages: z.array(stageSchema),
  source,
});

export const tierEntrySchema = z.object({ tier: z.enum(TIERS), text, source });

export const phaseSchema = z.object({
  id: slugId,
  kind: z.enum(PHASE_KINDS),
  name: text,
  stageId: slugId.optional(),
  /** The time the phase covers (when it is held); `periodText` keeps the plan's words ("Quý III năm 2024"). */
  period: z.object({ from: isoDate, to: isoDate }),
  periodText: z.string().optional(),
  /** Last day a unit may send nominations to the aggregating department. */
  nominationDeadline: isoDate.optional(),
  /** … or a deadline relative to the phase's end ("trong vòng 15 ngày kể từ khi kết thúc đợt"). */
  nominationDaysAfterEnd: z.number().int().min(0).optional(),
  /** Last day a unit's report for the phase is due. */
  reportDeadline: isoDate.optional(),
  reportDaysAfterEnd: z.number().int().min(0).optional(),
  /** Points-based phases: the score to pass, and/or the N best-scored that are selected. */
  scoring: z
    .object({ passMark: z.number().min(0).optional(), rankTop: z.number().int().min(1).optional(), source })
    .optional(),
  awardFormIds: z.array(slugId),
  source,
});

export const criterionSchema = z.object({
  id: slugId,
  tier: z.enum(TIERS),
  kind: z.enum(CRITERION_KINDS),
  text,
  /** Who the criterion applies to; absent = both collectives and individuals of the tier. */
  recipient: z.enum(RECIPIENTS).optional(),
  indicator: z.string().optional(),
  operator: z.enum(OPERATORS).optional(),
  /** For `threshold`: the bar; for `rank`: N in "top N". */
  threshold: z.number().optional(),
  unit: z.string().optional(),
  /** Points the criterion gives when met (points-based plans), and its weight in the total (default 1). */
  points: z.number().min(0).optional(),
  weight: z.number().gt(0).optional(),
  source,
});

export const targetSchema = z.object({
  indicator: z.string(),
  year: z.number().int().min(2000).max(2100),
  operator: z.enum(OPERATORS),
  value: z.number(),
  level: z.enum(ADMIN_LEVELS).optional(),
  text,
  source,
});

export const awardFormSchema = z.object({
  id: slugId,
  name: text,
  /** Who confers it, in the plan's words (e.g. "Chủ tịch UBND tỉnh"). */
  conferredBy: text,
  level: z.enum(AWARD_LEVELS),
  recipients: z
    .array(z.enum(RECIPIENTS))
    .min(1, 'phải ghi "collective" và/hoặc "individual" / must list "collective" and/or "individual"'),
  /** Tiers eligible for it; absent = every tier the plan lists. */
  tiers: z.array(z.enum(TIERS)).optional(),
  /** Last day it can be conferred, where the law ended its conferrer (e.g. the district chairman's Giấy khen: 30/6/2025). */
  validTo: isoDate.optional(),
  source,
});

const count = z.number().int().min(0);
export const quotaSchema = z.object({
  phaseId: slugId,
  awardFormId: slugId,
  maxCollectives: count.optional(),
  maxIndividuals: count.optional(),
  maxCombined: count.optional(),
  /** Limit for each nominating unit ("mỗi cơ quan… lựa chọn 01 tập thể và 01 cá nhân"). */
  perNominatingUnit: z
    .object({ collectives: count.optional(), individuals: count.optional(), combined: count.optional() })
    .optional(),
  /** "No fixed number": the head of the unit decides. */
  decidedByHead: z.boolean().optional(),
  /** A cap as a share ("không quá 20% số đơn vị", "… số được đề nghị"), 0 < value ≤ 1. */
  share: z.object({ of: z.enum(['units', 'nominees']), value: z.number().gt(0).max(1) }).optional(),
  text: z.string().optional(),
  source,
});

export const dossierRequirementSchema = z.object({
  /** Award forms it applies to; absent = all. */
  awardFormIds: z.array(slugId).optional(),
  recipient: z.enum(RECIPIENTS).optional(),
  documents: z
    .array(
      z.object({
        type: z.enum(DOSSIER_FILE_TYPES),
        name: text,
        copies: z.number().int().min(1).optional(),
        form: z.string().optional(),
        source,
      }),
    )
    .min(1),
  source,
});

export const workflowStepSchema = z.object({ role: z.enum(WORKFLOW_ROLES), actor: text, does: text, source });
export const reportDeadlineSchema = z.object({
  /** Yearly day as MM-DD ("12-20" = 20/12 each year) … */
  everyYear: z
    .string()
    .regex(/^\d{2}-\d{2}$/, 'phải là ngày trong năm dạng MM-DD, ví dụ "12-20" / must be MM-DD, e.g. "12-20"')
    .optional(),
  /** … or one exact date. */
  date: isoDate.optional(),
  text,
  /** Who the report goes to. */
  to: z.string().optional(),
  source,
});
export const workflowSchema = z.object({
  steps: z.array(workflowStepSchema),
  reportDeadlines: z.array(reportDeadlineSchema),
  /** How the province's emulation council votes; absent = DEFAULT_COUNCIL_RULE. */
  council: councilRuleSchema.optional(),
  source,
});

export const noteSchema = z.object({ source, text });

/**
 * What a plan may leave unsaid. A field listed in `notStated` is "chưa quy định" (the plan does not say), which is
 * not "không" (the plan says there is none): its list stays empty and the api, the comparison and the console show
 * "chưa quy định", never 0.
 */
export const SILENT_FIELDS = ['tiers', 'phases', 'criteria', 'awardForms', 'quotas', 'deadlines', 'workflow'] as const;
export type SilentField = (typeof SILENT_FIELDS)[number];
export const notStatedSchema = z.object({
  field: z.enum(SILENT_FIELDS),
  /** Where the plan would say it, or "toàn văn Kế hoạch" when it says nothing anywhere. */
  source,
  text: z.string().optional(),
});

export const manifestSchema = z.object({
  slug: slugId,
  name: text,
  /** "Ủy ban nhân dân tỉnh Lâm Đồng" */
  authority: text,
  plan: planSchema,
  movement: movementSchema,
  tiers: z.array(tierEntrySchema),
  phases: z.array(phaseSchema),
  criteria: z.array(criterionSchema),
  targets: z.array(targetSchema),
  awardForms: z.array(awardFormSchema),
  quotas: z.array(quotaSchema),
  dossier: z.array(dossierRequirementSchema),
  workflow: workflowSchema,
  notes: z.array(noteSchema),
  /** What the plan does not state (distinct from an empty list, which says "none"). */
  notStated: z.array(notStatedSchema).optional(),
  /** The national movement this plan implements (e.g. QĐ 923/QĐ-TTg of 14/5/2025). */
  implements: z.object({ movement: text, decision: text, date: isoDate, source }).optional(),
  /** Awards outside any phase (khen thưởng đột xuất): which forms, and the plan's words. */
  adHoc: z.object({ awardFormIds: z.array(slugId).min(1), text, source }).optional(),
  /** Provinces merged into this one, and when (2025 reorganisation). */
  absorbed: z.array(z.object({ slug: slugId, name: text, date: isoDate, source })).optional(),
  /** Province administrative change: the province it merged into and when (2025 reorganisation). */
  mergedInto: z.object({ slug: z.string(), name: text, date: isoDate, source }).optional(),
  /** Document templates the plugin overrides: template name → path relative to the plugin package. */
  templates: z.record(z.string(), z.string()).optional(),
});

export type ProvinceManifest = z.infer<typeof manifestSchema>;
export type Phase = z.infer<typeof phaseSchema>;
export type Criterion = z.infer<typeof criterionSchema>;
export type AwardForm = z.infer<typeof awardFormSchema>;
export type Quota = z.infer<typeof quotaSchema>;
export type Target = z.infer<typeof targetSchema>;
export type DossierRequirement = z.infer<typeof dossierRequirementSchema>;
export type ReportDeadline = z.infer<typeof reportDeadlineSchema>;

export const TIER_LABELS: Record<Tier, { vi: string; en: string }> = {
  'provincial-agency': { vi: 'Sở, ban, ngành, đoàn thể cấp tỉnh', en: 'Provincial agency' },
  district: { vi: 'Cấp huyện', en: 'District' },
  commune: { vi: 'Cấp xã', en: 'Commune' },
  enterprise: { vi: 'Doanh nghiệp, hợp tác xã', en: 'Enterprise' },
  official: { vi: 'Cán bộ, công chức, viên chức, người lao động', en: 'Official or employee' },
  citizen: { vi: 'Người dân', en: 'Citizen' },
  external: { vi: 'Tập thể, cá nhân ngoài tỉnh', en: 'From outside the province' },
  scientist: { vi: 'Nhà khoa học', en: 'Scientist' },
  entrepreneur: { vi: 'Doanh nhân', en: 'Entrepreneur' },
};
