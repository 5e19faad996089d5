import { DateTextInput } from '../common/DateTextInput';
import { Typography } from '@mui/material';
import { Create, FormDataConsumer, required, SelectInput, SimpleForm, TextInput } from 'react-admin';
import { useProvince } from '../common/province';
import { ApprovedNominations } from './ApprovedNominations';

/** A draft decision built from approved nominations; issuing it (on its page) re-checks the quota. */
export function DecisionCreate() {
  const { manifest } = useProvince();
  return (
    <Create redirect="show">
      <SimpleForm defaultValues={{ nominationIds: [], signerTitle: 'KT. CHỦ TỊCH – PHÓ CHỦ TỊCH' }}>
        <SelectInput source="phaseId" choices={manifest?.phases ?? []} validate={required()} fullWidth />
        <FormDataConsumer<{ phaseId?: string; awardFormId?: string }>>
          {({ formData }) => {
            const phase = manifest?.phases.find((p) => p.id === formData.phaseId);
            return (
              <>
                <SelectInput
                  source="awardFormId"
                  choices={(manifest?.awardForms ?? []).filter((f) => phase?.awardFormIds.includes(f.id))}
                  validate={required()}
                  fullWidth
                />
                <ApprovedNominations phaseId={formData.phaseId} awardFormId={formData.awardFormId} />
              </>
            );
          }}
        </FormDataConsumer>
        <Typography variant="subtitle2" sx={{ mt: 2 }} />
        <TextInput source="number" validate={required()} helperText="125/QĐ-UBND" />
        <DateTextInput source="signedOn" validate={required()} />
        <TextInput source="signerName" validate={required()} fullWidth />
        <TextInput source="signerTitle" validate={required()} fullWidth />
      </SimpleForm>
    </Create>
  );
}
