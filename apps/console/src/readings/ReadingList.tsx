import {
  AutocompleteInput,
  CreateButton,
  Datagrid,
  List,
  NumberField,
  NumberInput,
  ReferenceField,
  SelectField,
  SelectInput,
  TextField,
  TopToolbar,
} from 'react-admin';
import { ReferenceInput } from '../common/ReferenceInput';
import { ListExport } from '../common/DownloadButtons';
import { ReadingsImport } from './ReadingsImport';
import { useIndicatorChoices } from './useIndicatorChoices';

export function ReadingList() {
  const indicators = useIndicatorChoices();
  const filters = [
    <ReferenceInput key="unitId" source="unitId" reference="units" alwaysOn>
      <AutocompleteInput optionText="name" filterToQuery={(q) => ({ q })} />
    </ReferenceInput>,
    <SelectInput key="indicatorId" source="indicatorId" choices={indicators} alwaysOn />,
    <NumberInput key="year" source="year" alwaysOn />,
  ];
  return (
    <>
      <List
        filters={filters}
        sort={{ field: 'year', order: 'DESC' }}
        perPage={50}
        actions={
          <TopToolbar>
            <CreateButton />
            <ListExport list="readings" />
          </TopToolbar>
        }
      >
        <Datagrid rowClick="edit" bulkActionButtons={false}>
          <ReferenceField source="unitId" reference="units" link={false} />
          <SelectField source="indicatorId" choices={indicators} />
          <NumberField source="year" options={{ useGrouping: false }} />
          <NumberField source="value" />
          <TextField source="source" />
        </Datagrid>
      </List>
      <ReadingsImport />
    </>
  );
}
