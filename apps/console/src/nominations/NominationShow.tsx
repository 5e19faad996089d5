import { Show } from 'react-admin';
import { NominationDetailsView } from './NominationDetailsView';
import { NominationShowActions } from './NominationShowActions';

export function NominationShow() {
  return (
    <Show actions={<NominationShowActions />}>
      <NominationDetailsView />
    </Show>
  );
}
