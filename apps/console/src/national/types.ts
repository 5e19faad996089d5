import type {
  Distribution,
  FigureDefinition,
  FigureId,
  IndicatorValue,
  NominationStatus,
  PlanComparison,
  Tier,
} from '@thidua/domain';

/** What GET /api/comparison/outcomes returns (apps/api/src/comparison/comparison.schemas.ts, OutcomesSchema). */
export type Text = { vi: string; en: string };

/** A figure's definition as the api sends it: label, unit, order and method. */
export type FigureMeta = FigureDefinition;

export interface IndicatorMeta {
  id: string;
  name: string;
  nameEn: string;
  unit: string | null;
  higherIsBetter: boolean;
  method: Text;
}

export interface Counts {
  units: number;
  staff: number;
  registered: number;
  nominations: Record<NominationStatus, number>;
  approvals: number;
  awards: number;
  awardsCollective: number;
  awardsIndividual: number;
  awardsIndividualNonLeader: number;
  reportsExpected: number;
  reportsOnTime: number;
  quotaPlaces: number;
  quotaUsed: number;
}

export type Figures = Record<FigureId, { value: number | null; rank: number | null }>;

export interface OutcomeRow {
  slug: string;
  name: string;
  members: { slug: string; name: string }[];
  counts: Counts;
  figures: Figures;
  indicators: Record<string, IndicatorValue>;
}

export interface DrillDown {
  province: { slug: string; name: string; members: string[] };
  byTier: { tier: Tier; counts: Counts; figures: Figures; indicators: Record<string, IndicatorValue> }[];
  unitsTotal: number;
  units: {
    id: number;
    name: string;
    tier: Tier;
    validTo: string | null;
    staffCount: number;
    registered: boolean;
    nominations: number;
    approvals: number;
    awards: number;
    reports: number;
    reportsOnTime: number;
  }[];
}

export interface Outcomes {
  scope: {
    year: number;
    phaseId: string | null;
    phaseKind: string | null;
    tier: string | null;
    boundaries: 'then' | 'today';
    today: string;
    provinces: number;
  };
  figures: FigureMeta[];
  indicators: IndicatorMeta[];
  distribution: Record<FigureId, Distribution | null>;
  indicatorDistribution: Record<string, Distribution | null>;
  rows: OutcomeRow[];
  drillDown: DrillDown | null;
}

export type { PlanComparison };

/** The dashboard's only seam to the api: a GET under /api returning parsed JSON. */
export type FetchJson = (path: string) => Promise<unknown>;
/** Optional: saves a file the api sends (CSV / XLSX), e.g. the console's authenticated download. */
export type Download = (path: string, fileName: string) => Promise<void>;
