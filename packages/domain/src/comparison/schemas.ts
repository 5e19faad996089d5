import { z } from 'zod';
import { OPERATORS, TIERS } from '../manifest/schema.js';
import { NOMINATION_STATUSES } from '../workflow/nomination.js';
import { BOUNDARIES } from './boundaries.js';
import { FIGURE_IDS } from './outcomes.js';

/**
 * The national comparison's outcomes as the api sends them (GET /api/comparison/outcomes): the one schema the api
 * validates and documents with, and the console infers its types from.
 */
const Text = z.object({ vi: z.string(), en: z.string() });
/** An object with every key of an enum (z.record of an enum publishes "required" keys with no properties). */
export const everyKey = <K extends string, V extends z.ZodType>(keys: readonly K[], value: V) =>
  z.object(Object.fromEntries(keys.map((k) => [k, value])) as Record<K, V>);

/**
 * What the database counts for one province (or one tier of it) in the period compared. Every field is a sum,
 * so provinces merged into one successor add up field by field.
 */
export const OutcomeCountsSchema = z.object({
  /** Units in the comparison (active in the year, or today's units under today's boundaries). */
  units: z.number(),
  /** Officials and employees of those units (Unit.staffCount). */
  staff: z.number(),
  registered: z.number(),
  nominations: everyKey(NOMINATION_STATUSES, z.number()),
  awardsCollective: z.number(),
  awardsIndividual: z.number(),
  /** Individual awards to people who hold no leadership post (Person.isLeader = false). */
  awardsIndividualNonLeader: z.number(),
  /** Units expected to report (registered, or reported anyway) and reports in by their due date. */
  reportsExpected: z.number(),
  reportsOnTime: z.number(),
  /** Places under quotas with a fixed number, and approvals/awards that used them. */
  quotaPlaces: z.number(),
  quotaUsed: z.number(),
  /** Indicator readings: how many units have one, and the sum of their values (for the mean). */
  indicators: z.record(z.string(), z.object({ n: z.number(), sum: z.number() })),
});
export type OutcomeCounts = z.infer<typeof OutcomeCountsSchema>;

/** The counts a row publishes: indicator sums become indicator values; approvals and awards are added up. */
export const PublishedCountsSchema = OutcomeCountsSchema.omit({ indicators: true }).extend({
  approvals: z.number(),
  awards: z.number(),
});

const Distribution = z.object({ n: z.number(), q1: z.number(), median: z.number(), q3: z.number() }).nullable();
const FigureValue = z.object({ value: z.number().nullable(), rank: z.number().nullable() });
const IndicatorValue = z.object({
  value: z.number().nullable(),
  n: z.number(),
  rank: z.number().nullable(),
  meetsTarget: z.boolean().nullable(),
  target: z
    .object({ year: z.number(), operator: z.enum(OPERATORS), value: z.number(), text: z.string(), source: z.string() })
    .nullable(),
});
const Counts = PublishedCountsSchema;
const Figures = everyKey(FIGURE_IDS, FigureValue);

export const OutcomesSchema = z.object({
  scope: z.object({
    year: z.number(),
    phaseId: z.string().nullable(),
    phaseKind: z.string().nullable(),
    tier: z.string().nullable(),
    boundaries: z.enum(BOUNDARIES),
    today: z.string(),
    provinces: z.number().describe('provinces in the national distribution (those with a plan)'),
    country: z
      .number()
      .describe("provinces of the country on this map: 34 under today's boundaries from 01/7/2025, else 63"),
  }),
  figures: z.array(
    z.object({
      id: z.enum(FIGURE_IDS),
      label: Text,
      unit: z.string(),
      order: z.literal('desc').nullable(),
      method: Text,
    }),
  ),
  indicators: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      nameEn: z.string(),
      unit: z.string().nullable(),
      higherIsBetter: z.boolean(),
      method: Text,
    }),
  ),
  distribution: everyKey(FIGURE_IDS, Distribution),
  indicatorDistribution: z.record(z.string(), Distribution),
  rows: z
    .array(
      z.object({
        slug: z.string(),
        name: z.string(),
        members: z.array(z.object({ slug: z.string(), name: z.string() })),
        /** The former provinces it is made of (Nghị quyết 202/2025/QH15), itself included. */
        formerly: z.array(z.object({ slug: z.string(), name: z.string() })),
        /** False: no plugin covers it or its former provinces ("chưa có kế hoạch"); its counts are zeros, figures null. */
        hasPlan: z.boolean(),
        counts: Counts,
        figures: Figures,
        indicators: z.record(z.string(), IndicatorValue),
      }),
    )
    .describe("a province user gets only their own province's row"),
  drillDown: z
    .object({
      province: z.object({ slug: z.string(), name: z.string(), members: z.array(z.string()) }),
      byTier: z.array(
        z.object({
          tier: z.enum(TIERS),
          counts: Counts,
          figures: Figures,
          indicators: z.record(z.string(), IndicatorValue),
        }),
      ),
      unitsTotal: z.number(),
      units: z
        .array(
          z.object({
            id: z.number(),
            name: z.string(),
            tier: z.enum(TIERS),
            validTo: z.string().nullable(),
            staffCount: z.number(),
            registered: z.boolean(),
            nominations: z.number(),
            approvals: z.number(),
            awards: z.number(),
            reports: z.number(),
            reportsOnTime: z.number(),
          }),
        )
        .describe('at most 100, most awards first'),
    })
    .nullable(),
});

export type Outcomes = z.infer<typeof OutcomesSchema>;
export type OutcomeRow = Outcomes['rows'][number];
export type DrillDown = NonNullable<Outcomes['drillDown']>;
export type PublishedCounts = z.infer<typeof PublishedCountsSchema>;
