import { Datagrid, List, NumberField, ReferenceField, TextField } from 'react-admin';
import { DateText } from '../common/fields';
import { unitYearFilters } from '../common/filters';
import { RegistrationsImport } from './RegistrationsImport';

export const RegistrationList = () => (
  <>
    <List filters={unitYearFilters} sort={{ field: 'registeredOn', order: 'DESC' }} perPage={50}>
      <Datagrid bulkActionButtons={false}>
        <ReferenceField source="unitId" reference="units" link={false} />
        <NumberField source="year" options={{ useGrouping: false }} />
        <DateText source="registeredOn" />
        <TextField source="note" />
      </Datagrid>
    </List>
    <RegistrationsImport />
  </>
);
