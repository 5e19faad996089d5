import { Create, SimpleForm } from 'react-admin';
import { ReportFields } from './ReportFields';

export const ReportCreate = () => (
  <Create redirect="list">
    <SimpleForm>
      <ReportFields />
    </SimpleForm>
  </Create>
);
