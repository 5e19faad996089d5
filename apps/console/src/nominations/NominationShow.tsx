import type { ReactNode } from 'react';
import { Alert, Box, Grid, List, ListItem, ListItemText, Typography } from '@mui/material';
import { can, EDITABLE } from '@thidua/domain';
import {
  DeleteButton,
  EditButton,
  Loading,
  ReferenceField,
  RecordContextProvider,
  Show,
  TopToolbar,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { dmyTime } from '../common/dates';
import { AwardFormField, PhaseField, StatusChip } from '../common/fields';
import { FieldRow, Section } from '../common/Section';
import { session } from '../providers/session';
import { CriteriaChecks } from './CriteriaChecks';
import { DeadlineBanner } from './DeadlineBanner';
import { Dossier } from './Dossier';
import type { NominationDetails } from './types';
import { WorkflowActions } from './WorkflowActions';

function Actions() {
  const record = useRecordContext<NominationDetails>();
  const role = session.user()?.role;
  if (!record || !role) return null;
  return (
    <TopToolbar>
      {EDITABLE.includes(record.status) && can(role, 'update', 'nominations') && <EditButton />}
      {record.status === 'draft' && can(role, 'delete', 'nominations') && <DeleteButton mutationMode="pessimistic" />}
    </TopToolbar>
  );
}

function Summary({ n }: { n: NominationDetails }) {
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

/** The steps so far, newest first, each with who took it and why. */
export function History({ n }: { n: NominationDetails }) {
  const translate = useTranslate();
  return (
    <Section title={translate('thidua.nomination.history')} testId="history">
      <List dense>
        {[...n.history].reverse().map((h, i) => (
          <ListItem key={i} disableGutters>
            <ListItemText
              primary={`${dmyTime(h.at)} — ${translate(`statuses.${h.toStatus}`, { _: h.toStatus })}`}
              secondary={[h.userName, h.reason].filter(Boolean).join(' · ') || undefined}
            />
          </ListItem>
        ))}
      </List>
    </Section>
  );
}

function Details() {
  const n = useRecordContext<NominationDetails>();
  // Right after creation the cache holds the bare row the api returned; the details follow from the refetch.
  if (!n?.checklist) return <Loading />;
  return (
    <RecordContextProvider value={n}>
      <Box sx={{ p: 2 }}>
        {['draft', 'returned'].includes(n.status) && <DeadlineBanner phaseId={n.phaseId} />}
        <Grid container spacing={2} sx={{ mt: 0 }}>
          <Grid size={{ xs: 12, md: 7 }}>
            <Summary n={n} />
            <Dossier nomination={n} />
            <CriteriaChecks nomination={n} />
          </Grid>
          <Grid size={{ xs: 12, md: 5 }}>
            <WorkflowActions nomination={n} />
            <History n={n} />
          </Grid>
        </Grid>
      </Box>
    </RecordContextProvider>
  );
}

export function NominationShow() {
  return (
    <Show actions={<Actions />}>
      <Details />
    </Show>
  );
}
