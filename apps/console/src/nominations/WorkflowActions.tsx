import { Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, Typography } from '@mui/material';
import { availableActions, checkTransition, type NominationAction } from '@thidua/domain';
import { useState } from 'react';
import { useDataProvider, useGetList, useNotify, useRefresh, useTranslate } from 'react-admin';
import { QuotaMeter, type QuotaUse } from '../common/QuotaMeter';
import { Section } from '../common/Section';
import type { ThiduaDataProvider } from '../providers/dataProvider';
import { session } from '../providers/session';
import type { NominationDetails } from './types';
import { ReasonField } from './ReasonField';

const COLOURS: Partial<Record<NominationAction, 'success' | 'error' | 'warning' | 'primary'>> = {
  approve: 'success',
  reject: 'error',
  return: 'warning',
};

/** Places still free for this nominee under the quota; null when nothing caps it. */
export function placesLeft(quota: QuotaUse | undefined, recipient: 'collective' | 'individual'): number | null {
  if (!quota || quota.decidedByHead) return null;
  const own = recipient === 'collective' ? quota.remaining.collectives : quota.remaining.individuals;
  const caps = [own, quota.remaining.combined].filter((n): n is number => n !== null);
  return caps.length ? Math.min(...caps) : null;
}

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
  const missing = nomination.checklist.filter((c) => !c.provided).map((c) => c.name);
  const left = placesLeft(quota, nomination.recipient);
  // Why an action cannot be taken yet, said beside it instead of after a refused click.
  const blocked: Partial<Record<NominationAction, string>> = {
    ...(missing.length && { submit: translate('thidua.nomination.submit_missing', { documents: missing.join('; ') }) }),
    ...(left !== null && left <= 0 && { approve: translate('thidua.quota.none_left') }),
  };
  const needsReason = (a: NominationAction) => {
    const step = role && checkTransition(a, nomination.status, role);
    return !!step && step.ok && step.needsReason;
  };

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
  // Submitting locks the dossier: it is confirmed, like every action that asks for a reason.
  const start = (action: NominationAction) =>
    needsReason(action) || action === 'submit' ? setAsking(action) : void run(action);

  return (
    <Section title={translate('thidua.nomination.workflow')} testId="workflow">
      {actions.length === 0 && <Typography variant="body2">{translate('thidua.nomination.no_action')}</Typography>}
      <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', mb: 1 }}>
        {actions.map((a) => (
          <Button
            key={a}
            variant="contained"
            color={COLOURS[a] ?? 'primary'}
            disabled={busy || !!blocked[a]}
            onClick={() => start(a)}
            data-testid={`action-${a}`}
          >
            {translate(`thidua.nomination.action.${a}`)}
          </Button>
        ))}
      </Box>
      {actions
        .filter((a) => blocked[a])
        .map((a) => (
          <Typography key={a} variant="body2" color="warning.dark" data-testid={`blocked-${a}`}>
            {blocked[a]}
          </Typography>
        ))}
      {actions.includes('approve') && <QuotaMeter use={quota} recipient={nomination.recipient} />}
      <Dialog open={asking !== null} onClose={() => setAsking(null)} fullWidth>
        <DialogTitle>{asking && translate(`thidua.nomination.action.${asking}`)}</DialogTitle>
        <DialogContent>
          {asking && !needsReason(asking) && (
            <Typography data-testid="confirm-text">{translate(`thidua.nomination.confirm.${asking}`)}</Typography>
          )}
          {asking && needsReason(asking) && (
            <ReasonField value={reason} onChange={setReason} help="thidua.nomination.reason_required" testId="reason" />
          )}
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setAsking(null)}>{translate('ra.action.cancel')}</Button>
          <Button
            variant="contained"
            disabled={busy || (!!asking && needsReason(asking) && reason.trim().length === 0)}
            onClick={() => asking && run(asking, needsReason(asking) ? reason.trim() : undefined)}
            data-testid="confirm-action"
          >
            {translate('ra.action.confirm')}
          </Button>
        </DialogActions>
      </Dialog>
    </Section>
  );
}
