import { DateTextInput } from '../common/DateTextInput';
import { TIERS } from '@thidua/domain';
import {
  AutocompleteInput,
  Create,
  Edit,
  NumberInput,
  ReferenceInput,
  required,
  SelectInput,
  SimpleForm,
  TextInput,
  useTranslate,
} from 'react-admin';
import { useProvince } from '../common/province';

function UnitFields() {
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

export const UnitCreate = () => (
  <Create redirect="list">
    <SimpleForm>
      <UnitFields />
    </SimpleForm>
  </Create>
);

export const UnitEdit = () => (
  <Edit mutationMode="pessimistic">
    <SimpleForm>
      <UnitFields />
    </SimpleForm>
  </Edit>
);
