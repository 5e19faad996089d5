import { Box, Button, MenuItem, TextField } from '@mui/material';
import { DOSSIER_FILE_TYPES } from '@thidua/domain';
import { useState } from 'react';
import { useDataProvider, useNotify, useRefresh, useTranslate } from 'react-admin';
import type { ThiduaDataProvider } from '../providers/dataProvider';
import type { NominationDetails } from './types';

/** One dossier file at a time: its type from the checklist (the first missing one offered), then the file. */
export function DossierUpload({ nomination }: { nomination: NominationDetails }) {
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
