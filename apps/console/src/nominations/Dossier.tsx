import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import RadioButtonUncheckedIcon from '@mui/icons-material/RadioButtonUnchecked';
import {
  Box,
  Button,
  List,
  ListItem,
  ListItemIcon,
  ListItemText,
  MenuItem,
  TextField,
  Typography,
} from '@mui/material';
import { can, DOSSIER_FILE_TYPES, EDITABLE } from '@thidua/domain';
import { useState } from 'react';
import { useDataProvider, useNotify, useRefresh, useTranslate } from 'react-admin';
import { dmyTime } from '../common/dates';
import { DownloadButtons } from '../common/DownloadButtons';
import { Section } from '../common/Section';
import type { ThiduaDataProvider } from '../providers/dataProvider';
import { download } from '../providers/http';
import { session } from '../providers/session';
import { RemoveDocument } from './RemoveDocument';
import type { NominationDetails } from './types';

function Upload({ nomination }: { nomination: NominationDetails }) {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const dataProvider = useDataProvider<ThiduaDataProvider>();
  const firstMissing = nomination.checklist.find((c) => !c.provided)?.type ?? 'other';
  const [type, setType] = useState(firstMissing);
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const send = async () => {
    if (!file) return;
    setBusy(true);
    try {
      await dataProvider.uploadDocument(nomination.id, type, file);
      notify('thidua.nomination.uploaded', { type: 'success' });
      setFile(null);
      refresh();
    } catch (e) {
      notify((e as Error).message, { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap', mt: 1 }}>
      <TextField
        select
        size="small"
        label={translate('thidua.nomination.document_type')}
        value={type}
        onChange={(e) => setType(e.target.value)}
        sx={{ minWidth: 260 }}
        slotProps={{ htmlInput: { 'data-testid': 'document-type' } }}
      >
        {DOSSIER_FILE_TYPES.map((t) => (
          <MenuItem key={t} value={t}>
            {translate(`document_types.${t}`)}
          </MenuItem>
        ))}
      </TextField>
      <Button variant="outlined" component="label">
        {file ? file.name : translate('thidua.import.choose')}
        <input hidden type="file" data-testid="document-file" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
      </Button>
      <Button variant="contained" disabled={!file || busy} onClick={send} data-testid="upload-document">
        {translate('thidua.nomination.upload')}
      </Button>
    </Box>
  );
}

const GENERATED = ['submission-letter', 'council-minutes', 'achievement-report'] as const;

/** The dossier's letters filled in from the nomination with the plan's templates (Nghị định 98/2023/NĐ-CP forms). */
function Generated({ nomination }: { nomination: NominationDetails }) {
  const translate = useTranslate();
  return (
    <Box sx={{ mt: 2 }}>
      <Typography variant="subtitle2">{translate('thidua.decision.generated')}</Typography>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, mt: 1 }}>
        {GENERATED.map((kind) => (
          <DownloadButtons
            key={kind}
            path={`/nominations/${nomination.id}/documents-generated/${kind}`}
            name={`${kind}-${nomination.id}`}
            formats={['pdf', 'docx']}
            label={translate(`document_types.${kind}`)}
          />
        ))}
      </Box>
    </Box>
  );
}

/** The plugin's checklist for this award form and nominee, what has been provided, and uploads while editable. */
export function Dossier({ nomination }: { nomination: NominationDetails }) {
  const translate = useTranslate();
  const role = session.user()?.role;
  const canUpload = !!role && can(role, 'create', 'documents') && EDITABLE.includes(nomination.status);
  return (
    <Section title={translate('thidua.nomination.dossier')} testId="dossier">
      <Typography variant="subtitle2">{translate('thidua.nomination.checklist')}</Typography>
      <List dense>
        {nomination.checklist.map((c) => (
          <ListItem key={c.type} disableGutters data-testid={`checklist-${c.type}`} data-provided={c.provided}>
            <ListItemIcon sx={{ minWidth: 32 }}>
              {c.provided ? (
                <CheckCircleIcon color="success" fontSize="small" />
              ) : (
                <RadioButtonUncheckedIcon color="warning" fontSize="small" />
              )}
            </ListItemIcon>
            <ListItemText
              primary={c.name}
              secondary={translate(c.provided ? 'thidua.nomination.provided' : 'thidua.nomination.missing')}
            />
          </ListItem>
        ))}
      </List>
      {nomination.documents.length > 0 && (
        <Typography variant="subtitle2">{translate('thidua.nomination.documents')}</Typography>
      )}
      <List dense>
        {nomination.documents.map((d) => (
          <ListItem
            key={d.id}
            disableGutters
            secondaryAction={
              <>
                <Button
                  size="small"
                  onClick={() => download(`/nominations/${nomination.id}/documents/${d.id}`, d.fileName)}
                >
                  {translate('thidua.nomination.download')}
                </Button>
                {canUpload && <RemoveDocument document={d} />}
              </>
            }
          >
            <ListItemText
              sx={{ pr: canUpload ? 18 : 9, overflowWrap: 'anywhere' }}
              primary={d.fileName}
              secondary={`${translate(`document_types.${d.type}`, { _: d.type })} · ${dmyTime(d.uploadedAt)}`}
            />
          </ListItem>
        ))}
      </List>
      {canUpload && <Upload key={nomination.documents.length} nomination={nomination} />}
      <Generated nomination={nomination} />
    </Section>
  );
}
