import { ROLES } from '@thidua/domain';
import {
  AutocompleteInput,
  BooleanField,
  BooleanInput,
  Create,
  Datagrid,
  Edit,
  List,
  PasswordInput,
  ReferenceField,
  ReferenceInput,
  required,
  SelectInput,
  SimpleForm,
  TextField,
  TextInput,
  useTranslate,
} from 'react-admin';
import { LabelField } from '../common/fields';
import { session } from '../providers/session';

function useRoles() {
  const translate = useTranslate();
  const national = session.user()?.role === 'national-admin';
  return ROLES.filter((r) => national || r !== 'national-admin').map((r) => ({ id: r, name: translate(`roles.${r}`) }));
}

export function UserList() {
  const roles = useRoles();
  return (
    <List
      filters={[<SelectInput key="role" source="role" choices={roles} alwaysOn />]}
      sort={{ field: 'username', order: 'ASC' }}
      perPage={50}
    >
      <Datagrid rowClick="edit" bulkActionButtons={false}>
        <TextField source="username" />
        <TextField source="fullName" />
        <LabelField source="role" prefix="roles" />
        <ReferenceField source="unitId" reference="units" link={false} sortable={false} />
        <BooleanField source="active" sortable={false} />
      </Datagrid>
    </List>
  );
}

function UserFields({ creating }: { creating?: boolean }) {
  const roles = useRoles();
  return (
    <>
      <TextInput source="username" validate={required()} disabled={!creating} />
      <TextInput source="fullName" validate={required()} fullWidth />
      <SelectInput source="role" choices={roles} validate={required()} />
      <ReferenceInput source="unitId" reference="units">
        <AutocompleteInput optionText="name" filterToQuery={(q) => ({ q })} fullWidth />
      </ReferenceInput>
      <PasswordInput source="password" validate={creating ? required() : undefined} />
      <BooleanInput source="active" />
    </>
  );
}

export const UserCreate = () => (
  <Create redirect="list">
    <SimpleForm defaultValues={{ active: true }}>
      <UserFields creating />
    </SimpleForm>
  </Create>
);
export const UserEdit = () => (
  <Edit mutationMode="pessimistic">
    <SimpleForm>
      <UserFields />
    </SimpleForm>
  </Edit>
);
