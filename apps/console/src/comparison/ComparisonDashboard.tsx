import { Box, Card, CardContent, CardHeader, Tab, Tabs } from '@mui/material';
import { useState } from 'react';
import { useTranslate } from 'react-admin';
import { OutcomesView } from './OutcomesView';
import { PlanTable } from './PlanTable';
import type { Download, FetchJson } from './types';

export interface ComparisonDashboardProps {
  /** GET under /api (e.g. `/comparison/plans`), parsed JSON; the console passes its authenticated client. */
  fetchJson: FetchJson;
  /** Saves CSV / XLSX exports; the export buttons show only when it is given. */
  download?: Download;
  /** The year outcomes open on (default: last year, the latest with a full year of data). */
  defaultYear?: number;
}

/**
 * The national comparison: plans side by side, and outcomes ranked against the national distribution with charts
 * and a drill-down into one province. A province user gets their own province only (the api sees to it).
 */
export function ComparisonDashboard({
  fetchJson,
  download,
  defaultYear = new Date().getFullYear() - 1,
}: ComparisonDashboardProps) {
  const translate = useTranslate();
  const [tab, setTab] = useState<'plans' | 'outcomes'>('plans');
  return (
    <Card>
      <CardHeader title={translate('thidua.national.title')} subheader={translate('thidua.national.subtitle')} />
      <CardContent>
        <Tabs value={tab} onChange={(_, v: 'plans' | 'outcomes') => setTab(v)} sx={{ mb: 2 }}>
          <Tab value="plans" label={translate('thidua.national.tabs.plans')} />
          <Tab value="outcomes" label={translate('thidua.national.tabs.outcomes')} />
        </Tabs>
        <Box hidden={tab !== 'plans'}>{tab === 'plans' && <PlanTable fetchJson={fetchJson} download={download} />}</Box>
        <Box hidden={tab !== 'outcomes'}>
          {tab === 'outcomes' && <OutcomesView fetchJson={fetchJson} download={download} defaultYear={defaultYear} />}
        </Box>
      </CardContent>
    </Card>
  );
}
