import {
  Box,
  Button,
  Grid,
  MenuItem,
  Stack,
  TextField,
  ToggleButton,
  ToggleButtonGroup,
  Typography,
} from '@mui/material';
import { type FigureId, PHASE_KIND_LABELS, PHASE_KINDS, TIER_LABELS, TIERS } from '@thidua/domain';
import { useEffect, useRef, useState } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';
import { IndicatorChart, QuotaUseChart, TrendChart, type TrendPoint } from './Charts';
import { DrillDown } from './DrillDown';
import { localeOf, query } from './format';
import { useLatestYearWithData } from './latestYear';
import { Ranking } from './Ranking';
import type { Download, FetchJson, Outcomes } from './types';
import { useApi } from './useApi';

const TREND_YEARS = 5;

/** Outcomes per province, opening on the newest year with data (from the year after `defaultYear` back). */
export function OutcomesView(props: { fetchJson: FetchJson; download?: Download; defaultYear: number }) {
  const translate = useTranslate();
  const start = useLatestYearWithData(props.fetchJson, props.defaultYear + 1);
  if (start === null) return <Typography>{translate('thidua.national.loading')}</Typography>;
  return <YearOutcomes {...props} startYear={start} />;
}

/** Outcomes per province for a year (or a kind of phase) and a tier, ranked, charted and open to drill-down. */
function YearOutcomes({
  fetchJson,
  download,
  defaultYear,
  startYear,
}: {
  fetchJson: FetchJson;
  download?: Download;
  defaultYear: number;
  startYear: number;
}) {
  const translate = useTranslate();
  const [rawLocale] = useLocaleState();
  const locale = localeOf(rawLocale);
  const [year, setYear] = useState(startYear);
  const [phaseKind, setPhaseKind] = useState('');
  const [tier, setTier] = useState('');
  const [boundaries, setBoundaries] = useState<'then' | 'today'>('then');
  const [figure, setFigure] = useState<FigureId>('awardsPer100Units');
  const [selected, setSelected] = useState<string | null>(null);
  const filters = { phaseKind, tier, boundaries };
  const { data, error, loading } = useApi<Outcomes>(fetchJson, `/comparison/outcomes?${query({ year, ...filters })}`);
  const drill = useApi<Outcomes>(
    fetchJson,
    selected ? `/comparison/outcomes?${query({ year, ...filters, province: selected })}` : null,
  );
  const trend = useTrend(fetchJson, year, phaseKind, tier, boundaries, data);
  useEffect(() => setSelected(null), [boundaries]);
  // The drill-down opens below the ranking: bring it into view once it has arrived.
  const drillRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (selected && drill.data) drillRef.current?.scrollIntoView?.({ behavior: 'smooth', block: 'start' });
  }, [selected, drill.data]);

  const years = Array.from({ length: 12 }, (_, i) => defaultYear + 1 - i);
  // A province user has one row: their own province is always in focus.
  const focus = data?.rows.length === 1 ? data.rows[0]!.slug : selected;
  const focusName = data?.rows.find((r) => r.slug === focus)?.name ?? null;
  const figureMeta = data?.figures.find((f) => f.id === figure);

  return (
    <Box>
      <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 2, alignItems: 'center', mb: 2 }}>
        <TextField
          select
          size="small"
          label={translate('thidua.national.year')}
          value={year}
          onChange={(e) => setYear(Number(e.target.value))}
          sx={{ minWidth: 100 }}
        >
          {years.map((y) => (
            <MenuItem key={y} value={y}>
              {y}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          select
          size="small"
          label={translate('thidua.national.phaseKind')}
          value={phaseKind}
          onChange={(e) => setPhaseKind(e.target.value)}
          sx={{ minWidth: 200 }}
        >
          <MenuItem value="">{translate('thidua.national.allPhases')}</MenuItem>
          {PHASE_KINDS.map((k) => (
            <MenuItem key={k} value={k}>
              {PHASE_KIND_LABELS[k][locale]}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          select
          size="small"
          label={translate('thidua.national.tier')}
          value={tier}
          onChange={(e) => setTier(e.target.value)}
          sx={{ minWidth: 200 }}
        >
          <MenuItem value="">{translate('thidua.national.allTiers')}</MenuItem>
          {TIERS.map((t) => (
            <MenuItem key={t} value={t}>
              {TIER_LABELS[t][locale]}
            </MenuItem>
          ))}
        </TextField>
        <ToggleButtonGroup
          size="small"
          exclusive
          value={boundaries}
          onChange={(_, v: 'then' | 'today' | null) => v && setBoundaries(v)}
          aria-label={translate('thidua.national.boundaries')}
        >
          <ToggleButton value="then">{translate('thidua.national.boundariesThen')}</ToggleButton>
          <ToggleButton value="today">{translate('thidua.national.boundariesToday')}</ToggleButton>
        </ToggleButtonGroup>
        {download && (
          <>
            <Button
              size="small"
              onClick={() =>
                void download(
                  `/comparison/outcomes?${query({ year, ...filters, format: 'csv' })}`,
                  `ket-qua-thi-dua-${year}.csv`,
                )
              }
            >
              {translate('thidua.national.exportCsv')}
            </Button>
            <Button
              size="small"
              onClick={() =>
                void download(
                  `/comparison/outcomes?${query({ year, ...filters, format: 'xlsx' })}`,
                  `ket-qua-thi-dua-${year}.xlsx`,
                )
              }
            >
              {translate('thidua.national.exportXlsx')}
            </Button>
          </>
        )}
      </Stack>
      {loading && <Typography>{translate('thidua.national.loading')}</Typography>}
      {error && <Typography color="error">{error.message}</Typography>}
      {data && !loading && (
        <>
          <TextField
            select
            size="small"
            label={translate('thidua.national.rankBy')}
            value={figure}
            onChange={(e) => setFigure(e.target.value as FigureId)}
            sx={{ minWidth: 320, mb: 1 }}
          >
            {data.figures
              .filter((f) => f.order)
              .map((f) => (
                <MenuItem key={f.id} value={f.id}>
                  {f.label[locale]}
                </MenuItem>
              ))}
          </TextField>
          <Ranking outcomes={data} figure={figure} locale={locale} selected={selected} onSelect={setSelected} />
          {drill.loading && <Typography>{translate('thidua.national.loading')}</Typography>}
          {drill.error && <Typography color="error">{drill.error.message}</Typography>}
          <Box ref={drillRef} sx={{ scrollMarginTop: 64 }} data-testid="drill-down-anchor">
            {selected && drill.data?.drillDown && (
              <DrillDown data={drill.data.drillDown} locale={locale} onClose={() => setSelected(null)} />
            )}
          </Box>
          <Grid container spacing={2} sx={{ mt: 2 }}>
            <Grid size={{ xs: 12, lg: 6 }}>
              <Typography variant="h6">{translate('thidua.national.charts.indicators')}</Typography>
              <IndicatorChart outcomes={data} locale={locale} />
            </Grid>
            <Grid size={{ xs: 12, lg: 6 }}>
              <Typography variant="h6">{translate('thidua.national.charts.quotaUse')}</Typography>
              <QuotaUseChart outcomes={data} locale={locale} />
            </Grid>
            <Grid size={12}>
              <Typography variant="h6">{translate('thidua.national.charts.trend')}</Typography>
              <TrendChart
                points={trend.map((t) => point(t.year, t.data, figure, focus))}
                figure={figure}
                figureLabel={figureMeta?.label[locale] ?? figure}
                provinceName={focusName}
                locale={locale}
              />
            </Grid>
          </Grid>
        </>
      )}
    </Box>
  );
}

/** Outcomes of the years before `year` (same filters), plus the year shown: the trend's data. */
/** Outcomes of the years before `year` (same filters), plus the year shown: the trend's data. */
function useTrend(
  fetchJson: FetchJson,
  year: number,
  phaseKind: string,
  tier: string,
  boundaries: string,
  current: Outcomes | undefined,
) {
  const [earlier, setEarlier] = useState<{ year: number; data: Outcomes | undefined }[]>([]);
  useEffect(() => {
    let live = true;
    const years = Array.from({ length: TREND_YEARS - 1 }, (_, i) => year - TREND_YEARS + 1 + i);
    void Promise.all(
      years.map((y) =>
        fetchJson(`/comparison/outcomes?${query({ year: y, phaseKind, tier, boundaries })}`).then(
          (d) => d as Outcomes,
          () => undefined,
        ),
      ),
    ).then((all) => live && setEarlier(years.map((y, i) => ({ year: y, data: all[i] }))));
    return () => {
      live = false;
    };
  }, [fetchJson, year, phaseKind, tier, boundaries]);
  return [...earlier, { year, data: current }];
}

function point(year: number, data: Outcomes | undefined, figure: FigureId, focus: string | null): TrendPoint {
  const d = data?.distribution[figure] ?? null;
  const row = focus ? data?.rows.find((r) => r.slug === focus) : undefined;
  return {
    year,
    median: d?.median ?? null,
    q1: d?.q1 ?? null,
    q3: d?.q3 ?? null,
    province: row?.figures[figure].value ?? null,
  };
}
