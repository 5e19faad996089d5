import {
  AutocompleteInput,
  BooleanField,
  BooleanInput,
  Create,
  Datagrid,
  Edit,
  List,
  ReferenceField,
  ReferenceInput,
  required,
  SearchInput,
  SimpleForm,
  TextField,
  TextInput,
} from 'react-admin';

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

function PersonFields() {
  return (
    <>
      <TextInput source="fullName" validate={required()} fullWidth />
      <TextInput source="position" validate={required()} fullWidth />
      <BooleanInput source="isLeader" />
      <ReferenceInput source="unitId" reference="units">
        <AutocompleteInput optionText="name" filterToQuery={(q) => ({ q })} validate={required()} fullWidth />
      </ReferenceInput>
    </>
  );
}

export const PersonCreate = () => (
  <Create redirect="list">
    <SimpleForm defaultValues={{ isLeader: false }}>
      <PersonFields />
    </SimpleForm>
  </Create>
);
export const PersonEdit = () => (
  <Edit mutationMode="pessimistic">
    <SimpleForm>
      <PersonFields />
    </SimpleForm>
  </Edit>
);
