import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  List,
  ListItem,
  ListItemText,
  TextField,
} from '@mui/material';
import { can } from '@thidua/domain';
import { useState } from 'react';
import { useDataProvider, useGetList, useNotify, useRefresh, useTranslate } from 'react-admin';
import { dmy } from '../common/dates';
import { DownloadButtons } from '../common/DownloadButtons';
import { parseDmy } from '../common/DateTextInput';
import { type PhaseWindow, windowMessage } from '../nominations/DeadlineBanner';
import { Section } from '../common/Section';
import type { ThiduaDataProvider } from '../providers/dataProvider';
import { session } from '../providers/session';

/** Whether each phase takes nominations today; an administrator may move a deadline, with a reason (audited). */
export function PhaseWindows({ slug }: { slug: string }) {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const dataProvider = useDataProvider<ThiduaDataProvider>();
  const { data = [] } = useGetList<PhaseWindow>('phase-windows', { pagination: { page: 1, perPage: 100 } });
  const role = session.user()?.role;
  const mayExtend = !!role && can(role, 'update', 'deadlines');
  // The phase summary is the province's own report: not for a unit clerk (the api answers 403).
  const maySummarise = !!role && role !== 'unit-clerk' && can(role, 'read', 'decisions');
  const [editing, setEditing] = useState<PhaseWindow | null>(null);
  const [date, setDate] = useState('');
  const [reason, setReason] = useState('');
  const parsed = parseDmy(date);
  const isoDate = parsed && /^\d{4}-\d{2}-\d{2}$/.test(parsed) ? parsed : null;
  const save = async () => {
    if (!editing) return;
    try {
      await dataProvider.extendDeadline(slug, editing.phaseId, isoDate!, reason.trim());
      notify('thidua.province.extended', { type: 'success' });
      setEditing(null);
      refresh();
    } catch (e) {
      notify((e as Error).message, { type: 'error' });
    }
  };
  return (
    <Section title={translate('thidua.province.windows')} testId="phase-windows">
      <List dense>
        {data.map((w) => (
          <ListItem
            key={w.phaseId}
            disableGutters
            secondaryAction={
              mayExtend && (
                <Button
                  size="small"
                  onClick={() => {
                    setEditing(w);
                    setDate(dmy(w.closes));
                    setReason('');
                  }}
                >
                  {translate('thidua.province.extend')}
                </Button>
              )
            }
          >
            <ListItemText
              primary={windowMessage(translate, w)}
              slotProps={{ primary: { color: w.open ? 'success.main' : 'text.secondary' } }}
              secondary={
                maySummarise && (
                  <DownloadButtons
                    path={`/provinces/${slug}/phases/${w.phaseId}/summary`}
                    name={`tong-hop-${w.phaseId}`}
                    formats={['pdf', 'docx']}
                    label={translate('thidua.documents.summary')}
                  />
                )
              }
            />
          </ListItem>
        ))}
      </List>
      <Dialog open={!!editing} onClose={() => setEditing(null)} fullWidth>
        <DialogTitle>{editing && translate('thidua.province.extend_title', { phase: editing.name })}</DialogTitle>
        <DialogContent sx={{ display: 'flex', flexDirection: 'column', gap: 2, pt: '8px !important' }}>
          <TextField
            label={translate('thidua.province.extended_to')}
            placeholder="dd/mm/yyyy"
            value={date}
            onChange={(e) => setDate(e.target.value)}
            error={!!date && !isoDate}
          />
          <TextField
            label={translate('thidua.nomination.reason')}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            multiline
            minRows={2}
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setEditing(null)}>{translate('ra.action.cancel')}</Button>
          <Button variant="contained" disabled={!isoDate || reason.trim().length < 3} onClick={save}>
            {translate('ra.action.save')}
          </Button>
        </DialogActions>
      </Dialog>
    </Section>
  );
}
