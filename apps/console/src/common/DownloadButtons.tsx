import DownloadIcon from '@mui/icons-material/Download';
import { Button, CircularProgress } from '@mui/material';
import { useState } from 'react';
import { useListContext, useNotify, useTranslate } from 'react-admin';
import { download } from '../providers/http';

/**
 * One button per format that downloads a file the api generates ("Báo cáo năm (PDF)", "… (DOCX)"); while the api
 * makes it (a first PDF takes seconds) the button spins and says so.
 */
export function DownloadButtons({
  path,
  name,
  formats,
  label,
  query = '',
}: {
  path: string;
  name: string;
  formats: readonly string[];
  label: string;
  query?: string;
}) {
  const notify = useNotify();
  const translate = useTranslate();
  const [busy, setBusy] = useState<string | null>(null);
  return (
    <>
      {formats.map((format) => (
        <Button
          key={format}
          size="small"
          variant="outlined"
          disabled={busy === format}
          aria-busy={busy === format}
          startIcon={
            busy === format ? (
              <CircularProgress size={16} aria-label={translate('thidua.preparing')} />
            ) : (
              <DownloadIcon />
            )
          }
          data-testid={`download-${name}-${format}`}
          // Inside a list row the click must not also open the row.
          onClick={(e) => {
            e.stopPropagation();
            setBusy(format);
            download(`${path}?format=${format}${query}`, `${name}.${format}`)
              .catch((err: Error) => notify(err.message, { type: 'error' }))
              .finally(() => setBusy(null));
          }}
        >
          {label} ({format.toUpperCase()}){busy === format && ` · ${translate('thidua.preparing')}`}
        </Button>
      ))}
    </>
  );
}

/** The filters each server-side list export accepts (apps/api/src/documents/list-exports.service.ts). */
const EXPORT_FILTERS = {
  nominations: ['phaseId', 'awardFormId', 'status', 'recipient', 'nominatingUnitId', 'decisionId'],
  readings: ['year', 'indicatorId', 'unitId'],
} as const;

/** Exports what the list shows (its filters) as XLSX or CSV that Excel opens with Vietnamese intact. */
export function ListExport({ list }: { list: keyof typeof EXPORT_FILTERS }) {
  const translate = useTranslate();
  const { filterValues } = useListContext();
  const allowed: readonly string[] = EXPORT_FILTERS[list];
  const filter = Object.fromEntries(
    Object.entries(filterValues as Record<string, unknown>).filter(
      ([k, v]) => allowed.includes(k) && v !== '' && v !== undefined,
    ),
  );
  return (
    <DownloadButtons
      path={`/exports/${list}`}
      query={`&filter=${encodeURIComponent(JSON.stringify(filter))}`}
      name={list}
      formats={['xlsx', 'csv']}
      label={translate('ra.action.export')}
    />
  );
}
