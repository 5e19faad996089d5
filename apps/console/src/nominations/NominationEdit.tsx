import { AutocompleteInput, Edit, ReferenceInput, SimpleForm, TextInput, useRecordContext } from 'react-admin';

function NomineeInput() {
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
