import {
  Box,
  Button,
  Chip,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Tooltip,
  Typography,
} from '@mui/material';
import { NOT_SET, PHASE_KIND_LABELS, TIER_LABELS, TIERS } from '@thidua/domain';
import { type ReactNode, useMemo, useState } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';
import { type Locale, localeOf, num, OPERATOR_SIGN, quotaText, vnDate } from './format';
import type { Download, FetchJson, PlanComparison } from './types';
import { useApi } from './useApi';

type Plan = PlanComparison['provinces'][number];

/** Plans side by side: one row per aspect, one column per province chosen; "không quy định" where a plan is silent. */
export function PlanTable({ fetchJson, download }: { fetchJson: FetchJson; download?: Download }) {
  const translate = useTranslate();
  const [rawLocale] = useLocaleState();
  const locale = localeOf(rawLocale);
  const { data, error, loading } = useApi<PlanComparison>(fetchJson, '/comparison/plans');
  const [chosen, setChosen] = useState<string[] | null>(null);
  const shown = useMemo(() => data?.provinces.filter((p) => !chosen || chosen.includes(p.slug)) ?? [], [data, chosen]);

  if (loading) return <Typography>{translate('thidua.national.loading')}</Typography>;
  if (error || !data)
    return <Typography color="error">{error?.message ?? translate('thidua.national.noData')}</Typography>;

  const toggle = (slug: string) => {
    const current = chosen ?? data.provinces.map((p) => p.slug);
    setChosen(current.includes(slug) ? current.filter((s) => s !== slug) : [...current, slug]);
  };
  const exportPath = (format: string) =>
    `/comparison/plans?${chosen ? `provinces=${chosen.join(',')}&` : ''}format=${format}`;
  const none = NOT_SET[locale];
  const lines = (xs: ReactNode[]) => (xs.length ? xs.map((x, i) => <div key={i}>{x}</div>) : <em>{none}</em>);
  const row = (label: string, cell: (p: Plan) => ReactNode) => (
    <TableRow key={label} hover>
      <TableCell
        component="th"
        scope="row"
        sx={{ fontWeight: 600, position: 'sticky', left: 0, bgcolor: 'background.paper', minWidth: 200 }}
      >
        {label}
      </TableCell>
      {shown.map((p) => (
        <TableCell key={p.slug} sx={{ verticalAlign: 'top', minWidth: 220 }}>
          {cell(p)}
        </TableCell>
      ))}
    </TableRow>
  );

  return (
    <Box>
      <Stack
        direction="row"
        sx={{ flexWrap: 'wrap', gap: 1, mb: 2 }}
        aria-label={translate('thidua.national.provincesChosen')}
      >
        {data.provinces.map((p) => (
          <Chip
            key={p.slug}
            label={p.name}
            color={!chosen || chosen.includes(p.slug) ? 'primary' : 'default'}
            onClick={() => toggle(p.slug)}
          />
        ))}
        {download && (
          <>
            <Button size="small" onClick={() => void download(exportPath('csv'), 'so-sanh-ke-hoach.csv')}>
              {translate('thidua.national.exportCsv')}
            </Button>
            <Button size="small" onClick={() => void download(exportPath('xlsx'), 'so-sanh-ke-hoach.xlsx')}>
              {translate('thidua.national.exportXlsx')}
            </Button>
          </>
        )}
      </Stack>
      {/* Scrolls in both directions inside its box; focusable so a keyboard can scroll it too. */}
      <TableContainer sx={{ maxHeight: '70vh' }} tabIndex={0} aria-label={translate('thidua.national.planTable')}>
        <Table size="small" stickyHeader aria-label={translate('thidua.national.planTable')}>
          <TableHead>
            <TableRow>
              <TableCell sx={{ position: 'sticky', left: 0, zIndex: 3 }}>
                {translate('thidua.national.aspect')}
              </TableCell>
              {shown.map((p) => (
                <TableCell key={p.slug}>{p.name}</TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {row(
              translate('thidua.national.plan.number'),
              (p) =>
                `${p.plan.number ?? none} · ${p.plan.date ? vnDate(p.plan.date, locale) : (p.plan.dateText ?? none)}`,
            )}
            {row(
              translate('thidua.national.plan.span'),
              (p) =>
                `${vnDate(p.span.from, locale)} – ${vnDate(p.span.to, locale)} (${translate('thidua.national.plan.years', { smart_count: p.span.years })})`,
            )}
            {row(translate('thidua.national.plan.stages'), (p) =>
              lines(p.stages.map((s) => `${s.name}: ${vnDate(s.from, locale)} – ${vnDate(s.to, locale)}`)),
            )}
            {row(translate('thidua.national.plan.mergedInto'), (p) =>
              p.mergedInto ? `${p.mergedInto.name} (${vnDate(p.mergedInto.date, locale)})` : '—',
            )}
            {row(translate('thidua.national.plan.phases'), (p) =>
              lines(
                p.phases.map((ph) => (
                  <span key={ph.id}>
                    <strong>{ph.name}</strong> [{PHASE_KIND_LABELS[ph.kind][locale]}]: {vnDate(ph.from, locale)} –{' '}
                    {vnDate(ph.to, locale)}
                    {ph.nominationDeadline
                      ? `; ${translate('thidua.national.plan.nominationDeadline')} ${vnDate(ph.nominationDeadline, locale)}`
                      : ''}
                  </span>
                )),
              ),
            )}
            {row(translate('thidua.national.plan.awardForms'), (p) =>
              lines(p.awardForms.map((f) => `${f.name} (${f.conferredBy})`)),
            )}
            {row(translate('thidua.national.plan.quotas'), (p) =>
              lines(
                p.phases.map((ph) => (
                  <span key={ph.id}>
                    {ph.name}: {quotaText(ph.quota.collectives, locale)} / {quotaText(ph.quota.individuals, locale)} /{' '}
                    {quotaText(ph.quota.combined, locale)}
                  </span>
                )),
              ),
            )}
            {TIERS.map((t) =>
              row(`${translate('thidua.national.plan.criteria')} – ${TIER_LABELS[t][locale]}`, (p) => {
                const c = p.criteriaByTier.find((x) => x.tier === t);
                return c?.count === null || c === undefined ? <em>{none}</em> : String(c.count);
              }),
            )}
            {row(translate('thidua.national.plan.reportDeadlines'), (p) =>
              lines(
                p.reportDeadlines.map(
                  (d) =>
                    `${d.everyYear ? `${d.everyYear.slice(3)}/${d.everyYear.slice(0, 2)} ${translate('thidua.national.plan.everyYear')}` : vnDate(d.date, locale)}: ${d.text}`,
                ),
              ),
            )}
            {data.measures.map((m) =>
              row(
                `${(locale === 'en' ? m.indicator?.nameEn : m.indicator?.name) ?? m.indicatorId} – ${translate(`thidua.national.measure.${m.measure}`)}${m.year ? ` ${m.year}` : ''}`,
                (p) => <MeasureCell cell={m.cells.find((c) => c.slug === p.slug)} locale={locale} />,
              ),
            )}
          </TableBody>
        </Table>
      </TableContainer>
      <Typography variant="caption">{translate('thidua.national.plan.quotaLegend')}</Typography>
    </Box>
  );
}

function MeasureCell({
  cell,
  locale,
}: {
  cell: PlanComparison['measures'][number]['cells'][number] | undefined;
  locale: Locale;
}) {
  if (!cell || cell.value === null) return <em>{NOT_SET[locale]}</em>;
  const sign =
    cell.operator === 'top' ? (locale === 'vi' ? 'tốp' : 'top') : (OPERATOR_SIGN[cell.operator ?? '>='] ?? '');
  return (
    <Tooltip title={cell.bars.map((b) => `${b.text} (${b.source})`).join(' · ')}>
      <span>
        {sign} {num(cell.value, locale)}
      </span>
    </Tooltip>
  );
}
