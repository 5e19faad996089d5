import { ROLES } from '@thidua/domain';
import { useTranslate } from 'react-admin';
import { session } from '../providers/session';

/** The roles a user may give: only a national administrator makes another one. */
export function useRoles() {
  const translate = useTranslate();
  const national = session.user()?.role === 'national-admin';
  return ROLES.filter((r) => national || r !== 'national-admin').map((r) => ({ id: r, name: translate(`roles.${r}`) }));
}
