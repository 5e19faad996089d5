import { Create, SimpleForm } from 'react-admin';
import { PersonFields } from './PersonFields';

export const PersonCreate = () => (
  <Create redirect="list">
    <SimpleForm defaultValues={{ isLeader: false }}>
      <PersonFields />
    </SimpleForm>
  </Create>
);
