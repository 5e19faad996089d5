import { Box, Button, Chip, Grid, LinearProgress } from '@mui/material';
import { can } from '@thidua/domain';
import { type ReactNode, useState } from 'react';
import {
  Confirm,
  Datagrid,
  ListContextProvider,
  NumberField,
  Show,
  TextField,
  useDataProvider,
  useList,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { dmy, dmyTime } from '../common/dates';
import { AwardFormField, LabelField, PhaseField, StatusField } from '../common/fields';
import { FieldRow, Section } from '../common/Section';
import type { ThiduaDataProvider } from '../providers/dataProvider';
import { session } from '../providers/session';
import { DecisionDocuments } from './DecisionDocuments';

interface DecisionDetails {
  id: number;
  number: string;
  signedOn: string;
  signerName: string;
  signerTitle: string;
  phaseId: string;
  awardFormId: string;
  status: 'draft' | 'issued';
  issuedAt: string | null;
  /** Only the api's GET /decisions/:id sends these; a record from the list (shown while it loads) lacks them. */
  nominationIds?: number[];
  awardees?: Record<string, unknown>[];
}

function IssueButton({ decision }: { decision: DecisionDetails }) {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const dataProvider = useDataProvider<ThiduaDataProvider>();
  const [open, setOpen] = useState(false);
  const issue = async () => {
    setOpen(false);
    try {
      await dataProvider.issueDecision(decision.id);
      notify('thidua.decision.issued', { type: 'success' });
      refresh();
    } catch (e) {
      notify((e as Error).message, { type: 'error', autoHideDuration: 10_000 });
    }
  };
  return (
    <>
      <Button variant="contained" color="success" onClick={() => setOpen(true)} data-testid="issue-decision">
        {translate('thidua.decision.issue')}
      </Button>
      <Confirm
        isOpen={open}
        title={translate('thidua.decision.issue')}
        content={translate('thidua.decision.issue_confirm', { number: decision.number })}
        onConfirm={issue}
        onClose={() => setOpen(false)}
      />
    </>
  );
}

function Awardees({ rows }: { rows: Record<string, unknown>[] }) {
  const list = useList({ data: rows.map((r) => ({ ...r, id: r.id as number })), perPage: 1000 });
  return (
    <ListContextProvider value={list}>
      <Datagrid
        bulkActionButtons={false}
        rowClick={(id) => `/nominations/${id}/show`}
        sort={{ field: 'nomineeName', order: 'ASC' }}
      >
        <NumberField source="id" label="resources.nominations.fields.id" />
        <TextField source="nomineeName" label="resources.nominations.fields.nomineeName" />
        <LabelField source="recipient" prefix="recipients" label="resources.nominations.fields.recipient" />
        <StatusField source="status" label="resources.nominations.fields.status" />
      </Datagrid>
    </ListContextProvider>
  );
}

/** The decision's details; renders the list's record (without awardees) until the full one arrives. */
export function DecisionDetailsView() {
  const d = useRecordContext<DecisionDetails>();
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
            <Box sx={{ mt: 2 }}>
              <IssueButton decision={d} />
            </Box>
          )}
        </Section>
        <Section
          title={`${translate('thidua.decision.awardees')} (${d.awardees?.length || d.nominationIds?.length || '…'})`}
        >
          {d.awardees ? <Awardees rows={d.awardees} /> : <LinearProgress aria-label={translate('ra.page.loading')} />}
        </Section>
      </Grid>
      <Grid size={{ xs: 12, md: 5 }}>
        <DecisionDocuments decision={d} />
      </Grid>
    </Grid>
  );
}

export const DecisionShow = () => (
  <Show>
    <DecisionDetailsView />
  </Show>
);
