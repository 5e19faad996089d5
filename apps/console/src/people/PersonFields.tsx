import { AutocompleteInput, BooleanInput, required, TextInput } from 'react-admin';
import { ReferenceInput } from '../common/ReferenceInput';

/** The inputs of a person, shared by create and edit. */
export function PersonFields() {
  return (
    <>
      <TextInput source="fullName" validate={required()} fullWidth />
      <TextInput source="position" validate={required()} fullWidth />
      <BooleanInput source="isLeader" />
      <ReferenceInput source="unitId" reference="units">
        <AutocompleteInput optionText="name" filterToQuery={(q) => ({ q })} validate={required()} fullWidth />
      </ReferenceInput>
    </>
  );
}
