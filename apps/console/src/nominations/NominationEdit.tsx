import { Edit, SimpleForm, TextInput } from 'react-admin';
import { NomineeInput } from './NomineeInput';

/** A draft or returned nomination: the nominee and achievements can still change. */
export function NominationEdit() {
  return (
    <Edit redirect="show" mutationMode="pessimistic">
      <SimpleForm warnWhenUnsavedChanges>
        <NomineeInput />
        <TextInput source="achievements" multiline minRows={6} fullWidth />
      </SimpleForm>
    </Edit>
  );
}
