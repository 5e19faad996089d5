import { Create, SimpleForm } from 'react-admin';
import { ReadingFields } from './ReadingFields';

export const ReadingCreate = () => (
  <Create redirect="list">
    <SimpleForm>
      <ReadingFields />
    </SimpleForm>
  </Create>
);
