import type { Criterion } from '@thidua/domain';

/** What the administrator is typing: kept in sessionStorage so a conflict, an error or a reload never loses it. */
export interface CriterionDraft {
  mode: 'add' | 'edit' | 'retire';
  criterionId?: string;
  baseVersion: number;
  criterion: Partial<Criterion>;
  reason: string;
}

const key = (slug: string) => `thidua.criteria.draft.${slug}`;

export const drafts = {
  load(slug: string): CriterionDraft | null {
    const raw = sessionStorage.getItem(key(slug));
    return raw ? (JSON.parse(raw) as CriterionDraft) : null;
  },
  save(slug: string, draft: CriterionDraft | null): void {
    if (draft) sessionStorage.setItem(key(slug), JSON.stringify(draft));
    else sessionStorage.removeItem(key(slug));
  },
};

/** The criterion as the api expects it: empty optional fields left out, the threshold a number. */
export function toCriterion(c: Partial<Criterion>): Criterion {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(c))
    if (v !== '' && v !== undefined && v !== null) out[k] = k === 'threshold' ? Number(v) : v;
  return out as Criterion;
}
