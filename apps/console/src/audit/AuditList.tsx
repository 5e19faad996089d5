import { DateTextInput } from '../common/DateTextInput';
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
import { AuditChange } from './AuditChange';

/** Actions the api records, by their names in the log. */
export const AUDIT_ACTIONS = [
  'create',
  'update',
  'delete',
  'import',
  'deadline.extend',
  'document.upload',
  'document.delete',
  'criterion.verdict',
  'decision.issue',
  'decide',
  'nomination.submit',
  'nomination.return',
  'nomination.aggregate',
  'nomination.appraise',
  'nomination.approve',
  'nomination.reject',
  'criteria.add',
  'criteria.edit',
  'criteria.retire',
] as const;

/** Message keys cannot hold a dot: "deadline.extend" is under "deadline_extend". */
const actionKey = (action: string) => `thidua.audit.actions.${action.replace(/\./g, '_')}`;

/** The action in words ("deadline.extend" → "Gia hạn hạn chót"); one not in the table as recorded. */
function ActionField(_: { source: string; label?: string }) {
  const record = useRecordContext<{ action: string }>();
  const translate = useTranslate();
  if (!record) return null;
  return <>{translate(actionKey(record.action), { _: record.action })}</>;
}

/** The entity in words: its resource's name. */
function EntityField(_: { source: string; label?: string; sortable?: boolean }) {
  const record = useRecordContext<{ entity: string }>();
  const translate = useTranslate();
  if (!record) return null;
  return <>{translate(`resources.${record.entity}.name`, { smart_count: 1, _: record.entity })}</>;
}

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
  <SelectInput
    key="action"
    source="action"
    alwaysOn
    choices={AUDIT_ACTIONS.map((a) => ({ id: a, name: actionKey(a) }))}
  />,
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

/** The audit log: who did what and when, filterable; read-only like the api. */
export const AuditList = () => (
  <List filters={filters} sort={{ field: 'at', order: 'DESC' }} perPage={50} exporter={false}>
    <Datagrid bulkActionButtons={false} expand={<AuditChange />} rowClick="expand">
      <DateText source="at" time />
      <TextField source="username" />
      <ActionField source="action" />
      <EntityField source="entity" sortable={false} />
      <TextField source="entityId" sortable={false} />
    </Datagrid>
  </List>
);
