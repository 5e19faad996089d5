import type { ProvinceManifest } from '../manifest/schema.js';
import { compareVietnamese } from '../text/collation.js';

/**
 * Which map a comparison is drawn on. `then`: each province as it was (its own plan, its own units). `today`:
 * the boundaries in force on the given date, so provinces merged into the same successor count as one.
 */
export const BOUNDARIES = ['then', 'today'] as const;
export type Boundaries = (typeof BOUNDARIES)[number];

export interface ProvinceGroup {
  /** The province as compared: a plugin's slug, or the successor's slug under today's boundaries. */
  slug: string;
  name: string;
  /** Plugins whose data is summed under it, in Vietnamese order. */
  members: { slug: string; name: string }[];
  /** The member whose plan speaks for the group (its targets), or null when the successor has no plugin. */
  planSlug: string | null;
}

/**
 * Groups provinces for a comparison. Under `today`, a merger counts once its date has come; chains are followed
 * (A → B, B → C: A and B count under C) and a loop in the data stops where it closes.
 */
export function groupProvinces(
  manifests: readonly ProvinceManifest[],
  boundaries: Boundaries,
  today: string,
): ProvinceGroup[] {
  const bySlug = new Map(manifests.map((m) => [m.slug, m]));
  const groups = new Map<string, ProvinceGroup>();
  for (const m of manifests) {
    let slug = m.slug;
    let name = m.name;
    const seen = new Set([slug]);
    for (
      let cur = bySlug.get(slug);
      boundaries === 'today' && cur?.mergedInto && cur.mergedInto.date <= today && !seen.has(cur.mergedInto.slug);
      cur = bySlug.get(slug)
    ) {
      slug = cur.mergedInto.slug;
      name = bySlug.get(slug)?.name ?? cur.mergedInto.name;
      seen.add(slug);
    }
    const group = groups.get(slug) ?? { slug, name, members: [], planSlug: bySlug.has(slug) ? slug : null };
    group.members.push({ slug: m.slug, name: m.name });
    groups.set(slug, group);
  }
  const out = [...groups.values()];
  for (const g of out) g.members.sort((a, b) => compareVietnamese(a.name, b.name));
  return out.sort((a, b) => compareVietnamese(a.name, b.name));
}
