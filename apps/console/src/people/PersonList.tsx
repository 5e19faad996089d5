import {
  AutocompleteInput,
  BooleanField,
  BooleanInput,
  Datagrid,
  List,
  ReferenceField,
  SearchInput,
  TextField,
} from 'react-admin';
import { ReferenceInput } from '../common/ReferenceInput';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceInput key="unitId" source="unitId" reference="units" alwaysOn>
    <AutocompleteInput optionText="name" filterToQuery={(q) => ({ q })} />
  </ReferenceInput>,
  <BooleanInput key="isLeader" source="isLeader" />,
];

export const PersonList = () => (
  <List filters={filters} sort={{ field: 'fullName', order: 'ASC' }} perPage={50}>
    <Datagrid rowClick="edit" bulkActionButtons={false}>
      <TextField source="fullName" />
      <TextField source="position" />
      <BooleanField source="isLeader" />
      <ReferenceField source="unitId" reference="units" link={false} sortable={false} />
    </Datagrid>
  </List>
);
