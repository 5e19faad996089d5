import type { ReactNode } from 'react';
import { Alert, Typography } from '@mui/material';
import { ReferenceField, useTranslate } from 'react-admin';
import { AwardFormField, PhaseField, StatusChip } from '../common/fields';
import { FieldRow, Section } from '../common/Section';
import { NominationScore } from './NominationScore';
import type { NominationDetails } from './types';

/** Who is nominated, for what, by whom, and why it came back if it did. */
export function NominationSummary({ n }: { n: NominationDetails }) {
  const translate = useTranslate();
  const row = (field: string, value: ReactNode) => (
    <FieldRow label={translate(`resources.nominations.fields.${field}`)}>{value}</FieldRow>
  );
  return (
    <Section
      title={
        <>
          {n.nomineeName} <StatusChip status={n.status} />
        </>
      }
      testId="nomination-summary"
    >
      {row('recipient', translate(`recipients.${n.recipient}`))}
      {row('tier', translate(`tiers.${n.tier}`, { _: n.tier }))}
      {row('awardFormId', <AwardFormField />)}
      {row('phaseId', <PhaseField />)}
      {row('nominatingUnitId', <ReferenceField source="nominatingUnitId" reference="units" link={false} />)}
      <NominationScore score={n.score} />
      {n.returnReason && ['returned', 'rejected'].includes(n.status) && (
        <Alert severity="warning" sx={{ my: 1 }}>
          {translate('resources.nominations.fields.returnReason')}: {n.returnReason}
        </Alert>
      )}
      <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap', mt: 1 }}>
        {n.achievements}
      </Typography>
    </Section>
  );
}
