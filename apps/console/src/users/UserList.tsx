import { BooleanField, Datagrid, List, ReferenceField, SelectInput, TextField } from 'react-admin';
import { LabelField } from '../common/fields';
import { useRoles } from './useRoles';

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
