import { Grid } from '@mui/material';
import { Loading, Title, useGetOne, useTranslate } from 'react-admin';
import { useProvince } from '../common/province';
import { Dashboard, type DashboardData } from './Dashboard';
import { AwardForms, CriteriaByTier, PlanHeader, Quotas } from './PlanDetails';
import { PhaseWindows } from './PhaseWindows';
import { NotStated } from './NotStated';
import { PlanTimeline } from './PlanTimeline';
import { ProvinceChooser } from './ProvinceChooser';
import { Section } from '../common/Section';

/** The home page: the province's plan (phases on a timeline, award forms, quotas, criteria) and its dashboard. */
export function ProvincePage() {
  const translate = useTranslate();
  const { slug, manifest, isPending } = useProvince();
  const { data: dashboard } = useGetOne<DashboardData>('dashboard', { id: slug ?? '' }, { enabled: !!slug });
  if (!slug) return <ProvinceChooser />;
  if (isPending || !manifest) return <Loading />;
  return (
    <div data-testid="province-page">
      <Title title={manifest.name} />
      <PlanHeader manifest={manifest} />
      <Section title={translate('thidua.province.timeline')}>
        <NotStated manifest={manifest} field="phases" />
        <PlanTimeline manifest={manifest} today={dashboard?.today} />
      </Section>
      <PhaseWindows slug={slug} />
      {dashboard && <Dashboard data={dashboard} manifest={manifest} />}
      <Quotas manifest={manifest} />
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, md: 5 }}>
          <AwardForms manifest={manifest} />
        </Grid>
        <Grid size={{ xs: 12, md: 7 }}>
          <CriteriaByTier slug={slug} manifest={manifest} />
        </Grid>
      </Grid>
    </div>
  );
}
