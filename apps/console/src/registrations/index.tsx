import { DateTextInput } from '../common/DateTextInput';
import { AutocompleteInput, Create, Datagrid, List, NumberField, NumberInput, ReferenceField, ReferenceInput, required, SimpleForm, TextField, TextInput, useCanAccess } from 'react-admin';
import { CsvImport } from '../common/CsvImport';
import { DateText } from '../common/fields';

const filters = [
  <ReferenceInput key="unitId" source="unitId" reference="units" alwaysOn><AutocompleteInput optionText="name" filterToQuery={(q) => ({ q })} /></ReferenceInput>,
  <NumberInput key="year" source="year" alwaysOn />,
];

function ImportPanel() {
  const { canAccess } = useCanAccess({ resource: 'registrations', action: 'create' });
  return canAccess ? <CsvImport resource="registrations" columns={[{ source: 'unitId', type: 'number', required: true }, { source: 'year', type: 'number', required: true }, { source: 'registeredOn', type: 'date', required: true }, { source: 'note', type: 'string' }]} /> : null;
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
    <ImportPanel />
  </>
);

export const RegistrationCreate = () => (
  <Create redirect="list">
    <SimpleForm>
      <ReferenceInput source="unitId" reference="units"><AutocompleteInput optionText="name" filterToQuery={(q) => ({ q })} validate={required()} fullWidth /></ReferenceInput>
      <NumberInput source="year" validate={required()} />
      <DateTextInput source="registeredOn" validate={required()} />
      <TextInput source="note" fullWidth />
    </SimpleForm>
  </Create>
);
