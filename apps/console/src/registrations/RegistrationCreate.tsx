import { AutocompleteInput, Create, NumberInput, required, SimpleForm, TextInput } from 'react-admin';
import { ReferenceInput } from '../common/ReferenceInput';
import { DateTextInput } from '../common/DateTextInput';

export const RegistrationCreate = () => (
  <Create redirect="list">
    <SimpleForm>
      <ReferenceInput source="unitId" reference="units">
        <AutocompleteInput optionText="name" filterToQuery={(q) => ({ q })} validate={required()} fullWidth />
      </ReferenceInput>
      <NumberInput source="year" validate={required()} />
      <DateTextInput source="registeredOn" validate={required()} />
      <TextInput source="note" fullWidth />
    </SimpleForm>
  </Create>
);
