import { NOMINATION_STATUSES } from '@thidua/domain';
import {
  CreateButton,
  Datagrid,
  FilterButton,
  List,
  NumberField,
  ReferenceField,
  SearchInput,
  SelectInput,
  TextField,
  TopToolbar,
  useTranslate,
} from 'react-admin';
import { ListExport } from '../common/DownloadButtons';
import { AwardFormField, DateText, LabelField, PhaseField, StatusField } from '../common/fields';
import { useProvince } from '../common/province';

function useFilters() {
  const translate = useTranslate();
  const { manifest } = useProvince();
  return [
    <SearchInput key="q" source="q" alwaysOn />,
    <SelectInput
      key="status"
      source="status"
      alwaysOn
      choices={NOMINATION_STATUSES.map((s) => ({ id: s, name: translate(`statuses.${s}`) }))}
    />,
    <SelectInput key="phaseId" source="phaseId" choices={manifest?.phases ?? []} />,
    <SelectInput key="awardFormId" source="awardFormId" choices={manifest?.awardForms ?? []} />,
    <SelectInput
      key="recipient"
      source="recipient"
      choices={['collective', 'individual'].map((r) => ({ id: r, name: translate(`recipients.${r}`) }))}
    />,
  ];
}

export function NominationList() {
  const filters = useFilters();
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
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <NumberField source="id" />
        <TextField source="nomineeName" />
        <LabelField source="recipient" prefix="recipients" sortable={false} />
        <AwardFormField source="awardFormId" sortable={false} />
        <PhaseField source="phaseId" />
        <ReferenceField source="nominatingUnitId" reference="units" link={false} sortable={false} />
        <StatusField source="status" />
        <DateText source="updatedAt" time />
      </Datagrid>
    </List>
  );
}
