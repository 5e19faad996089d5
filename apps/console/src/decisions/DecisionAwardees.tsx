import { Datagrid, ListContextProvider, NumberField, TextField, useList } from 'react-admin';
import { LabelField, StatusField } from '../common/fields';

/** The decision's awardees, each a link to its nomination. */
export function DecisionAwardees({ rows }: { rows: Record<string, unknown>[] }) {
  const list = useList({ data: rows.map((r) => ({ ...r, id: r.id as number })), perPage: 1000 });
  return (
    <ListContextProvider value={list}>
      <Datagrid
        bulkActionButtons={false}
        rowClick={(id) => `/nominations/${id}/show`}
        sort={{ field: 'nomineeName', order: 'ASC' }}
      >
        <NumberField source="id" label="resources.nominations.fields.id" />
        <TextField source="nomineeName" label="resources.nominations.fields.nomineeName" />
        <LabelField source="recipient" prefix="recipients" label="resources.nominations.fields.recipient" />
        <StatusField source="status" label="resources.nominations.fields.status" />
      </Datagrid>
    </ListContextProvider>
  );
}
