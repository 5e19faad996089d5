import { Typography } from '@mui/material';
import {
  AutocompleteInput,
  Create,
  FormDataConsumer,
  required,
  SelectInput,
  SimpleForm,
  TextInput,
  useTranslate,
} from 'react-admin';
import { ReferenceInput } from '../common/ReferenceInput';
import { useProvince } from '../common/province';
import { session } from '../providers/session';
import { DeadlineBanner } from './DeadlineBanner';

/** An individual is an official by default; a plan may also reward citizens and people from outside the province. */
const INDIVIDUAL_TIERS = ['official', 'citizen', 'external'] as const;

/** A unit clerk proposes one of their units or people; staff also choose the nominating unit. */
export function NominationCreate() {
  const translate = useTranslate();
  const { manifest } = useProvince();
  const isClerk = session.user()?.role === 'unit-clerk';
  const phases = (manifest?.phases ?? []).filter((p) => p.awardFormIds.length > 0);
  return (
    <Create redirect="show">
      <SimpleForm defaultValues={{ recipient: 'collective', achievements: '' }} warnWhenUnsavedChanges>
        <Typography variant="body2" color="text.secondary">
          {translate('thidua.nomination.create_hint')}
        </Typography>
        <SelectInput source="phaseId" choices={phases} validate={required()} fullWidth />
        <FormDataConsumer<{ phaseId?: string; awardFormId?: string; recipient?: string; nominatingUnitId?: number }>>
          {({ formData }) => {
            const phase = manifest?.phases.find((p) => p.id === formData.phaseId);
            const forms = (manifest?.awardForms ?? []).filter((f) => phase?.awardFormIds.includes(f.id));
            const form = forms.find((f) => f.id === formData.awardFormId);
            return (
              <>
                <DeadlineBanner phaseId={formData.phaseId} />
                <SelectInput source="awardFormId" choices={forms} validate={required()} disabled={!phase} fullWidth />
                <SelectInput
                  source="recipient"
                  choices={(form?.recipients ?? ['collective', 'individual']).map((r) => ({
                    id: r,
                    name: translate(`recipients.${r}`),
                  }))}
                  validate={required()}
                />
                {!isClerk && (
                  <ReferenceInput source="nominatingUnitId" reference="units" sort={{ field: 'name', order: 'ASC' }}>
                    <AutocompleteInput
                      optionText="name"
                      filterToQuery={(q) => ({ q })}
                      validate={required()}
                      fullWidth
                    />
                  </ReferenceInput>
                )}
                {formData.recipient === 'individual' ? (
                  <>
                    <ReferenceInput
                      source="nomineePersonId"
                      reference="people"
                      sort={{ field: 'fullName', order: 'ASC' }}
                      // The people of the nominating unit once it is chosen (a clerk's are their unit's already).
                      filter={formData.nominatingUnitId ? { unitId: formData.nominatingUnitId } : {}}
                    >
                      <AutocompleteInput
                        optionText="fullName"
                        filterToQuery={(q) => ({ q })}
                        validate={required()}
                        fullWidth
                      />
                    </ReferenceInput>
                    <SelectInput
                      source="tier"
                      choices={INDIVIDUAL_TIERS.filter((t) => manifest?.tiers.some((x) => x.tier === t)).map((t) => ({
                        id: t,
                        name: translate(`tiers.${t}`),
                      }))}
                    />
                  </>
                ) : (
                  <ReferenceInput source="nomineeUnitId" reference="units" sort={{ field: 'name', order: 'ASC' }}>
                    <AutocompleteInput
                      optionText="name"
                      filterToQuery={(q) => ({ q })}
                      validate={required()}
                      fullWidth
                    />
                  </ReferenceInput>
                )}
              </>
            );
          }}
        </FormDataConsumer>
        <TextInput source="achievements" multiline minRows={4} fullWidth />
      </SimpleForm>
    </Create>
  );
}
