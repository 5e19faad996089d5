import { Alert, Box, Button, Chip, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useState } from 'react';
import { useDataProvider, useNotify, useRefresh, useTranslate } from 'react-admin';
import type { ImportResource, ImportResult, ThiduaDataProvider } from '../providers/dataProvider';
import { Section } from './Section';

/** Translation keys of one import's texts (units name their noun, other imports count rows). */
export interface ImportMessages {
  title: string;
  help: string;
  save: string;
  saved: string;
  fixFirst: string;
}

/**
 * Imports a resource from an Excel or CSV file through the api: every row is checked on the server first and
 * shown with its errors; the save button appears only when all rows are right, and saves them all or none.
 * `columns` are the api's row keys with the translation key of their header.
 */
export function FileImport({
  resource,
  columns,
  messages,
}: {
  resource: ImportResource;
  columns: readonly (readonly [key: string, label: string])[];
  messages: ImportMessages;
}) {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const dataProvider = useDataProvider<ThiduaDataProvider>();
  const [file, setFile] = useState<File | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async (commit: boolean) => {
    if (!file) return;
    setBusy(true);
    try {
      const r = await dataProvider.importFile(resource, file, commit);
      setResult(r);
      if (r.saved !== undefined) {
        notify(messages.saved, { type: 'success', messageArgs: { smart_count: r.saved } });
        refresh();
      }
    } catch (e) {
      setResult(null);
      notify((e as Error).message, { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Section title={translate(messages.title)} testId={`${resource}-import`}>
        <Typography variant="body2" sx={{ mb: 2 }}>
          {translate(messages.help)}
        </Typography>
        <Box sx={{ display: 'flex', gap: 1, alignItems: 'center' }}>
          <Button variant="outlined" component="label">
            {file ? file.name : translate('thidua.import.choose')}
            <input
              hidden
              type="file"
              accept=".xlsx,.csv"
              data-testid="import-file"
              onChange={(e) => {
                setFile(e.target.files?.[0] ?? null);
                setResult(null);
              }}
            />
          </Button>
          <Button variant="contained" disabled={!file || busy} onClick={() => run(false)} data-testid="import-check">
            {translate('thidua.import.check')}
          </Button>
          {result && result.invalid === 0 && result.saved === undefined && (
            <Button
              variant="contained"
              color="success"
              disabled={busy}
              onClick={() => run(true)}
              data-testid="import-save"
            >
              {translate(messages.save, { smart_count: result.valid })}
            </Button>
          )}
        </Box>
      </Section>
      {result && (
        <Section
          title={translate('thidua.import.summary', { valid: result.valid, invalid: result.invalid })}
          testId="import-preview"
        >
          {result.invalid > 0 && (
            <Alert severity="error" sx={{ mb: 1 }}>
              {translate(messages.fixFirst)}
            </Alert>
          )}
          {result.saved !== undefined && (
            <Alert severity="success" sx={{ mb: 1 }}>
              {translate(messages.saved, { smart_count: result.saved })}
            </Alert>
          )}
          <Table size="small">
            <TableHead>
              <TableRow>
                <TableCell>{translate('thidua.import.row')}</TableCell>
                {columns.map(([key, label]) => (
                  <TableCell key={key}>{translate(label)}</TableCell>
                ))}
                <TableCell>{translate('thidua.import.errors')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {result.rows.map((r) => (
                <TableRow
                  key={r.row}
                  data-testid={`import-row-${r.row}`}
                  sx={r.errors.length ? { bgcolor: 'error.50', '& td': { color: 'error.dark' } } : undefined}
                >
                  <TableCell>{r.row}</TableCell>
                  {columns.map(([key]) => (
                    <TableCell key={key}>{String(r.values[key] ?? '')}</TableCell>
                  ))}
                  <TableCell>
                    {r.errors.length ? (
                      r.errors.join('; ')
                    ) : (
                      <Chip size="small" color="success" label={translate('thidua.import.ok')} />
                    )}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Section>
      )}
    </>
  );
}
