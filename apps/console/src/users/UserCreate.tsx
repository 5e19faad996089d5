import { Create, SimpleForm } from 'react-admin';
import { UserFields } from './UserFields';

export const UserCreate = () => (
  <Create redirect="list">
    <SimpleForm defaultValues={{ active: true }}>
      <UserFields creating />
    </SimpleForm>
  </Create>
);
