import {
  AutocompleteInput,
  Datagrid,
  List,
  NumberField,
  NumberInput,
  ReferenceField,
  ReferenceInput,
  TextField,
} from 'react-admin';
import { DateText } from '../common/fields';
import { RegistrationsImport } from './RegistrationsImport';

const filters = [
  <ReferenceInput key="unitId" source="unitId" reference="units" alwaysOn>
    <AutocompleteInput optionText="name" filterToQuery={(q) => ({ q })} />
  </ReferenceInput>,
  <NumberInput key="year" source="year" alwaysOn />,
];

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
