import type { FigureDefinition, Outcomes, PublishedCounts } from '@thidua/domain';

/** What GET /api/comparison/outcomes returns: inferred from the one schema in @thidua/domain (OutcomesSchema). */
export type { DrillDown, OutcomeRow, Outcomes, PlanComparison } from '@thidua/domain';

export type Text = { vi: string; en: string };

/** A figure's definition as the api sends it: label, unit, order and method. */
export type FigureMeta = FigureDefinition;
export type IndicatorMeta = Outcomes['indicators'][number];
export type Counts = PublishedCounts;
export type Figures = Outcomes['rows'][number]['figures'];

/** The dashboard's only seam to the api: a GET under /api returning parsed JSON. */
export type FetchJson = (path: string) => Promise<unknown>;
/** Optional: saves a file the api sends (CSV / XLSX), e.g. the console's authenticated download. */
export type Download = (path: string, fileName: string) => Promise<void>;
