import type { z } from 'zod';
import type { manifestSchema } from './schema.js';

/** The shape a plugin writes (before defaults); the api validates it on load with parseManifest. */
export type ProvinceManifestInput = z.input<typeof manifestSchema>;

/**
 * What a province plugin's entry module exports as default. Typed so a plugin author gets completion and
 * type errors in the editor; validation of references and dates happens at load time.
 *
 * Every plugin's index.ts names the same parts (`plan, movement, tiers, phases, …`) one by one, and that repeat
 * is kept on purpose: the entry reads as the plan's table of contents, a missing part is a type error at that
 * line, and a helper merging whole modules would let any other export of a module slip into the manifest.
 */
export function defineProvince(manifest: ProvinceManifestInput): ProvinceManifestInput {
  return manifest;
}

/** The package.json marker by which the api discovers province plugins (cf. Backstage's `backstage.role`). */
export const PLUGIN_ROLE = 'province-plugin';

/**
 * The 2025 provincial merger (Nghị quyết số 202/2025/QH15 of the National Assembly), for a plugin whose province
 * merged: a national fact, not one of the plan, so its source cites the resolution.
 */
export function merged2025Into(slug: string, name: string): NonNullable<ProvinceManifestInput['mergedInto']> {
  return {
    slug,
    name,
    date: '2025-07-01',
    source:
      'Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội (ngoài Kế hoạch); chính quyền tỉnh mới hoạt động từ 01/7/2025',
  };
}

/**
 * A province merged into this one in 2025 (Nghị quyết số 202/2025/QH15), for the successor's plugin: a national
 * fact, so its source cites the resolution.
 */
export function absorbed2025(slug: string, name: string): NonNullable<ProvinceManifestInput['absorbed']>[number] {
  return {
    slug,
    name,
    date: '2025-07-01',
    source:
      'Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội (ngoài Kế hoạch); chính quyền tỉnh mới hoạt động từ 01/7/2025',
  };
}
