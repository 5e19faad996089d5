import { can, EDITABLE } from '@thidua/domain';
import { DeleteButton, EditButton, TopToolbar, useRecordContext } from 'react-admin';
import { session } from '../providers/session';
import type { NominationDetails } from './types';

/** Edit while the unit still holds the nomination, delete while it is a draft, each if the role may. */
export function NominationShowActions() {
  const record = useRecordContext<NominationDetails>();
  const role = session.user()?.role;
  if (!record || !role) return null;
  return (
    <TopToolbar>
      {EDITABLE.includes(record.status) && can(role, 'update', 'nominations') && <EditButton />}
      {record.status === 'draft' && can(role, 'delete', 'nominations') && <DeleteButton mutationMode="pessimistic" />}
    </TopToolbar>
  );
}
