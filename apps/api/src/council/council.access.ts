import type { Role } from '@thidua/domain';
import { forbidden } from '../common/errors.js';

/** Who calls and runs meetings: the province administrator and the appraising department (Ban Thi đua – Khen thưởng). */
export const COUNCIL_MANAGERS: readonly Role[] = ['province-admin', 'home-affairs'];
/** Who may read the council's work besides its members. */
export const COUNCIL_READERS: readonly Role[] = [
  'national-admin',
  'province-admin',
  'home-affairs',
  'information-department',
  'viewer',
];

/** Members are listed chairman first, secretary last. */
export const ROLE_ORDER = ['chairman', 'vice-chairman', 'member', 'secretary'];

export function forbiddenUnless(allowed: boolean): void {
  if (!allowed) throw forbidden();
}
