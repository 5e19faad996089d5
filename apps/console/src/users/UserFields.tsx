import { AutocompleteInput, BooleanInput, PasswordInput, required, SelectInput, TextInput } from 'react-admin';
import { ReferenceInput } from '../common/ReferenceInput';
import { useRoles } from './useRoles';

/** The inputs of a user, shared by create and edit (the username is fixed once created). */
export function UserFields({ creating }: { creating?: boolean }) {
  const roles = useRoles();
  return (
    <>
      <TextInput source="username" validate={required()} disabled={!creating} />
      <TextInput source="fullName" validate={required()} fullWidth />
      <SelectInput source="role" choices={roles} validate={required()} />
      <ReferenceInput source="unitId" reference="units">
        <AutocompleteInput optionText="name" filterToQuery={(q) => ({ q })} fullWidth />
      </ReferenceInput>
      <PasswordInput source="password" validate={creating ? required() : undefined} />
      <BooleanInput source="active" />
    </>
  );
}
