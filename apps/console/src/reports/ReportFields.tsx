import { AutocompleteInput, NumberInput, required, TextInput } from 'react-admin';
import { ReferenceInput } from '../common/ReferenceInput';
import { DateTextInput } from '../common/DateTextInput';

/** The inputs of a unit's yearly report, shared by create and edit. */
export function ReportFields() {
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
