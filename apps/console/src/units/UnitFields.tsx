import { AutocompleteInput, NumberInput, required, SelectInput, TextInput, useTranslate } from 'react-admin';
import { ReferenceInput } from '../common/ReferenceInput';
import { TIERS } from '@thidua/domain';
import { DateTextInput } from '../common/DateTextInput';
import { useProvince } from '../common/province';

/** The inputs of a unit, shared by create and edit: only the tiers the province's plan has. */
export function UnitFields() {
  const translate = useTranslate();
  const { manifest } = useProvince();
  const tiers = TIERS.filter((t) => !manifest || manifest.tiers.some((x) => x.tier === t)).map((t) => ({
    id: t,
    name: translate(`tiers.${t}`),
  }));
  return (
    <>
      <TextInput source="name" validate={required()} fullWidth />
      <SelectInput source="tier" choices={tiers} validate={required()} />
      <ReferenceInput source="parentId" reference="units" sort={{ field: 'name', order: 'ASC' }}>
        <AutocompleteInput optionText="name" filterToQuery={(q) => ({ q })} fullWidth />
      </ReferenceInput>
      <TextInput source="code" />
      <NumberInput source="staffCount" min={0} />
      <DateTextInput source="validTo" />
      <ReferenceInput source="successorId" reference="units" sort={{ field: 'name', order: 'ASC' }}>
        <AutocompleteInput optionText="name" filterToQuery={(q) => ({ q })} fullWidth />
      </ReferenceInput>
    </>
  );
}
