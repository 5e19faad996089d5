import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import ErrorIcon from '@mui/icons-material/Error';
import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import type { BulkActionResult } from '../providers/dataProvider';
import { readableError } from '../providers/errors';

/**
 * What a bulk step did to each selected nomination, in the order sent: its new status, or why it was refused (the
 * api's message in the console's language), refusals counted apart so none goes unnoticed.
 */
export function BulkResults({
  result,
  names,
  onClose,
}: {
  result: BulkActionResult | null;
  names: ReadonlyMap<number, string>;
  onClose: () => void;
}) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!result) return null;
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="md" aria-labelledby="bulk-results-title">
      <DialogTitle id="bulk-results-title">
        {translate('thidua.nomination.bulk.results_title', {
          action: translate(`thidua.nomination.action.${result.action}`),
        })}
      </DialogTitle>
      <DialogContent>
        <Typography sx={{ mb: 1 }} data-testid="bulk-summary">
          {translate('thidua.nomination.bulk.summary', { ok: result.succeeded, failed: result.failed })}
        </Typography>
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{translate('resources.nominations.name', { smart_count: 1 })}</TableCell>
              <TableCell>{translate('thidua.nomination.result')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {result.results.map((r) => (
              <TableRow key={r.id} data-testid={`bulk-result-${r.id}`} data-ok={r.ok}>
                <TableCell sx={{ overflowWrap: 'anywhere' }}>
                  #{r.id} {names.get(r.id) ?? ''}
                </TableCell>
                <TableCell>
                  {r.ok ? (
                    <Typography variant="body2" sx={{ display: 'flex', gap: 0.5, alignItems: 'center' }}>
                      <CheckCircleIcon color="success" fontSize="small" aria-hidden />
                      {translate('thidua.nomination.bulk.now', {
                        status: translate(`statuses.${r.status}`, { _: r.status }),
                      })}
                    </Typography>
                  ) : (
                    <Typography
                      variant="body2"
                      color="error.dark"
                      sx={{ display: 'flex', gap: 0.5, alignItems: 'flex-start' }}
                    >
                      <ErrorIcon color="error" fontSize="small" aria-hidden />
                      <span>
                        {translate('thidua.nomination.bulk.refused')}:{' '}
                        {readableError(r.error, locale, r.error.statusCode)}
                      </span>
                    </Typography>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} data-testid="bulk-close">
          {translate('ra.action.close')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
