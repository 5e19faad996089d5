import { AutocompleteInput, NumberInput, required, SelectInput, TextInput } from 'react-admin';
import { ReferenceInput } from '../common/ReferenceInput';
import { useIndicatorChoices } from './useIndicatorChoices';

/** The inputs of an indicator reading, shared by create and edit. */
export function ReadingFields() {
  const indicators = useIndicatorChoices();
  return (
    <>
      <ReferenceInput source="unitId" reference="units">
        <AutocompleteInput optionText="name" filterToQuery={(q) => ({ q })} validate={required()} fullWidth />
      </ReferenceInput>
      <SelectInput source="indicatorId" choices={indicators} validate={required()} fullWidth />
      <NumberInput source="year" validate={required()} />
      <NumberInput source="value" validate={required()} />
      <TextInput source="source" fullWidth />
    </>
  );
}
