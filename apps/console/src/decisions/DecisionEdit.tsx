import { Alert } from '@mui/material';
import {
  Edit,
  type EditProps,
  Labeled,
  required,
  SaveButton,
  SimpleForm,
  TextInput,
  Toolbar,
  useTranslate,
  WithRecord,
} from 'react-admin';
import { DateTextInput } from '../common/DateTextInput';
import { AwardFormField, PhaseField } from '../common/fields';
import { ApprovedNominations } from './ApprovedNominations';
import type { DecisionRecord } from './types';

/**
 * A draft decision before it is issued: its awardees (from the approved nominations of its phase × award form, with
 * the builder's select-all), number, signing date and signer. Phase and award form stay: a different pair is a
 * different decision. Once issued there is nothing to edit (the api refuses with "decision-issued" too).
 */
export function DecisionEdit(props: Omit<EditProps, 'children'>) {
  const translate = useTranslate();
  return (
    <Edit redirect="show" mutationMode="pessimistic" {...props}>
      <WithRecord<DecisionRecord>
        render={(d) =>
          d.status === 'issued' ? (
            <Alert severity="info" sx={{ m: 2 }} data-testid="decision-issued">
              {translate('thidua.decision.not_editable', { number: d.number })}
            </Alert>
          ) : (
            <SimpleForm
              warnWhenUnsavedChanges
              toolbar={
                <Toolbar>
                  <SaveButton />
                </Toolbar>
              }
            >
              <Labeled source="phaseId">
                <PhaseField />
              </Labeled>
              <Labeled source="awardFormId">
                <AwardFormField />
              </Labeled>
              <ApprovedNominations phaseId={d.phaseId} awardFormId={d.awardFormId} decisionId={d.id} />
              <TextInput source="number" validate={required()} helperText="125/QĐ-UBND" />
              <DateTextInput source="signedOn" validate={required()} />
              <TextInput source="signerName" validate={required()} fullWidth />
              <TextInput source="signerTitle" validate={required()} fullWidth />
            </SimpleForm>
          )
        }
      />
    </Edit>
  );
}
