import { Alert, Box, Button, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useState } from 'react';
import { useCreate, useNotify, useRefresh, useTranslate } from 'react-admin';
import { parseCsv } from './csv';
import { Section } from './Section';

export interface CsvColumn { source: string; type: 'number' | 'string' | 'date'; required?: boolean }
interface Row { row: number; values: Record<string, unknown>; errors: string[] }

/** Reads rows under the header, checks each cell, and keeps the file's own row numbers (header = 1). */
export function checkRows(text: string, columns: CsvColumn[], translateField: (source: string) => string): Row[] {
  const [header = [], ...lines] = parseCsv(text);
  const index = columns.map((c) => header.findIndex((h) => h.trim() === c.source || h.trim().toLowerCase() === translateField(c.source).toLowerCase()));
  return lines.map((cells, i) => {
    const values: Record<string, unknown> = {};
    const errors: string[] = [];
    columns.forEach((c, k) => {
      const raw = (index[k]! >= 0 ? cells[index[k]!] ?? '' : '').trim();
      if (!raw) {
        if (c.required) errors.push(`${translateField(c.source)}: bắt buộc / required`);
        return;
      }
      if (c.type === 'number') {
        const n = Number(raw.replace(',', '.'));
        if (Number.isNaN(n)) errors.push(`${translateField(c.source)}: "${raw}" không phải số / not a number`);
        else values[c.source] = n;
      } else if (c.type === 'date') {
        const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(raw) ?? /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw);
        if (!m) errors.push(`${translateField(c.source)}: "${raw}" không phải ngày dd/mm/yyyy / not a date`);
        else values[c.source] = raw.includes('/') ? `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}` : raw;
      } else values[c.source] = raw;
    });
    return { row: i + 2, values, errors };
  });
}

/**
 * Imports a resource from a CSV file through its ordinary create route: a preview with each row's problems first,
 * then the valid rows are saved one by one and the api's refusals are reported against their rows.
 */
export function CsvImport({ resource, columns }: { resource: string; columns: CsvColumn[] }) {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [create] = useCreate();
  const [rows, setRows] = useState<Row[] | null>(null);
  const [busy, setBusy] = useState(false);
  const field = (s: string) => translate(`resources.${resource}.fields.${s}`);
  const read = async (file: File | undefined) => setRows(file ? checkRows(await file.text(), columns, field) : null);
  const save = async () => {
    if (!rows) return;
    setBusy(true);
    const out: Row[] = [];
    for (const r of rows) {
      if (r.errors.length || r.values.saved) {
        out.push(r);
        continue;
      }
      try {
        await create(resource, { data: r.values }, { returnPromise: true });
        out.push({ ...r, values: { ...r.values, saved: true } });
      } catch (e) {
        out.push({ ...r, errors: [(e as Error).message] });
      }
    }
    setRows(out);
    setBusy(false);
    notify('thidua.import.client_saved', { messageArgs: { saved: out.filter((r) => r.values.saved).length, failed: out.filter((r) => r.errors.length).length } });
    refresh();
  };
  const invalid = rows?.filter((r) => r.errors.length).length ?? 0;
  return (
    <Section title={translate('thidua.import.client_title')} testId={`${resource}-import`}>
      <Typography variant="body2" sx={{ mb: 1 }}>{translate('thidua.import.client_help', { columns: columns.map((c) => c.source).join(', ') })}</Typography>
      <Box sx={{ display: 'flex', gap: 1 }}>
        <Button variant="outlined" component="label">
          {translate('thidua.import.choose')}
          <input hidden type="file" accept=".csv" onChange={(e) => read(e.target.files?.[0])} />
        </Button>
        {rows && rows.length - invalid > 0 && (
          <Button variant="contained" disabled={busy} onClick={save}>{translate('ra.action.save')}</Button>
        )}
      </Box>
      {rows && (
        <>
          <Alert severity={invalid ? 'warning' : 'info'} sx={{ my: 1 }}>{translate('thidua.import.summary', { valid: rows.length - invalid, invalid })}</Alert>
          <Table size="small">
            <TableHead>
              <TableRow>
                <TableCell>{translate('thidua.import.row')}</TableCell>
                {columns.map((c) => <TableCell key={c.source}>{field(c.source)}</TableCell>)}
                <TableCell>{translate('thidua.import.errors')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.map((r) => (
                <TableRow key={r.row}>
                  <TableCell>{r.row}</TableCell>
                  {columns.map((c) => <TableCell key={c.source}>{String(r.values[c.source] ?? '')}</TableCell>)}
                  <TableCell sx={{ color: r.errors.length ? 'error.main' : 'success.main' }}>{r.errors.length ? r.errors.join('; ') : r.values.saved ? '✓' : translate('thidua.import.ok')}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </>
      )}
    </Section>
  );
}
