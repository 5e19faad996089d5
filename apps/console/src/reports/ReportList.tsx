import {
  AutocompleteInput,
  Datagrid,
  List,
  NumberField,
  NumberInput,
  ReferenceField,
  ReferenceInput,
  TextField,
} from 'react-admin';
import { DateText } from '../common/fields';
import { ReportDocument } from './ReportDocument';

const filters = [
  <ReferenceInput key="unitId" source="unitId" reference="units" alwaysOn>
    <AutocompleteInput optionText="name" filterToQuery={(q) => ({ q })} />
  </ReferenceInput>,
  <NumberInput key="year" source="year" alwaysOn />,
];

export const ReportList = () => (
  <List filters={filters} sort={{ field: 'year', order: 'DESC' }} perPage={50}>
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
