import { BULK_ACTION_LIMIT, NOMINATION_ACTIONS, RECIPIENTS } from '@thidua/domain';
import { z } from 'zod';

export const NominationInput = z.object({
  provinceSlug: z.string().optional(),
  phaseId: z.string().min(1),
  awardFormId: z.string().min(1),
  recipient: z.enum(RECIPIENTS),
  /** The unit that proposes (a clerk's own unit; staff may name one). */
  nominatingUnitId: z.number().int().positive().optional(),
  nomineeUnitId: z.number().int().positive().nullable().optional(),
  nomineePersonId: z.number().int().positive().nullable().optional(),
  /** For individuals: official (default) or citizen. */
  tier: z.enum(['official', 'citizen', 'external']).optional(),
  achievements: z.string().max(20000).default(''),
});
export type NominationInput = z.infer<typeof NominationInput>;
export const NominationUpdate = NominationInput.pick({
  achievements: true,
  nomineeUnitId: true,
  nomineePersonId: true,
}).partial();
export type NominationUpdate = z.infer<typeof NominationUpdate>;

export const ActionBody = z.object({ reason: z.string().trim().max(1000).optional() });
export const ActionParam = z.enum(NOMINATION_ACTIONS);
/** One workflow step on many nominations; a return or rejection carries one reason for all of them. */
export const BulkActionBody = z.object({
  action: ActionParam,
  ids: z.array(z.number().int().positive()).min(1).max(BULK_ACTION_LIMIT),
  reason: z.string().trim().max(1000).optional(),
});
export type BulkActionBody = z.infer<typeof BulkActionBody>;
/** Each nomination's outcome: its new status, or the error the single step would have answered. */
export const BulkActionResult = z.object({
  action: ActionParam,
  succeeded: z.number(),
  failed: z.number(),
  results: z.array(
    z.discriminatedUnion('ok', [
      z.object({ id: z.number(), ok: z.literal(true), status: z.string() }),
      z.object({
        id: z.number(),
        ok: z.literal(false),
        error: z.object({ statusCode: z.number(), code: z.string().optional(), message: z.string() }),
      }),
    ]),
  ),
});
export type BulkActionResult = z.infer<typeof BulkActionResult>;
export const VerdictBody = z.object({
  criterionId: z.string().min(1),
  passed: z.boolean(),
  comment: z.string().max(1000).optional(),
});

export const NominationRow = z.object({
  id: z.number(),
  provinceSlug: z.string(),
  phaseId: z.string(),
  awardFormId: z.string(),
  recipient: z.enum(RECIPIENTS),
  nominatingUnitId: z.number(),
  nomineeUnitId: z.number().nullable(),
  nomineePersonId: z.number().nullable(),
  nomineeName: z.string(),
  tier: z.string(),
  status: z.string(),
  achievements: z.string(),
  criteriaVersion: z.number().nullable(),
  criteriaStatus: z.string().nullable(),
  returnReason: z.string().nullable(),
  decisionId: z.number().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  submittedAt: z.string().nullable(),
});
