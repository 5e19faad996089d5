import type { ProvinceManifest } from '../manifest/schema.js';

export interface ProvinceIdentity {
  slug: string;
  /** e.g. "Mẫu" */
  name: string;
  /** e.g. "Ủy ban nhân dân tỉnh Mẫu" */
  authority: string;
}

/**
 * The province that issues a document on a date: the plugin's own, or from the day of its merger the province it
 * merged into (`mergedInto`), whose People's Committee then carries on the plan's work.
 */
export function issuingProvince(
  m: Pick<ProvinceManifest, 'slug' | 'name' | 'authority' | 'mergedInto'>,
  onDate: string,
): ProvinceIdentity {
  const to = m.mergedInto;
  if (!to || onDate < to.date) return { slug: m.slug, name: m.name, authority: m.authority };
  // The successor is the same kind of body: "Ủy ban nhân dân tỉnh A" → "Ủy ban nhân dân tỉnh B".
  const authority = m.authority.includes(m.name)
    ? m.authority.replace(m.name, to.name)
    : `Ủy ban nhân dân tỉnh ${to.name}`;
  return { slug: to.slug, name: to.name, authority };
}
