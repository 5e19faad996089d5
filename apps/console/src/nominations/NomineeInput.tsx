import { AutocompleteInput, useRecordContext } from 'react-admin';
import { ReferenceInput } from '../common/ReferenceInput';

/** The nominee of an existing nomination: a person for an individual, a unit for a collective. */
export function NomineeInput() {
  const record = useRecordContext();
  return record?.recipient === 'individual' ? (
    <ReferenceInput source="nomineePersonId" reference="people">
      <AutocompleteInput optionText="fullName" filterToQuery={(q) => ({ q })} fullWidth />
    </ReferenceInput>
  ) : (
    <ReferenceInput source="nomineeUnitId" reference="units">
      <AutocompleteInput optionText="name" filterToQuery={(q) => ({ q })} fullWidth />
    </ReferenceInput>
  );
}
