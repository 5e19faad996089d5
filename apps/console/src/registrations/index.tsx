import { DateTextInput } from '../common/DateTextInput';
import {
  AutocompleteInput,
  Create,
  Datagrid,
  List,
  NumberField,
  NumberInput,
  ReferenceField,
  ReferenceInput,
  required,
  SimpleForm,
  TextField,
  TextInput,
  useCanAccess,
} from 'react-admin';
import { FileImport, type ImportMessages } from '../common/FileImport';
import { DateText } from '../common/fields';

const filters = [
  <ReferenceInput key="unitId" source="unitId" reference="units" alwaysOn>
    <AutocompleteInput optionText="name" filterToQuery={(q) => ({ q })} />
  </ReferenceInput>,
  <NumberInput key="year" source="year" alwaysOn />,
];

const IMPORT_COLUMNS = [
  ['unit', 'resources.registrations.fields.unitId'],
  ['year', 'resources.registrations.fields.year'],
  ['registeredOn', 'resources.registrations.fields.registeredOn'],
  ['note', 'resources.registrations.fields.note'],
] as const;
const IMPORT_MESSAGES: ImportMessages = {
  title: 'thidua.import.registrations_title',
  help: 'thidua.import.registrations_help',
  save: 'thidua.import.rows_save',
  saved: 'thidua.import.rows_saved',
  fixFirst: 'thidua.import.rows_fix_first',
};

export function RegistrationsImport() {
  const { canAccess } = useCanAccess({ resource: 'registrations', action: 'create' });
  return canAccess ? <FileImport resource="registrations" columns={IMPORT_COLUMNS} messages={IMPORT_MESSAGES} /> : null;
}

export const RegistrationList = () => (
  <>
    <List filters={filters} sort={{ field: 'registeredOn', order: 'DESC' }} perPage={50}>
      <Datagrid bulkActionButtons={false}>
        <ReferenceField source="unitId" reference="units" link={false} />
        <NumberField source="year" options={{ useGrouping: false }} />
        <DateText source="registeredOn" />
        <TextField source="note" />
      </Datagrid>
    </List>
    <RegistrationsImport />
  </>
);

export const RegistrationCreate = () => (
  <Create redirect="list">
    <SimpleForm>
      <ReferenceInput source="unitId" reference="units">
        <AutocompleteInput optionText="name" filterToQuery={(q) => ({ q })} validate={required()} fullWidth />
      </ReferenceInput>
      <NumberInput source="year" validate={required()} />
      <DateTextInput source="registeredOn" validate={required()} />
      <TextInput source="note" fullWidth />
    </SimpleForm>
  </Create>
);
