import type { ProvinceManifest } from '../manifest/schema.js';
import type { CountryMap } from './country-map.js';
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
  // A merger is declared by the merged plugin (mergedInto) or by its successor (absorbed): either is enough.
  const successor = (slug: string) => {
    const own = bySlug.get(slug)?.mergedInto;
    if (own && own.date <= today) return own;
    for (const m of manifests) {
      const a = m.absorbed?.find((x) => x.slug === slug && x.date <= today);
      if (a) return { slug: m.slug, name: m.name };
    }
    return undefined;
  };
  const groups = new Map<string, ProvinceGroup>();
  for (const m of manifests) {
    let slug = m.slug;
    let name = m.name;
    const seen = new Set([slug]);
    for (let next = boundaries === 'today' ? successor(slug) : undefined; next && !seen.has(next.slug);) {
      slug = next.slug;
      name = bySlug.get(slug)?.name ?? next.name;
      seen.add(slug);
      next = successor(slug);
    }
    const group = groups.get(slug) ?? { slug, name, members: [], planSlug: bySlug.has(slug) ? slug : null };
    group.members.push({ slug: m.slug, name: m.name });
    groups.set(slug, group);
  }
  const out = [...groups.values()];
  for (const g of out) g.members.sort((a, b) => compareVietnamese(a.name, b.name));
  return out.sort((a, b) => compareVietnamese(a.name, b.name));
}

/**
 * How many provinces the country counts on the comparison's map: the map's provinces under today's boundaries once
 * it is in force (34 from 01/7/2025, Nghị quyết 202/2025/QH15), the former ones before it or on the plans' map.
 */
export function provincesInCountry(map: CountryMap, boundaries: Boundaries, today: string): number {
  if (boundaries === 'today' && today >= map.from) return map.provinces.length;
  return map.provinces.reduce((n, p) => n + p.formerly.length, 0);
}

/** A province on the country's map: the plugins that cover it, or none ("chưa có kế hoạch"). */
export interface CountryProvince extends ProvinceGroup {
  /** The former provinces it is made of (itself included), from the country's map; just itself off that map. */
  formerly: { slug: string; name: string }[];
  /** Whether a plugin covers it or one of its former provinces. */
  hasPlan: boolean;
}

/**
 * The provinces a comparison lists. Under today's boundaries once the country's map is in force: each province of
 * the map, with the plugins that cover it or the provinces it absorbed (groups whose slug is the province or one of
 * its former ones are summed together), else marked without plan; a group no province of the map holds (a plugin
 * outside it) is kept, so no data is dropped. Otherwise: the groups, each with a plan.
 */
export function countryProvinces(
  groups: readonly ProvinceGroup[],
  map: CountryMap,
  boundaries: Boundaries,
  today: string,
): CountryProvince[] {
  const own = (g: ProvinceGroup): CountryProvince => ({
    ...g,
    formerly: [{ slug: g.slug, name: g.name }],
    hasPlan: true,
  });
  if (boundaries !== 'today' || today < map.from) return groups.map(own);
  const used = new Set<string>();
  const out: CountryProvince[] = map.provinces.map((p) => {
    const slugs = new Set(p.formerly.map((f) => f.slug));
    const covering = groups.filter((g) => slugs.has(g.slug));
    covering.forEach((g) => used.add(g.slug));
    const members = covering.flatMap((g) => g.members).sort((a, b) => compareVietnamese(a.name, b.name));
    const planSlug = (covering.find((g) => g.slug === p.slug) ?? covering[0])?.planSlug ?? null;
    return { slug: p.slug, name: p.name, members, planSlug, formerly: p.formerly, hasPlan: covering.length > 0 };
  });
  out.push(...groups.filter((g) => !used.has(g.slug)).map(own));
  return out.sort((a, b) => compareVietnamese(a.name, b.name));
}
