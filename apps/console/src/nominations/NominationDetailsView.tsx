import { Box, Grid } from '@mui/material';
import { Loading, RecordContextProvider, useRecordContext } from 'react-admin';
import { CriteriaChecks } from './CriteriaChecks';
import { DeadlineBanner } from './DeadlineBanner';
import { Dossier } from './Dossier';
import { History } from './History';
import { NominationSummary } from './NominationSummary';
import type { NominationDetails } from './types';
import { WorkflowActions } from './WorkflowActions';

/** The nomination's page: summary, dossier and criteria beside the workflow and its history. */
export function NominationDetailsView() {
  const n = useRecordContext<NominationDetails>();
  // Right after creation the cache holds the bare row the api returned; the details follow from the refetch.
  if (!n?.checklist) return <Loading />;
  return (
    <RecordContextProvider value={n}>
      <Box sx={{ p: 2 }}>
        {['draft', 'returned'].includes(n.status) && <DeadlineBanner phaseId={n.phaseId} />}
        <Grid container spacing={2} sx={{ mt: 0 }}>
          <Grid size={{ xs: 12, md: 7 }}>
            <NominationSummary n={n} />
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
