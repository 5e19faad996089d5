import DownloadIcon from '@mui/icons-material/Download';
import { Button } from '@mui/material';
import { useListContext, useNotify, useTranslate } from 'react-admin';
import { download } from '../providers/http';

/** One button per format that downloads a file the api generates ("Báo cáo năm (PDF)", "… (DOCX)"). */
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
  return (
    <>
      {formats.map((format) => (
        <Button
          key={format}
          size="small"
          variant="outlined"
          startIcon={<DownloadIcon />}
          data-testid={`download-${name}-${format}`}
          // Inside a list row the click must not also open the row.
          onClick={(e) => {
            e.stopPropagation();
            download(`${path}?format=${format}${query}`, `${name}.${format}`).catch((err: Error) =>
              notify(err.message, { type: 'error' }),
            );
          }}
        >
          {label} ({format.toUpperCase()})
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
