import { actionsOf, type NominationStatus } from '@thidua/domain';
import {
  CreateButton,
  Datagrid,
  FilterButton,
  List,
  NumberField,
  ReferenceField,
  SimpleList,
  TextField,
  TopToolbar,
} from 'react-admin';
import { ListExport } from '../common/DownloadButtons';
import { AwardFormField, DateText, LabelField, PhaseField, StatusChip, StatusField } from '../common/fields';
import { useIsPhone } from '../common/phone';
import { session } from '../providers/session';
import { NominationBulkActions } from './NominationBulkActions';
import { useNominationFilters } from './NominationFilters';

export function NominationList() {
  const filters = useNominationFilters();
  const role = session.user()?.role;
  // Rows can be selected only by a role that has a step to take on many at once.
  const bulk = role && actionsOf(role).length > 0 ? <NominationBulkActions /> : false;
  const phone = useIsPhone();
  return (
    <List
      filters={filters}
      sort={{ field: 'updatedAt', order: 'DESC' }}
      perPage={25}
      actions={
        <TopToolbar>
          <FilterButton />
          <CreateButton />
          <ListExport list="nominations" />
        </TopToolbar>
      }
    >
      {phone ? (
        // On a phone: who, its status, then the form, the phase and when it last moved; a tap opens it.
        <SimpleList
          rowClick="show"
          primaryText={<TextField source="nomineeName" />}
          tertiaryText={(r) => <StatusChip status={r.status as NominationStatus} />}
          secondaryText={
            <>
              <AwardFormField source="awardFormId" /> · <PhaseField source="phaseId" /> ·{' '}
              <DateText source="updatedAt" />
            </>
          }
        />
      ) : (
        <Datagrid rowClick="show" bulkActionButtons={bulk}>
          <NumberField source="id" />
          <TextField source="nomineeName" />
          <LabelField source="recipient" prefix="recipients" sortable={false} />
          <AwardFormField source="awardFormId" sortable={false} />
          <PhaseField source="phaseId" />
          <ReferenceField source="nominatingUnitId" reference="units" link={false} sortable={false} />
          <StatusField source="status" />
          <DateText source="updatedAt" time />
        </Datagrid>
      )}
    </List>
  );
}
