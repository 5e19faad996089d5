import { Box, Button } from '@mui/material';
import { useNotify, useTranslate } from 'react-admin';
import { Section } from '../common/Section';
import { download } from '../providers/http';
import { DecisionCertificates } from './DecisionCertificates';
import { DecisionPreview } from './DecisionPreview';

const FILES: { kind: 'decision' | 'annex'; format: 'pdf' | 'docx' }[] = [
  { kind: 'decision', format: 'pdf' },
  { kind: 'decision', format: 'docx' },
  { kind: 'annex', format: 'pdf' },
  { kind: 'annex', format: 'docx' },
];

/**
 * A draft's preview (watermarked, not numbered); once issued, the decision, its annex and the awardees list to
 * download, and the certificates.
 */
export function DecisionDocuments({ decision }: { decision: { id: number; status: string; number: string } }) {
  const translate = useTranslate();
  const notify = useNotify();
  const get = (path: string, name: string) =>
    download(path, name).catch((e: Error) => notify(e.message, { type: 'error' }));
  const slug = decision.number.replace(/\W+/g, '-');
  return (
    <Section title={translate('thidua.decision.documents')} testId="decision-documents">
      {decision.status !== 'issued' ? (
        <DecisionPreview decision={decision} />
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
          <DecisionCertificates decisionId={decision.id} />
        </>
      )}
    </Section>
  );
}
