import type { ProvinceManifest, SilentField } from './schema.js';

/** How an unsaid value reads; "không quy định" (NOT_SET) is kept for what the plan says there is none of. */
export const NOT_STATED = { vi: 'chưa quy định', en: 'not stated in the plan' } as const;

/** True when the plan leaves `field` unsaid (the manifest lists it in `notStated`). */
export function isNotStated(m: Pick<ProvinceManifest, 'notStated'>, field: SilentField): boolean {
  return m.notStated?.some((n) => n.field === field) ?? false;
}

/** Every field the plan leaves unsaid, in schema order. */
export function notStatedFields(m: Pick<ProvinceManifest, 'notStated'>): SilentField[] {
  return [...new Set(m.notStated?.map((n) => n.field) ?? [])];
}
