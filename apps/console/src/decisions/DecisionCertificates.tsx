import { Alert, Box, Button, LinearProgress, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { useDataProvider, useNotify, useTranslate } from 'react-admin';
import type { Job, ThiduaDataProvider } from '../providers/dataProvider';
import { download } from '../providers/http';

/** Prints every certificate of the decision as a background job, shows its progress, then offers the file. */
export function DecisionCertificates({ decisionId }: { decisionId: number }) {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useDataProvider<ThiduaDataProvider>();
  const [job, setJob] = useState<Job | null>(null);
  useEffect(() => {
    if (!job || job.status === 'done' || job.status === 'failed') return;
    const timer = setTimeout(
      () => dataProvider.job(job.id).then(setJob, (e: Error) => notify(e.message, { type: 'error' })),
      1000,
    );
    return () => clearTimeout(timer);
  }, [job, dataProvider, notify]);
  const start = async (format: 'pdf' | 'docx') => {
    try {
      setJob(await dataProvider.startCertificates(decisionId, format));
    } catch (e) {
      notify((e as Error).message, { type: 'error' });
    }
  };
  const running = job && (job.status === 'queued' || job.status === 'running');
  return (
    <Box sx={{ mt: 2 }} data-testid="certificates">
      <Typography variant="subtitle2">{translate('thidua.decision.certificates')}</Typography>
      <Box sx={{ display: 'flex', gap: 1, my: 1 }}>
        <Button variant="outlined" size="small" disabled={!!running} onClick={() => start('pdf')}>
          PDF
        </Button>
        <Button variant="outlined" size="small" disabled={!!running} onClick={() => start('docx')}>
          DOCX
        </Button>
      </Box>
      {running && (
        <>
          <Typography variant="body2">
            {translate('thidua.decision.job', { progress: job.progress, total: job.total || '…' })}
          </Typography>
          <LinearProgress
            variant={job.total ? 'determinate' : 'indeterminate'}
            value={job.total ? (job.progress / job.total) * 100 : undefined}
          />
        </>
      )}
      {job?.status === 'done' && (
        <Button
          variant="contained"
          size="small"
          onClick={() => download(`/jobs/${job.id}/file`, `bang-khen.${job.format}`)}
          data-testid="certificates-download"
        >
          {translate('thidua.decision.job_done')} · {translate('thidua.nomination.download')}
        </Button>
      )}
      {job?.status === 'failed' && (
        <Alert severity="error">{translate('thidua.decision.job_failed', { error: job.error ?? '' })}</Alert>
      )}
    </Box>
  );
}
