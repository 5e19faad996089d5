import { Create, SimpleForm } from 'react-admin';
import { UnitFields } from './UnitFields';

export const UnitCreate = () => (
  <Create redirect="list">
    <SimpleForm>
      <UnitFields />
    </SimpleForm>
  </Create>
);
