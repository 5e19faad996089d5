import { Button, Dialog, DialogActions, DialogContent, DialogTitle, Typography } from '@mui/material';
import {
  actionNeedsReason,
  actionsOf,
  availableActions,
  type NominationAction,
  type NominationStatus,
} from '@thidua/domain';
import { useState } from 'react';
import { useDataProvider, useListContext, useNotify, useRefresh, useTranslate } from 'react-admin';
import type { BulkActionResult, ThiduaDataProvider } from '../providers/dataProvider';
import { session } from '../providers/session';
import { BulkResults } from './BulkResults';
import { ReasonField } from './ReasonField';

const COLOURS: Partial<Record<NominationAction, 'success' | 'error' | 'warning' | 'primary'>> = {
  approve: 'success',
  reject: 'error',
  return: 'warning',
};

interface Row {
  id: number;
  nomineeName: string;
  status: NominationStatus;
}

/**
 * The steps this role may take on the selected nominations at once (those that fit at least one of them), each
 * confirmed (with one reason for all where a reason is needed), then the result of every row.
 */
export function NominationBulkActions() {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const dataProvider = useDataProvider<ThiduaDataProvider>();
  const { selectedIds = [], data = [], onSelect } = useListContext<Row>();
  const role = session.user()?.role;
  const [asking, setAsking] = useState<NominationAction | null>(null);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<BulkActionResult | null>(null);
  const [names, setNames] = useState<ReadonlyMap<number, string>>(new Map());
  if (!role) return null;
  const selected = data.filter((r) => selectedIds.includes(r.id));
  // Rows selected on another page are not known here: then every step of the role is offered.
  const known = selected.length === selectedIds.length;
  const fits = (a: NominationAction) => selected.filter((r) => availableActions(r.status, role).includes(a)).length;
  const actions = actionsOf(role).filter((a) => !known || fits(a) > 0);

  const run = async (action: NominationAction) => {
    setBusy(true);
    try {
      const ids = selectedIds.map(Number);
      const r = await dataProvider.bulkNominationAction(
        action,
        ids,
        actionNeedsReason(action) ? reason.trim() : undefined,
      );
      setNames(new Map(selected.map((x) => [x.id, x.nomineeName])));
      setResult(r);
      setAsking(null);
      setReason('');
      refresh();
    } catch (e) {
      notify((e as Error).message, { type: 'error', autoHideDuration: 10_000 });
    } finally {
      setBusy(false);
    }
  };
  // The refused stay selected, to be looked at or taken another way; the done leave the selection.
  const close = () => {
    onSelect(result?.results.filter((r) => !r.ok).map((r) => r.id) ?? []);
    setResult(null);
  };

  return (
    <>
      {actions.length === 0 && (
        <Typography variant="body2" sx={{ mx: 1 }}>
          {translate('thidua.nomination.bulk.none')}
        </Typography>
      )}
      {actions.map((a) => (
        <Button
          key={a}
          size="small"
          variant="contained"
          color={COLOURS[a] ?? 'primary'}
          disabled={busy}
          onClick={() => setAsking(a)}
          data-testid={`bulk-${a}`}
          sx={{ ml: 1 }}
        >
          {translate(`thidua.nomination.action.${a}`)}
        </Button>
      ))}
      <Dialog open={asking !== null} onClose={() => setAsking(null)} fullWidth>
        <DialogTitle>{asking && translate(`thidua.nomination.action.${asking}`)}</DialogTitle>
        <DialogContent>
          <Typography data-testid="bulk-confirm-text">
            {asking &&
              translate('thidua.nomination.bulk.confirm', {
                action: translate(`thidua.nomination.action.${asking}`),
                smart_count: selectedIds.length,
                fits: known ? fits(asking) : selectedIds.length,
              })}
          </Typography>
          {asking === 'submit' && (
            <Typography sx={{ mt: 1 }}>{translate('thidua.nomination.confirm.submit')}</Typography>
          )}
          {asking && actionNeedsReason(asking) && (
            <ReasonField
              value={reason}
              onChange={setReason}
              help="thidua.nomination.bulk.reason_help"
              testId="bulk-reason"
            />
          )}
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setAsking(null)}>{translate('ra.action.cancel')}</Button>
          <Button
            variant="contained"
            disabled={busy || (!!asking && actionNeedsReason(asking) && reason.trim().length === 0)}
            onClick={() => asking && run(asking)}
            data-testid="bulk-confirm"
          >
            {translate('ra.action.confirm')}
          </Button>
        </DialogActions>
      </Dialog>
      <BulkResults result={result} names={names} onClose={close} />
    </>
  );
}
