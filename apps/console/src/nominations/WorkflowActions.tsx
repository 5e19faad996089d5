import { Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, TextField, Typography } from '@mui/material';
import { availableActions, checkTransition, type NominationAction } from '@thidua/domain';
import { useState } from 'react';
import { useDataProvider, useGetList, useNotify, useRefresh, useTranslate } from 'react-admin';
import { QuotaMeter, type QuotaUse } from '../common/QuotaMeter';
import { Section } from '../common/Section';
import type { ThiduaDataProvider } from '../providers/dataProvider';
import { session } from '../providers/session';
import type { NominationDetails } from './types';

const COLOURS: Partial<Record<NominationAction, 'success' | 'error' | 'warning' | 'primary'>> = {
  approve: 'success',
  reject: 'error',
  return: 'warning',
};

/** The actions this role may take now (the shared transition table), a reason where one is needed, the quota beside approval. */
export function WorkflowActions({ nomination }: { nomination: NominationDetails }) {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const dataProvider = useDataProvider<ThiduaDataProvider>();
  const role = session.user()?.role;
  const [asking, setAsking] = useState<NominationAction | null>(null);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const { data: quotas = [] } = useGetList<QuotaUse>('quota-use', { pagination: { page: 1, perPage: 500 } });
  const quota = quotas.find((q) => q.phaseId === nomination.phaseId && q.awardFormId === nomination.awardFormId);
  const actions = role ? availableActions(nomination.status, role) : [];

  const run = async (action: NominationAction, why?: string) => {
    setBusy(true);
    try {
      await dataProvider.nominationAction(nomination.id, action, why);
      notify('thidua.nomination.done', {
        type: 'success',
        messageArgs: { action: translate(`thidua.nomination.action.${action}`) },
      });
      setAsking(null);
      setReason('');
      refresh();
    } catch (e) {
      notify((e as Error).message, { type: 'error', autoHideDuration: 10_000 });
    } finally {
      setBusy(false);
    }
  };
  const start = (action: NominationAction) => {
    const step = role && checkTransition(action, nomination.status, role);
    if (step && step.ok && step.needsReason) setAsking(action);
    else void run(action);
  };

  return (
    <Section title={translate('thidua.nomination.workflow')} testId="workflow">
      {actions.length === 0 && <Typography variant="body2">{translate('thidua.nomination.no_action')}</Typography>}
      <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', mb: 1 }}>
        {actions.map((a) => (
          <Button
            key={a}
            variant="contained"
            color={COLOURS[a] ?? 'primary'}
            disabled={busy}
            onClick={() => start(a)}
            data-testid={`action-${a}`}
          >
            {translate(`thidua.nomination.action.${a}`)}
          </Button>
        ))}
      </Box>
      {actions.includes('approve') && <QuotaMeter use={quota} recipient={nomination.recipient} />}
      <Dialog open={asking !== null} onClose={() => setAsking(null)} fullWidth>
        <DialogTitle>{asking && translate(`thidua.nomination.action.${asking}`)}</DialogTitle>
        <DialogContent>
          <TextField
            autoFocus
            fullWidth
            multiline
            minRows={3}
            label={translate('thidua.nomination.reason')}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            helperText={translate('thidua.nomination.reason_required')}
            sx={{ mt: 1 }}
            slotProps={{ htmlInput: { 'data-testid': 'reason' } }}
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setAsking(null)}>{translate('ra.action.cancel')}</Button>
          <Button
            variant="contained"
            disabled={busy || reason.trim().length === 0}
            onClick={() => asking && run(asking, reason.trim())}
            data-testid="confirm-action"
          >
            {translate('ra.action.confirm')}
          </Button>
        </DialogActions>
      </Dialog>
    </Section>
  );
}
