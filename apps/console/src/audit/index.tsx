import { DateTextInput } from '../common/DateTextInput';
import { Box, Typography } from '@mui/material';
import {
  Datagrid,
  List,
  SearchInput,
  type SearchInputProps,
  SelectInput,
  TextField,
  TextInput,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { DateText } from '../common/fields';

/** What the api records events about (its `entity` column). */
const ENTITIES = [
  'nominations',
  'decisions',
  'criteria',
  'units',
  'people',
  'users',
  'readings',
  'registrations',
  'reports',
] as const;

/** One box searching who, action and entity at once (the api's q filter ignores case and accents). */
function AuditSearch(props: SearchInputProps) {
  const translate = useTranslate();
  return <SearchInput {...props} placeholder={translate('resources.audit.fields.q')} />;
}

const filters = [
  <AuditSearch key="q" source="q" alwaysOn />,
  <TextInput key="username" source="username" alwaysOn />,
  <TextInput key="action" source="action" alwaysOn />,
  <SelectInput
    key="entity"
    source="entity"
    alwaysOn
    choices={ENTITIES.map((e) => ({ id: e, name: `resources.${e}.name` }))}
  />,
  <DateTextInput key="from" source="from" alwaysOn />,
  <DateTextInput key="to" source="to" alwaysOn />,
  <TextInput key="entityId" source="entityId" />,
];

/** What changed: the row before and after, as the api recorded it. */
function Change() {
  const record = useRecordContext();
  const translate = useTranslate();
  const block = (label: string, value: unknown) => (
    <Box sx={{ flex: 1, minWidth: 0 }}>
      <Typography variant="subtitle2">{translate(`resources.audit.fields.${label}`)}</Typography>
      <Box component="pre" sx={{ fontSize: 12, whiteSpace: 'pre-wrap', wordBreak: 'break-word', m: 0 }}>
        {value == null ? '—' : JSON.stringify(value, null, 2)}
      </Box>
    </Box>
  );
  return (
    <Box sx={{ display: 'flex', gap: 2 }}>
      {block('before', record?.before)}
      {block('after', record?.after)}
    </Box>
  );
}

/** The audit log: who did what and when, filterable; read-only like the api. */
export const AuditList = () => (
  <List filters={filters} sort={{ field: 'at', order: 'DESC' }} perPage={50} exporter={false}>
    <Datagrid bulkActionButtons={false} expand={<Change />} rowClick="expand">
      <DateText source="at" time />
      <TextField source="username" />
      <TextField source="action" />
      <TextField source="entity" sortable={false} />
      <TextField source="entityId" sortable={false} />
    </Datagrid>
  </List>
);
