import { Edit, SimpleForm } from 'react-admin';
import { ReadingFields } from './ReadingFields';

export const ReadingEdit = () => (
  <Edit mutationMode="pessimistic">
    <SimpleForm>
      <ReadingFields />
    </SimpleForm>
  </Edit>
);
