import { DateTextInput } from '../common/DateTextInput';
import {
  AutocompleteInput,
  Create,
  Datagrid,
  Edit,
  List,
  NumberField,
  NumberInput,
  ReferenceField,
  ReferenceInput,
  required,
  SimpleForm,
  TextField,
  TextInput,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { DownloadButtons } from '../common/DownloadButtons';
import { DateText } from '../common/fields';

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

/** The unit's yearly movement report, generated from the stored report (apps/api README, "Documents"). */
function ReportDocument(_: { label: string }) {
  const translate = useTranslate();
  const report = useRecordContext<{ id: number; year: number }>();
  return report ? (
    <DownloadButtons
      path={`/reports/${report.id}/document`}
      name={`bao-cao-${report.year}-${report.id}`}
      formats={['pdf', 'docx']}
      label={translate('thidua.documents.report')}
    />
  ) : null;
}

function ReportFields() {
  return (
    <>
      <ReferenceInput source="unitId" reference="units">
        <AutocompleteInput optionText="name" filterToQuery={(q) => ({ q })} validate={required()} fullWidth />
      </ReferenceInput>
      <NumberInput source="year" validate={required()} />
      <DateTextInput source="submittedOn" validate={required()} />
      <TextInput source="summary" multiline minRows={4} validate={required()} fullWidth />
    </>
  );
}

export const ReportCreate = () => (
  <Create redirect="list">
    <SimpleForm>
      <ReportFields />
    </SimpleForm>
  </Create>
);
export const ReportEdit = () => (
  <Edit mutationMode="pessimistic">
    <SimpleForm>
      <ReportFields />
    </SimpleForm>
  </Edit>
);
