import { Box, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { DownloadButtons } from '../common/DownloadButtons';
import type { NominationDetails } from './types';

const GENERATED = ['submission-letter', 'council-minutes', 'achievement-report'] as const;

/** The dossier's letters filled in from the nomination with the plan's templates (the forms of the decree in force on its date). */
export function GeneratedDocuments({ nomination }: { nomination: NominationDetails }) {
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
