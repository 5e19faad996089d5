import { Edit, SimpleForm } from 'react-admin';
import { UnitFields } from './UnitFields';

export const UnitEdit = () => (
  <Edit mutationMode="pessimistic">
    <SimpleForm>
      <UnitFields />
    </SimpleForm>
  </Edit>
);
