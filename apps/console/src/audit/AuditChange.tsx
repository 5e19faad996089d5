import { Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { auditField, auditValue } from './auditValue';

type Row = Record<string, unknown> | null | undefined;

/** What changed: each field by its label, before and after in words; an edit lists only the fields it changed. */
export function AuditChange() {
  const record = useRecordContext<{ entity: string; before: Row; after: Row }>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!record) return null;
  const { before, after, entity } = record;
  const fields = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])].filter(
    (f) => !(before && after) || JSON.stringify(before[f]) !== JSON.stringify(after[f]),
  );
  if (!fields.length) return null;
  return (
    <Table size="small" data-testid="audit-change">
      <TableHead>
        <TableRow>
          <TableCell>{translate('thidua.audit.field')}</TableCell>
          {before && <TableCell>{translate('resources.audit.fields.before')}</TableCell>}
          {after && <TableCell>{translate('resources.audit.fields.after')}</TableCell>}
        </TableRow>
      </TableHead>
      <TableBody>
        {fields.map((f) => (
          <TableRow key={f}>
            <TableCell component="th" scope="row">
              {auditField(f, entity, translate)}
            </TableCell>
            {before && (
              <TableCell sx={{ wordBreak: 'break-word' }}>{auditValue(before[f], translate, locale)}</TableCell>
            )}
            {after && <TableCell sx={{ wordBreak: 'break-word' }}>{auditValue(after[f], translate, locale)}</TableCell>}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
