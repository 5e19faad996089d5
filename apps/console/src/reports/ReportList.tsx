import { Datagrid, List, NumberField, ReferenceField, TextField } from 'react-admin';
import { DateText } from '../common/fields';
import { unitYearFilters } from '../common/filters';
import { ReportDocument } from './ReportDocument';

export const ReportList = () => (
  <List filters={unitYearFilters} sort={{ field: 'year', order: 'DESC' }} perPage={50}>
    <Datagrid rowClick="edit" bulkActionButtons={false}>
      <ReferenceField source="unitId" reference="units" link={false} />
      <NumberField source="year" options={{ useGrouping: false }} />
      <DateText source="dueOn" />
      <DateText source="submittedOn" />
      <TextField source="summary" />
      <ReportDocument label="thidua.documents.column" />
    </Datagrid>
  </List>
);
