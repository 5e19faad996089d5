import { INDICATORS } from '@thidua/domain';
import {
  AutocompleteInput,
  Create,
  CreateButton,
  Datagrid,
  Edit,
  List,
  NumberField,
  NumberInput,
  ReferenceField,
  ReferenceInput,
  required,
  SelectField,
  SelectInput,
  SimpleForm,
  TextField,
  TextInput,
  TopToolbar,
  useCanAccess,
  useLocale,
} from 'react-admin';
import { ListExport } from '../common/DownloadButtons';
import { FileImport, type ImportMessages } from '../common/FileImport';

function useIndicatorChoices() {
  const locale = useLocale();
  return INDICATORS.map((i) => ({ id: i.id, name: locale === 'en' ? i.nameEn : i.name }));
}

const IMPORT_COLUMNS = [
  ['unit', 'resources.readings.fields.unitId'],
  ['indicatorId', 'resources.readings.fields.indicatorId'],
  ['year', 'resources.readings.fields.year'],
  ['value', 'resources.readings.fields.value'],
  ['source', 'resources.readings.fields.source'],
] as const;
const IMPORT_MESSAGES: ImportMessages = {
  title: 'thidua.import.readings_title',
  help: 'thidua.import.readings_help',
  save: 'thidua.import.rows_save',
  saved: 'thidua.import.rows_saved',
  fixFirst: 'thidua.import.rows_fix_first',
};

export function ReadingsImport() {
  const { canAccess } = useCanAccess({ resource: 'readings', action: 'create' });
  return canAccess ? <FileImport resource="readings" columns={IMPORT_COLUMNS} messages={IMPORT_MESSAGES} /> : null;
}

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

function ReadingFields() {
  const indicators = useIndicatorChoices();
  return (
    <>
      <ReferenceInput source="unitId" reference="units">
        <AutocompleteInput optionText="name" filterToQuery={(q) => ({ q })} validate={required()} fullWidth />
      </ReferenceInput>
      <SelectInput source="indicatorId" choices={indicators} validate={required()} fullWidth />
      <NumberInput source="year" validate={required()} />
      <NumberInput source="value" validate={required()} />
      <TextInput source="source" fullWidth />
    </>
  );
}

export const ReadingCreate = () => (
  <Create redirect="list">
    <SimpleForm>
      <ReadingFields />
    </SimpleForm>
  </Create>
);
export const ReadingEdit = () => (
  <Edit mutationMode="pessimistic">
    <SimpleForm>
      <ReadingFields />
    </SimpleForm>
  </Edit>
);
