import { Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, Typography } from '@mui/material';
import { useState } from 'react';
import { useDataProvider, useNotify, useTranslate } from 'react-admin';
import type { ThiduaDataProvider } from '../providers/dataProvider';
import { download } from '../providers/http';
import { session } from '../providers/session';

type Kind = 'decision' | 'annex';

/**
 * A draft decision or its annex as it will print, "DỰ THẢO" across every page and no number yet: on screen (the
 * api's self-contained HTML in a sandboxed frame, no script runs) or as PDF.
 */
export function DecisionPreview({ decision }: { decision: { id: number; number: string } }) {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useDataProvider<ThiduaDataProvider>();
  const [shown, setShown] = useState<{ kind: Kind; html: string } | null>(null);
  const slug = decision.number.replace(/\W+/g, '-');
  const pdf = (kind: Kind) =>
    download(`/decisions/${decision.id}/preview/${kind}?format=pdf`, `du-thao-${kind}-${slug}.pdf`).catch((e: Error) =>
      notify(e.message, { type: 'error' }),
    );
  const show = async (kind: Kind) => {
    try {
      setShown({ kind, html: await dataProvider.previewDecision(decision.id, kind) });
    } catch (e) {
      notify((e as Error).message, { type: 'error' });
    }
  };
  // The draft covers every unit: the api keeps it to province staff, so a unit clerk is told rather than refused.
  if (session.user()?.role === 'unit-clerk')
    return (
      <Typography variant="body2" color="text.secondary">
        {translate('thidua.decision.preview_staff_only')}
      </Typography>
    );
  return (
    <>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {translate('thidua.decision.preview_note')}
      </Typography>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1 }}>
        {(['decision', 'annex'] as const).map((kind) => (
          <Box key={kind} sx={{ display: 'flex', gap: 1 }}>
            <Button variant="outlined" size="small" onClick={() => show(kind)} data-testid={`preview-${kind}`}>
              {translate(`thidua.decision.preview.${kind}`)}
            </Button>
            <Button variant="text" size="small" onClick={() => pdf(kind)} data-testid={`preview-${kind}-pdf`}>
              PDF
            </Button>
          </Box>
        ))}
      </Box>
      <Dialog open={!!shown} onClose={() => setShown(null)} fullWidth maxWidth="md">
        <DialogTitle>{shown && translate(`thidua.decision.preview.${shown.kind}`)}</DialogTitle>
        <DialogContent dividers sx={{ px: 3, py: 2 }}>
          {shown && (
            <iframe
              title={translate('thidua.decision.preview_frame')}
              srcDoc={shown.html}
              sandbox=""
              data-testid="preview-frame"
              style={{ border: 0, width: '100%', height: '75vh', display: 'block', background: '#fff' }}
            />
          )}
        </DialogContent>
        <DialogActions>
          {shown && <Button onClick={() => pdf(shown.kind)}>PDF</Button>}
          <Button onClick={() => setShown(null)}>{translate('ra.action.close')}</Button>
        </DialogActions>
      </Dialog>
    </>
  );
}
