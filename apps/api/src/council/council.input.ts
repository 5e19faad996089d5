import { COUNCIL_ROLES, VOTE_CHOICES } from '@thidua/domain';
import { z } from 'zod';
import { isoDateTime } from '../common/validation.js';

export const MemberInput = z.object({
  provinceSlug: z.string().optional(),
  fullName: z.string().trim().min(2).max(200),
  role: z.enum(COUNCIL_ROLES),
  position: z.string().trim().max(300).default(''),
  unitId: z.number().int().positive().nullable().default(null),
  userId: z.number().int().positive().nullable().default(null),
});
export type MemberInput = z.infer<typeof MemberInput>;
export const MemberUpdate = MemberInput.omit({ provinceSlug: true })
  .partial()
  .extend({ active: z.boolean().optional() });
export type MemberUpdate = z.infer<typeof MemberUpdate>;

/** "2024-08-20T08:00" (Vietnam time) or a full ISO timestamp, a day that exists. */
const timestamp = isoDateTime;

export const MeetingInput = z.object({
  provinceSlug: z.string().optional(),
  phaseId: z.string().min(1),
  awardFormId: z.string().min(1),
  startsAt: timestamp,
  place: z.string().trim().min(2).max(300),
});
export type MeetingInput = z.infer<typeof MeetingInput>;
export const MeetingUpdate = MeetingInput.pick({ startsAt: true, place: true }).partial();
export type MeetingUpdate = z.infer<typeof MeetingUpdate>;

export const AttendanceInput = z.object({ memberId: z.number().int().positive(), present: z.boolean() });
export const VoteInput = z.object({
  nominationId: z.number().int().positive(),
  choice: z.enum(VOTE_CHOICES),
  /** Only for a manager or the council's secretary recording a member's paper ballot; a member votes as themself. */
  memberId: z.number().int().positive().optional(),
});
export type VoteInput = z.infer<typeof VoteInput>;
export const ScoreInput = z.object({
  nominationId: z.number().int().positive(),
  /** A member's sheet for one nomination: one or more criteria (the rest may follow later). */
  scores: z
    .array(z.object({ criterionId: z.string().min(1).max(80), points: z.number().min(0).max(100000) }))
    .min(1)
    .max(100),
  /** Only for a manager or the council's secretary recording a member's paper sheet. */
  memberId: z.number().int().positive().optional(),
});
export type ScoreInput = z.infer<typeof ScoreInput>;
export const ApproveInput = z.object({ nominationIds: z.array(z.number().int().positive()).max(1000).optional() });
