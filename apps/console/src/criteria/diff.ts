import type { Criterion } from '@thidua/domain';

export const CRITERION_FIELDS = [
  'id',
  'tier',
  'kind',
  'text',
  'recipient',
  'indicator',
  'operator',
  'threshold',
  'unit',
  'source',
] as const;
export type CriterionField = (typeof CRITERION_FIELDS)[number];

export interface FieldDiff {
  field: CriterionField;
  before: string;
  after: string;
  changed: boolean;
}

const show = (v: unknown) => (v === undefined || v === null ? '' : String(v));

/** Field-by-field comparison of a criterion before and after a change (either side may be absent). */
export function diffCriterion(before: Criterion | undefined, after: Criterion | undefined): FieldDiff[] {
  return CRITERION_FIELDS.map((field) => {
    const b = show(before?.[field]);
    const a = show(after?.[field]);
    return { field, before: b, after: a, changed: a !== b };
  });
}

export interface Version {
  version: number;
  criteria: Criterion[];
  change: string;
  criterionId: string | null;
  reason: string;
  authorId: number | null;
  authorName: string | null;
  createdAt: string;
}

/** The criterion a version touched, as it was in the version before and as this version left it. */
export function changeOf(
  versions: Version[],
  version: number,
): { before: Criterion | undefined; after: Criterion | undefined } {
  const v = versions.find((x) => x.version === version);
  const prev = versions.find((x) => x.version === version - 1);
  if (!v?.criterionId) return { before: undefined, after: undefined };
  return {
    before: prev?.criteria.find((c) => c.id === v.criterionId),
    after: v.criteria.find((c) => c.id === v.criterionId),
  };
}
