import { MenuItem, TextField, Typography } from '@mui/material';
import type { FigureId } from '@thidua/domain';
import { useState } from 'react';
import { useTranslate } from 'react-admin';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { type Locale, num } from './format';
import type { Outcomes } from './types';
import { withoutKeys } from '../common/text';

const HEIGHT = 280;
const chartBox = { width: '100%', height: HEIGHT } as const;

/** One indicator across provinces (mean of units with data), with the national median and quartiles. */
export function IndicatorChart({ outcomes, locale }: { outcomes: Outcomes; locale: Locale }) {
  const translate = useTranslate();
  const [chosen, setChosen] = useState<string | null>(null);
  const id = chosen ?? outcomes.indicators[0]?.id;
  const meta = outcomes.indicators.find((i) => i.id === id);
  if (!meta) return <Typography>{translate('thidua.national.noIndicators')}</Typography>;
  const d = outcomes.indicatorDistribution[meta.id];
  const data = outcomes.rows
    .filter((r) => r.hasPlan)
    .map((r) => ({
      name: r.name,
      value: r.indicators[meta.id]?.value ?? null,
      target: r.indicators[meta.id]?.target?.value ?? null,
    }));
  return (
    <>
      <TextField
        select
        size="small"
        label={translate('thidua.national.indicator')}
        value={meta.id}
        onChange={(e) => setChosen(e.target.value)}
        sx={{ minWidth: 320, mb: 1 }}
      >
        {outcomes.indicators.map((i) => (
          <MenuItem key={i.id} value={i.id}>
            {locale === 'en' ? i.nameEn : i.name}
          </MenuItem>
        ))}
      </TextField>
      <div style={chartBox} aria-label={translate('thidua.national.charts.indicators')}>
        <ResponsiveContainer initialDimension={{ width: 800, height: HEIGHT }}>
          <BarChart data={data}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="name" interval={0} angle={-30} textAnchor="end" height={70} tick={{ fontSize: 11 }} />
            <YAxis />
            <Tooltip formatter={(v) => num(typeof v === 'number' ? v : null, locale)} />
            <Legend />
            <Bar dataKey="value" name={translate('thidua.national.value')} fill="#1976d2" />
            <Bar dataKey="target" name={translate('thidua.national.ownTarget')} fill="#ffb300" />
            {d && <ReferenceLine y={d.median} stroke="#d32f2f" label={translate('thidua.national.median')} />}
            {d && <ReferenceLine y={d.q1} stroke="#9e9e9e" strokeDasharray="4 4" />}
            {d && <ReferenceLine y={d.q3} stroke="#9e9e9e" strokeDasharray="4 4" />}
          </BarChart>
        </ResponsiveContainer>
      </div>
      <Typography variant="caption">
        {translate('thidua.national.method')}: {withoutKeys(meta.method[locale])}
      </Typography>
    </>
  );
}

/** Quota use per province (approved or decided ÷ fixed places). */
export function QuotaUseChart({ outcomes, locale }: { outcomes: Outcomes; locale: Locale }) {
  const translate = useTranslate();
  const d = outcomes.distribution.quotaUse;
  const data = outcomes.rows.filter((r) => r.hasPlan).map((r) => ({ name: r.name, value: r.figures.quotaUse.value }));
  return (
    <div style={chartBox} aria-label={translate('thidua.national.charts.quotaUse')}>
      <ResponsiveContainer initialDimension={{ width: 800, height: HEIGHT }}>
        <BarChart data={data}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="name" interval={0} angle={-30} textAnchor="end" height={70} tick={{ fontSize: 11 }} />
          <YAxis unit="%" />
          <Tooltip formatter={(v) => `${num(typeof v === 'number' ? v : null, locale)} %`} />
          <Bar dataKey="value" name={outcomes.figures.find((f) => f.id === 'quotaUse')?.label[locale]} fill="#2e7d32" />
          {d && <ReferenceLine y={d.median} stroke="#d32f2f" label={translate('thidua.national.median')} />}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

export interface TrendPoint {
  year: number;
  median: number | null;
  q1: number | null;
  q3: number | null;
  province: number | null;
}

/** A figure across years: national median and quartiles, and the province in focus (if any). */
export function TrendChart({
  points,
  figureLabel,
  provinceName,
  locale,
}: {
  points: TrendPoint[];
  figure: FigureId;
  figureLabel: string;
  provinceName: string | null;
  locale: Locale;
}) {
  const translate = useTranslate();
  return (
    <div style={chartBox} aria-label={translate('thidua.national.charts.trend')}>
      <Typography variant="subtitle2">{figureLabel}</Typography>
      <ResponsiveContainer initialDimension={{ width: 800, height: HEIGHT - 24 }}>
        <LineChart data={points}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="year" />
          <YAxis />
          <Tooltip formatter={(v) => num(typeof v === 'number' ? v : null, locale)} />
          <Legend />
          <Line dataKey="median" name={translate('thidua.national.median')} stroke="#d32f2f" connectNulls />
          <Line
            dataKey="q1"
            name={translate('thidua.national.q1')}
            stroke="#9e9e9e"
            strokeDasharray="4 4"
            connectNulls
          />
          <Line
            dataKey="q3"
            name={translate('thidua.national.q3')}
            stroke="#9e9e9e"
            strokeDasharray="4 4"
            connectNulls
          />
          {provinceName && (
            <Line dataKey="province" name={provinceName} stroke="#1976d2" strokeWidth={2} connectNulls />
          )}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
