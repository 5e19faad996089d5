import { Datagrid, List, SelectInput, SimpleList, TextField, TextInput, useTranslate } from 'react-admin';
import { AwardFormField, DateText, LabelField, PhaseField } from '../common/fields';
import { dmy } from '../common/dates';
import { useIsPhone } from '../common/phone';
import { useProvince } from '../common/province';

export function DecisionList() {
  const translate = useTranslate();
  const { manifest } = useProvince();
  const phone = useIsPhone();
  const filters = [
    <SelectInput
      key="status"
      source="status"
      alwaysOn
      choices={['draft', 'issued'].map((s) => ({ id: s, name: translate(`thidua.decision.status.${s}`) }))}
    />,
    <SelectInput key="phaseId" source="phaseId" alwaysOn choices={manifest?.phases ?? []} />,
    <SelectInput key="awardFormId" source="awardFormId" choices={manifest?.awardForms ?? []} />,
    <TextInput key="id" source="id" />,
  ];
  return (
    <List filters={filters} sort={{ field: 'signedOn', order: 'DESC' }} perPage={25}>
      {phone ? (
        // On a phone: number and date, then the form, the phase and whether it is issued; a tap opens it.
        <SimpleList
          rowClick="show"
          primaryText={<TextField source="number" emptyText="—" />}
          tertiaryText={(r) => dmy(r.signedOn as string | null)}
          secondaryText={
            <>
              <AwardFormField source="awardFormId" /> · <PhaseField source="phaseId" /> ·{' '}
              <LabelField source="status" prefix="thidua.decision.status" />
            </>
          }
        />
      ) : (
        <Datagrid rowClick="show" bulkActionButtons={false}>
          <TextField source="number" />
          <DateText source="signedOn" />
          <PhaseField source="phaseId" sortable={false} />
          <AwardFormField source="awardFormId" sortable={false} />
          <TextField source="signerName" sortable={false} />
          <LabelField source="status" prefix="thidua.decision.status" />
        </Datagrid>
      )}
    </List>
  );
}
