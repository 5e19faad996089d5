import { z } from 'zod';
import { isoDate } from '../common/validation.js';

export const DecisionInput = z.object({
  provinceSlug: z.string().optional(),
  phaseId: z.string().min(1),
  awardFormId: z.string().min(1),
  number: z
    .string()
    .trim()
    .min(3)
    .max(60)
    .regex(/^\d+\/[\p{Lu}Đ-]+/u, 'Số quyết định có dạng "125/QĐ-UBND"'),
  signedOn: isoDate,
  signerName: z.string().trim().min(2).max(200),
  signerTitle: z.string().trim().min(2).max(200),
  nominationIds: z.array(z.number().int().positive()).max(5000).default([]),
});
export type DecisionInput = z.infer<typeof DecisionInput>;
/**
 * What a draft may change. `nominationIds` is redeclared without its default: zod applies a default inside
 * `.partial()` too, so an edit of the number alone would otherwise arrive with `nominationIds: []` and empty the draft.
 */
export const DecisionUpdate = DecisionInput.omit({ provinceSlug: true, phaseId: true, awardFormId: true })
  .extend({ nominationIds: z.array(z.number().int().positive()).max(5000) })
  .partial();
