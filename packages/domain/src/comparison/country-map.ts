import { z } from 'zod';
import { say, shapeProblem } from '../manifest/issues.js';
import { isoDate, slugId } from '../manifest/schema.js';
import { pathOf, valueAt, type ManifestIssue } from '../manifest/validate.js';

/**
 * The country's administrative map a comparison counts on: the provinces in force from a date and the former
 * provinces each is made of. A fact of the law, not of any plan, so it is data the api loads (THIDUA_COUNTRY_MAP),
 * like the plugins; core code names no province.
 */
const place = z.object({ slug: slugId, name: z.string().trim().min(1) }).strict();

export const countryMapSchema = z
  .object({
    /** The act that drew the map, e.g. a resolution of the National Assembly. */
    source: z.string().trim().min(1),
    /** From when the map is in force; before it, each former province counts on its own. */
    from: isoDate,
    provinces: z.array(place.extend({ formerly: z.array(place).min(1) }).strict()).min(1),
  })
  .strict();

export type CountryMap = z.infer<typeof countryMapSchema>;
export type MapProvince = CountryMap['provinces'][number];

/** Validates a map: its shape, then that each province lists itself and each former province sits in one only. */
export function validateCountryMap(
  input: unknown,
  file: string,
): { ok: true; map: CountryMap } | { ok: false; issues: ManifestIssue[] } {
  const parsed = countryMapSchema.safeParse(input);
  if (!parsed.success)
    return {
      ok: false,
      issues: parsed.error.issues.map((i) => ({
        plugin: file,
        path: pathOf(i.path),
        problem: shapeProblem(i, valueAt(input, i.path)).problem,
        fix: say('sửa theo văn bản mà bản đồ trích dẫn', 'correct it from the act the map cites'),
      })),
    };
  const issues: ManifestIssue[] = [];
  const holder = new Map<string, string>();
  parsed.data.provinces.forEach((p, i) => {
    if (!p.formerly.some((f) => f.slug === p.slug))
      issues.push({
        plugin: file,
        path: `provinces[${i}].formerly`,
        problem: say(`không có chính "${p.slug}"`, `does not list "${p.slug}" itself`),
        fix: say('thêm tỉnh này vào formerly', 'add the province itself to formerly'),
      });
    p.formerly.forEach((f, j) => {
      const other = holder.get(f.slug);
      if (other)
        issues.push({
          plugin: file,
          path: `provinces[${i}].formerly[${j}]`,
          problem: say(`"${f.slug}" đã thuộc "${other}"`, `"${f.slug}" already belongs to "${other}"`),
          fix: say('mỗi tỉnh cũ chỉ thuộc một tỉnh mới', 'each former province belongs to one province only'),
        });
      holder.set(f.slug, p.slug);
    });
  });
  return issues.length ? { ok: false, issues } : { ok: true, map: parsed.data };
}
