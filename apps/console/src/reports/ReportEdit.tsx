import { Edit, SimpleForm } from 'react-admin';
import { ReportFields } from './ReportFields';

export const ReportEdit = () => (
  <Edit mutationMode="pessimistic">
    <SimpleForm>
      <ReportFields />
    </SimpleForm>
  </Edit>
);
