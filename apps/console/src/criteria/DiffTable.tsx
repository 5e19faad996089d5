import { Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import type { Criterion } from '@thidua/domain';
import { useTranslate } from 'react-admin';
import { diffCriterion } from './diff';

/** Fields whose values are codes shown by their translated labels. */
const LABELLED: Record<string, string> = { tier: 'tiers', kind: 'criterion_kinds', recipient: 'recipients' };

/** Side-by-side comparison of a criterion, changed fields highlighted. */
export function DiffTable({
  before,
  after,
  beforeLabel,
  afterLabel,
}: {
  before: Criterion | undefined;
  after: Criterion | undefined;
  beforeLabel?: string;
  afterLabel?: string;
}) {
  const translate = useTranslate();
  const rows = diffCriterion(before, after).filter((r) => r.before || r.after);
  const show = (field: string, value: string) =>
    value && LABELLED[field] ? translate(`${LABELLED[field]}.${value}`, { _: value }) : value;
  return (
    <Table size="small" data-testid="criterion-diff">
      <TableHead>
        <TableRow>
          <TableCell />
          <TableCell>{beforeLabel ?? translate('thidua.criteria.before')}</TableCell>
          <TableCell>{afterLabel ?? translate('thidua.criteria.after')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((r) => (
          <TableRow key={r.field} data-changed={r.changed} sx={r.changed ? { '& td': { fontWeight: 600 } } : undefined}>
            <TableCell>{translate(`resources.criteria.fields.${r.field}`)}</TableCell>
            <TableCell
              sx={r.changed ? { bgcolor: '#fdecea', textDecoration: r.after ? undefined : 'line-through' } : undefined}
            >
              {show(r.field, r.before)}
            </TableCell>
            <TableCell sx={r.changed ? { bgcolor: '#e8f5e9' } : undefined}>{show(r.field, r.after)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
