import { AWARD_LEVELS, BOUNDARIES, everyKey, OPERATORS, PHASE_KINDS, RECIPIENTS, TIERS } from '@thidua/domain';
import { z } from 'zod';
import { badRequest } from '../common/errors.js';

/** Query and response shapes of /api/comparison, for validation and OpenAPI. */
const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'phải là chữ thường nối bằng "-"');
export const Format = z.enum(['json', 'csv', 'xlsx']).default('json');

export const PlansQuery = z.object({
  /** Comma-separated slugs; all provinces when absent. */
  provinces: z
    .string()
    .optional()
    .transform((s, ctx) => {
      const slugs = (s ?? '')
        .split(',')
        .map((x) => x.trim())
        .filter(Boolean);
      for (const x of slugs)
        if (!slug.safeParse(x).success) ctx.addIssue({ code: 'custom', message: `"${x}" không phải mã tỉnh hợp lệ` });
      return slugs;
    }),
  format: Format,
});

export const OutcomesQuery = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  phaseId: slug.optional(),
  phaseKind: z.enum(PHASE_KINDS).optional(),
  tier: z.enum(TIERS).optional(),
  boundaries: z.enum(BOUNDARIES).default('then'),
  /** Drill down into one province (its tiers and units). */
  province: slug.optional(),
  format: Format,
});
export type OutcomesQuery = z.infer<typeof OutcomesQuery>;

/** A 400 for a drill-down asked as a file: files hold the national rows only. */
export function assertExportable(q: OutcomesQuery): void {
  if (q.format !== 'json' && q.province)
    throw badRequest(
      'province: tệp tải về chỉ gồm bảng so sánh các tỉnh, không gồm phần chi tiết một tỉnh / exports hold the national table only',
      'bad-format',
    );
}

const QuotaFigure = z.object({
  value: z.number().nullable(),
  status: z.enum(['fixed', 'uncapped', 'none', 'not-given']),
});
const QuotaTotals = z.object({ collectives: QuotaFigure, individuals: QuotaFigure, combined: QuotaFigure });
const Bar = z.object({
  value: z.number(),
  operator: z.union([z.enum(OPERATORS), z.literal('top')]),
  tier: z.enum(TIERS).nullable(),
  year: z.number().nullable(),
  text: z.string(),
  source: z.string(),
});

export const PlanComparisonSchema = z.object({
  provinces: z.array(
    z.object({
      slug: z.string(),
      name: z.string(),
      mergedInto: z.object({ slug: z.string(), name: z.string(), date: z.string() }).nullable(),
      plan: z.object({ number: z.string().nullable(), date: z.string().nullable(), dateText: z.string().nullable() }),
      movement: z.string(),
      span: z.object({ from: z.string(), to: z.string(), years: z.number() }),
      stages: z.array(z.object({ id: z.string(), name: z.string(), from: z.string(), to: z.string() })),
      phases: z.array(
        z.object({
          id: z.string(),
          kind: z.enum(PHASE_KINDS),
          name: z.string(),
          stageId: z.string().nullable(),
          from: z.string(),
          to: z.string(),
          periodText: z.string().nullable(),
          nominationDeadline: z.string().nullable(),
          reportDeadline: z.string().nullable(),
          awardFormIds: z.array(z.string()),
          source: z.string(),
          quota: QuotaTotals.extend({
            phaseId: z.string(),
            forms: z.array(
              QuotaTotals.extend({
                awardFormId: z.string(),
                perNominatingUnit: z.record(z.string(), z.number()).nullable(),
                text: z.string().nullable(),
                source: z.string().nullable(),
              }),
            ),
          }),
        }),
      ),
      awardForms: z.array(
        z.object({
          id: z.string(),
          name: z.string(),
          conferredBy: z.string(),
          level: z.enum(AWARD_LEVELS),
          recipients: z.array(z.enum(RECIPIENTS)),
          tiers: z.array(z.enum(TIERS)).nullable(),
        }),
      ),
      awardFormsByLevel: everyKey(AWARD_LEVELS, z.number()),
      criteriaByTier: z.array(
        z.object({
          tier: z.enum(TIERS),
          takesPart: z.boolean(),
          count: z.number().nullable().describe('null = "không quy định"'),
          qualitative: z.number(),
          threshold: z.number(),
          rank: z.number(),
        }),
      ),
      reportDeadlines: z.array(
        z.object({ everyYear: z.string().nullable(), date: z.string().nullable(), text: z.string() }),
      ),
    }),
  ),
  measures: z.array(
    z.object({
      indicatorId: z.string(),
      indicator: z
        .object({
          name: z.string(),
          nameEn: z.string(),
          unit: z.string(),
          level: z.string(),
          higherIsBetter: z.boolean(),
        })
        .nullable(),
      measure: z.enum(['threshold', 'rank', 'target']),
      year: z.number().nullable(),
      cells: z.array(
        z.object({
          slug: z.string(),
          value: z.number().nullable().describe('null = "không quy định"'),
          operator: z.string().nullable(),
          text: z.string(),
          bars: z.array(Bar),
        }),
      ),
    }),
  ),
});

export { OutcomesSchema } from '@thidua/domain';
