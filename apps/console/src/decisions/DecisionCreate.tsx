import { DateTextInput } from '../common/DateTextInput';
import { Alert, Typography } from '@mui/material';
import {
  CheckboxGroupInput,
  Create,
  FormDataConsumer,
  required,
  SelectInput,
  SimpleForm,
  TextInput,
  useGetList,
  useTranslate,
} from 'react-admin';
import { useProvince } from '../common/province';
import { QuotaMeter, type QuotaUse } from '../common/QuotaMeter';

/** The approved nominations of a phase and award form that no decision lists yet, to tick into this one. */
function ApprovedNominations({ phaseId, awardFormId }: { phaseId?: string; awardFormId?: string }) {
  const translate = useTranslate();
  const ready = !!phaseId && !!awardFormId;
  const { data = [] } = useGetList(
    'nominations',
    {
      filter: { status: 'approved', phaseId, awardFormId },
      sort: { field: 'nomineeName', order: 'ASC' },
      pagination: { page: 1, perPage: 1000 },
    },
    { enabled: ready },
  );
  const { data: quotas = [] } = useGetList<QuotaUse>('quota-use', { pagination: { page: 1, perPage: 500 } });
  if (!ready) return null;
  const choices = data
    .filter((n) => n.decisionId == null)
    .map((n) => ({ id: n.id, name: `${n.nomineeName} (${translate(`recipients.${n.recipient}`)})` }));
  return (
    <>
      <QuotaMeter use={quotas.find((q) => q.phaseId === phaseId && q.awardFormId === awardFormId)} />
      {choices.length === 0 ? (
        <Alert severity="info">{translate('thidua.decision.no_approved')}</Alert>
      ) : (
        <CheckboxGroupInput
          source="nominationIds"
          choices={choices}
          row={false}
          label={translate('thidua.decision.pick')}
        />
      )}
    </>
  );
}

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
