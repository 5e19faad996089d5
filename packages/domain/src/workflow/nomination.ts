import type { Role } from './roles.js';

/** draft → submitted → aggregated → appraised → approved → decided, with returns and rejection. */
export const NOMINATION_STATUSES = [
  'draft',
  'submitted',
  'returned',
  'aggregated',
  'appraised',
  'approved',
  'rejected',
  'decided',
] as const;
export type NominationStatus = (typeof NOMINATION_STATUSES)[number];

export const NOMINATION_ACTIONS = ['submit', 'return', 'aggregate', 'appraise', 'approve', 'reject'] as const;
export type NominationAction = (typeof NOMINATION_ACTIONS)[number];

interface Transition {
  action: NominationAction;
  from: readonly NominationStatus[];
  to: NominationStatus;
  roles: readonly Role[];
  /** A return or rejection must say why. */
  needsReason?: boolean;
}

/**
 * The workflow. A return goes back to the unit ("returned", editable like a draft); the information department
 * returns submitted nominations, home affairs returns aggregated ones. Approval and rejection are recorded by home
 * affairs on the chairman's decision. "decided" is reached only by issuing an award decision.
 */
export const TRANSITIONS: readonly Transition[] = [
  { action: 'submit', from: ['draft', 'returned'], to: 'submitted', roles: ['unit-clerk', 'province-admin'] },
  { action: 'aggregate', from: ['submitted'], to: 'aggregated', roles: ['information-department', 'province-admin'] },
  {
    action: 'return',
    from: ['submitted'],
    to: 'returned',
    roles: ['information-department', 'province-admin'],
    needsReason: true,
  },
  {
    action: 'return',
    from: ['aggregated'],
    to: 'returned',
    roles: ['home-affairs', 'province-admin'],
    needsReason: true,
  },
  { action: 'appraise', from: ['aggregated'], to: 'appraised', roles: ['home-affairs', 'province-admin'] },
  { action: 'approve', from: ['appraised'], to: 'approved', roles: ['home-affairs', 'province-admin'] },
  {
    action: 'reject',
    from: ['appraised'],
    to: 'rejected',
    roles: ['home-affairs', 'province-admin'],
    needsReason: true,
  },
];

export type TransitionCheck =
  { ok: true; to: NominationStatus; needsReason: boolean } | { ok: false; reason: 'status' | 'role' };

/** Can a user with this role take this action on a nomination in this status? A role that never may is told so first. */
export function checkTransition(action: NominationAction, from: NominationStatus, role: Role): TransitionCheck {
  const byAction = TRANSITIONS.filter((t) => t.action === action);
  if (!byAction.some((t) => t.roles.includes(role))) return { ok: false, reason: 'role' };
  const byStatus = byAction.filter((t) => t.from.includes(from));
  if (byStatus.length === 0) return { ok: false, reason: 'status' };
  const t = byStatus.find((x) => x.roles.includes(role));
  if (!t) return { ok: false, reason: 'role' };
  return { ok: true, to: t.to, needsReason: !!t.needsReason };
}

/** The actions a role may take on a nomination in a status (the console's buttons). */
export function availableActions(from: NominationStatus, role: Role): NominationAction[] {
  return [...new Set(TRANSITIONS.filter((t) => t.from.includes(from) && t.roles.includes(role)).map((t) => t.action))];
}

/** The actions a role may take on some nomination, in the table's order (the console's bulk buttons). */
export function actionsOf(role: Role): NominationAction[] {
  return NOMINATION_ACTIONS.filter((a) => TRANSITIONS.some((t) => t.action === a && t.roles.includes(role)));
}

/** Does this action always need a reason (a return, a rejection)? Then one reason serves a whole batch. */
export const actionNeedsReason = (action: NominationAction): boolean =>
  TRANSITIONS.some((t) => t.action === action && t.needsReason);

/**
 * The most nominations one bulk step takes: a province's whole round fits (the largest seed quota is a few
 * dozen places), and each row is its own transaction, so a request stays well under the proxy's timeout.
 */
export const BULK_ACTION_LIMIT = 100;

/** What each step is called where a message names it (the console's buttons say the same). */
export const ACTION_LABELS: Record<NominationAction, { vi: string; en: string }> = {
  submit: { vi: 'Gửi đề nghị', en: 'Submit' },
  aggregate: { vi: 'Tổng hợp', en: 'Aggregate' },
  return: { vi: 'Trả lại', en: 'Return' },
  appraise: { vi: 'Thẩm định đạt', en: 'Appraise' },
  approve: { vi: 'Duyệt', en: 'Approve' },
  reject: { vi: 'Không duyệt', en: 'Reject' },
};

/** Statuses that hold a place under a quota. */
export const COUNTS_AGAINST_QUOTA: readonly NominationStatus[] = ['approved', 'decided'];
/** Statuses that count against a nominating unit's limit (sent and not turned down). */
export const COUNTS_AGAINST_UNIT_LIMIT: readonly NominationStatus[] = [
  'submitted',
  'aggregated',
  'appraised',
  'approved',
  'decided',
];
/** Statuses in which the unit may still change the nomination and its dossier. */
export const EDITABLE: readonly NominationStatus[] = ['draft', 'returned'];

export const STATUS_LABELS: Record<NominationStatus, { vi: string; en: string }> = {
  draft: { vi: 'Dự thảo', en: 'Draft' },
  submitted: { vi: 'Đã gửi', en: 'Submitted' },
  returned: { vi: 'Trả lại', en: 'Returned' },
  aggregated: { vi: 'Đã tổng hợp', en: 'Aggregated' },
  appraised: { vi: 'Đã thẩm định', en: 'Appraised' },
  approved: { vi: 'Được duyệt', en: 'Approved' },
  rejected: { vi: 'Không duyệt', en: 'Rejected' },
  decided: { vi: 'Đã có quyết định', en: 'Decided' },
};
