import { Edit, SimpleForm } from 'react-admin';
import { UserFields } from './UserFields';

export const UserEdit = () => (
  <Edit mutationMode="pessimistic">
    <SimpleForm>
      <UserFields />
    </SimpleForm>
  </Edit>
);
