import { Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import type { FigureId } from '@thidua/domain';
import { useTranslate } from 'react-admin';
import { type Locale, num } from './format';
import { hasNoData } from './latestYear';
import type { OutcomeRow, Outcomes } from './types';
import { withoutKeys } from '../common/text';

/**
 * Provinces ranked on one figure, beside the national quartiles and median; a click opens the drill-down. A
 * province user gets only their own row, so the table shows where it stands among `scope.provinces`.
 */
export function Ranking({
  outcomes,
  figure,
  locale,
  selected,
  onSelect,
}: {
  outcomes: Outcomes;
  figure: FigureId;
  locale: Locale;
  selected: string | null;
  onSelect: (slug: string) => void;
}) {
  const translate = useTranslate();
  const meta = outcomes.figures.find((f) => f.id === figure)!;
  const d = outcomes.distribution[figure];
  // A province with nothing recorded is not first among equals at zero: it is unranked, and listed last; a province
  // no plan covers (on the 2025 map of 34) comes after those.
  const rankOf = (r: OutcomeRow) => (hasNoData(r) ? null : r.figures[figure].rank);
  const rows = [...outcomes.rows].sort(
    (a, b) => Number(!a.hasPlan) - Number(!b.hasPlan) || (rankOf(a) ?? Infinity) - (rankOf(b) ?? Infinity),
  );
  return (
    <>
      <Table size="small" aria-label={translate('thidua.national.ranking')}>
        <TableHead>
          <TableRow>
            <TableCell>{translate('thidua.national.rank')}</TableCell>
            <TableCell>{translate('thidua.national.province')}</TableCell>
            <TableCell align="right">{meta.label[locale]}</TableCell>
            <TableCell align="right">{translate('thidua.national.units')}</TableCell>
            <TableCell align="right">{translate('thidua.national.awards')}</TableCell>
            <TableCell align="right">{translate('thidua.national.nominationsSent')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((r) => (
            <TableRow
              key={r.slug}
              hover
              selected={selected === r.slug}
              onClick={r.hasPlan ? () => onSelect(r.slug) : undefined}
              sx={{ cursor: r.hasPlan ? 'pointer' : 'default' }}
              data-testid={`rank-${r.slug}`}
            >
              <TableCell>
                {!r.hasPlan
                  ? translate('thidua.national.noPlan')
                  : hasNoData(r)
                    ? translate('thidua.national.noData')
                    : rankOf(r) === null
                      ? '—'
                      : `${rankOf(r)} / ${outcomes.scope.provinces}`}
              </TableCell>
              <TableCell>
                {r.name}
                {r.members.length > 1 || r.members[0]?.slug !== r.slug ? (
                  <Typography variant="caption" component="div">
                    {translate('thidua.national.members')}: {r.members.map((m) => m.name).join(', ')}
                  </Typography>
                ) : null}
                {!r.hasPlan && r.formerly.length > 1 ? (
                  <Typography variant="caption" component="div">
                    {translate('thidua.national.formerly')}: {r.formerly.map((m) => m.name).join(', ')}
                  </Typography>
                ) : null}
              </TableCell>
              <TableCell align="right">{num(r.figures[figure].value, locale)}</TableCell>
              <TableCell align="right">{r.hasPlan ? num(r.counts.units, locale, 0) : '—'}</TableCell>
              <TableCell align="right">{r.hasPlan ? num(r.counts.awards, locale, 0) : '—'}</TableCell>
              <TableCell align="right">{num(r.figures.nominations.value, locale, 0)}</TableCell>
            </TableRow>
          ))}
          {d && (
            <TableRow>
              <TableCell colSpan={2}>
                <strong>{translate('thidua.national.nationwide')}</strong> (n = {d.n})
              </TableCell>
              <TableCell align="right" colSpan={4}>
                {translate('thidua.national.q1')} {num(d.q1, locale)} · {translate('thidua.national.median')}{' '}
                {num(d.median, locale)} · {translate('thidua.national.q3')} {num(d.q3, locale)}
              </TableCell>
            </TableRow>
          )}
        </TableBody>
      </Table>
      {outcomes.scope.country !== outcomes.scope.provinces && outcomes.rows.some((r) => !r.hasPlan) ? (
        <Typography variant="caption" component="p" sx={{ mt: 1 }} data-testid="country-count">
          {translate('thidua.national.countryCount', {
            country: outcomes.scope.country,
            provinces: outcomes.scope.provinces,
          })}
        </Typography>
      ) : null}
      <Typography variant="caption" component="p" sx={{ mt: 1 }}>
        {translate('thidua.national.method')}: {withoutKeys(meta.method[locale])}
      </Typography>
    </>
  );
}
