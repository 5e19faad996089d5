import { Alert, Box, Button, LinearProgress, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { useDataProvider, useNotify, useTranslate } from 'react-admin';
import { Section } from '../common/Section';
import type { Job, ThiduaDataProvider } from '../providers/dataProvider';
import { download } from '../providers/http';

const FILES: { kind: 'decision' | 'annex'; format: 'pdf' | 'docx' }[] = [
  { kind: 'decision', format: 'pdf' },
  { kind: 'decision', format: 'docx' },
  { kind: 'annex', format: 'pdf' },
  { kind: 'annex', format: 'docx' },
];

/** Prints every certificate of the decision as a background job, shows its progress, then offers the file. */
function Certificates({ decisionId }: { decisionId: number }) {
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

/** The decision, its annex and the awardees list to download, and the certificates; only once it is issued. */
export function DecisionDocuments({ decision }: { decision: { id: number; status: string; number: string } }) {
  const translate = useTranslate();
  const notify = useNotify();
  const get = (path: string, name: string) =>
    download(path, name).catch((e: Error) => notify(e.message, { type: 'error' }));
  const slug = decision.number.replace(/\W+/g, '-');
  return (
    <Section title={translate('thidua.decision.documents')} testId="decision-documents">
      {decision.status !== 'issued' ? (
        <Typography variant="body2" color="text.secondary">
          {translate('thidua.decision.documents_after_issue')}
        </Typography>
      ) : (
        <>
          <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1 }}>
            {FILES.map((f) => (
              <Button
                key={`${f.kind}-${f.format}`}
                variant="outlined"
                size="small"
                onClick={() =>
                  get(
                    `/decisions/${decision.id}/documents/${f.kind}?format=${f.format}`,
                    `${f.kind}-${slug}.${f.format}`,
                  )
                }
                data-testid={`download-${f.kind}-${f.format}`}
              >
                {translate(`thidua.decision.file.${f.kind}`)} ({f.format.toUpperCase()})
              </Button>
            ))}
            <Button
              variant="outlined"
              size="small"
              onClick={() => get(`/decisions/${decision.id}/awardees?format=xlsx`, `danh-sach-${slug}.xlsx`)}
            >
              {translate('thidua.decision.file.awardees')} (XLSX)
            </Button>
          </Box>
          <Certificates decisionId={decision.id} />
        </>
      )}
    </Section>
  );
}
