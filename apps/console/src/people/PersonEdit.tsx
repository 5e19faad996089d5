import { Edit, SimpleForm } from 'react-admin';
import { PersonFields } from './PersonFields';

export const PersonEdit = () => (
  <Edit mutationMode="pessimistic">
    <SimpleForm>
      <PersonFields />
    </SimpleForm>
  </Edit>
);
