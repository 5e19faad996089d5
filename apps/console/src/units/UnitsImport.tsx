import { Alert, Box, Button, Chip, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useState } from 'react';
import { Title, useDataProvider, useNotify, useTranslate } from 'react-admin';
import { Section } from '../common/Section';
import type { ImportResult, ThiduaDataProvider } from '../providers/dataProvider';

const COLUMNS = ['name', 'tier', 'code', 'parent', 'staffCount'] as const;

/** Units from an Excel or CSV file: checked row by row on the server first; saved only when every row is right. */
export function UnitsImport() {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useDataProvider<ThiduaDataProvider>();
  const [file, setFile] = useState<File | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async (commit: boolean) => {
    if (!file) return;
    setBusy(true);
    try {
      const r = await dataProvider.importUnits(file, commit);
      setResult(r);
      if (r.saved !== undefined) notify('thidua.import.saved', { type: 'success', messageArgs: { smart_count: r.saved } });
    } catch (e) {
      setResult(null);
      notify((e as Error).message, { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Box sx={{ mt: 2 }}>
      <Title title={translate('thidua.import.title')} />
      <Section title={translate('thidua.import.title')} testId="units-import">
        <Typography variant="body2" sx={{ mb: 2 }}>{translate('thidua.import.help')}</Typography>
        <Box sx={{ display: 'flex', gap: 1, alignItems: 'center' }}>
          <Button variant="outlined" component="label">
            {file ? file.name : translate('thidua.import.choose')}
            <input hidden type="file" accept=".xlsx,.csv" data-testid="import-file" onChange={(e) => { setFile(e.target.files?.[0] ?? null); setResult(null); }} />
          </Button>
          <Button variant="contained" disabled={!file || busy} onClick={() => run(false)} data-testid="import-check">{translate('thidua.import.check')}</Button>
          {result && result.invalid === 0 && result.saved === undefined && (
            <Button variant="contained" color="success" disabled={busy} onClick={() => run(true)} data-testid="import-save">{translate('thidua.import.save', { smart_count: result.valid })}</Button>
          )}
        </Box>
      </Section>
      {result && (
        <Section title={translate('thidua.import.summary', { valid: result.valid, invalid: result.invalid })} testId="import-preview">
          {result.invalid > 0 && <Alert severity="error" sx={{ mb: 1 }}>{translate('thidua.import.fix_first')}</Alert>}
          {result.saved !== undefined && <Alert severity="success" sx={{ mb: 1 }}>{translate('thidua.import.saved', { smart_count: result.saved })}</Alert>}
          <Table size="small">
            <TableHead>
              <TableRow>
                <TableCell>{translate('thidua.import.row')}</TableCell>
                {COLUMNS.map((c) => <TableCell key={c}>{translate(`thidua.units.columns.${c}`)}</TableCell>)}
                <TableCell>{translate('thidua.import.errors')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {result.rows.map((r) => (
                <TableRow key={r.row} data-testid={`import-row-${r.row}`} sx={r.errors.length ? { bgcolor: 'error.50', '& td': { color: 'error.dark' } } : undefined}>
                  <TableCell>{r.row}</TableCell>
                  {COLUMNS.map((c) => <TableCell key={c}>{String(r.values[c] ?? '')}</TableCell>)}
                  <TableCell>{r.errors.length ? r.errors.join('; ') : <Chip size="small" color="success" label={translate('thidua.import.ok')} />}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Section>
      )}
    </Box>
  );
}
