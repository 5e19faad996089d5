import type { z } from 'zod';
import type { manifestSchema } from './schema.js';

/** The shape a plugin writes (before defaults); the api validates it on load with parseManifest. */
export type ProvinceManifestInput = z.input<typeof manifestSchema>;

/**
 * What a province plugin's entry module exports as default. Typed so a plugin author gets completion and
 * type errors in the editor; validation of references and dates happens at load time.
 */
export function defineProvince(manifest: ProvinceManifestInput): ProvinceManifestInput {
  return manifest;
}

/** The package.json marker by which the api discovers province plugins (cf. Backstage's `backstage.role`). */
export const PLUGIN_ROLE = 'province-plugin';
