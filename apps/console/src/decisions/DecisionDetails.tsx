import { Box, Chip, Grid, LinearProgress } from '@mui/material';
import { can } from '@thidua/domain';
import type { ReactNode } from 'react';
import { EditButton, useRecordContext, useTranslate } from 'react-admin';
import { dmy, dmyTime } from '../common/dates';
import { AwardFormField, PhaseField } from '../common/fields';
import { FieldRow, Section } from '../common/Section';
import { session } from '../providers/session';
import { DecisionAwardees } from './DecisionAwardees';
import { DecisionDocuments } from './DecisionDocuments';
import { IssueButton } from './IssueButton';
import type { DecisionRecord } from './types';

/** The decision's details; renders the list's record (without awardees) until the full one arrives. */
export function DecisionDetails() {
  const d = useRecordContext<DecisionRecord>();
  const translate = useTranslate();
  const role = session.user()?.role;
  if (!d) return null;
  const row = (field: string, value: ReactNode) => (
    <FieldRow label={translate(`resources.decisions.fields.${field}`)}>{value}</FieldRow>
  );
  return (
    <Grid container spacing={2} sx={{ p: 2 }}>
      <Grid size={{ xs: 12, md: 7 }}>
        <Section
          title={
            <>
              {translate('resources.decisions.name', { smart_count: 1 })} {d.number}{' '}
              <Chip
                size="small"
                color={d.status === 'issued' ? 'success' : 'default'}
                label={translate(`thidua.decision.status.${d.status}`)}
                data-testid="decision-status"
              />
            </>
          }
        >
          {row('signedOn', dmy(d.signedOn))}
          {row('signerName', `${d.signerTitle} ${d.signerName}`)}
          {row('phaseId', <PhaseField />)}
          {row('awardFormId', <AwardFormField />)}
          {d.issuedAt && row('issuedAt', dmyTime(d.issuedAt))}
          {d.status === 'draft' && role && can(role, 'update', 'decisions') && (
            <Box sx={{ mt: 2, display: 'flex', gap: 1 }}>
              <EditButton label="thidua.decision.edit" variant="outlined" data-testid="edit-decision" />
              <IssueButton decision={d} />
            </Box>
          )}
        </Section>
        <Section
          title={`${translate('thidua.decision.awardees')} (${d.awardees?.length ?? d.nominationIds?.length ?? '…'})`}
        >
          {d.awardees ? (
            <DecisionAwardees rows={d.awardees} />
          ) : (
            <LinearProgress aria-label={translate('ra.page.loading')} />
          )}
        </Section>
      </Grid>
      <Grid size={{ xs: 12, md: 5 }}>
        <DecisionDocuments decision={d} />
      </Grid>
    </Grid>
  );
}
