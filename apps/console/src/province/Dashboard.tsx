import { Grid, List, ListItem, ListItemText, Typography } from '@mui/material';
import { NOMINATION_STATUSES, type ProvinceManifest } from '@thidua/domain';
import { useGetMany, useTranslate } from 'react-admin';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { dmy } from '../common/dates';
import { QuotaMeter, type QuotaUse } from '../common/QuotaMeter';
import { Section, Source } from '../common/Section';

export interface DashboardData {
  id: string;
  today: string;
  byStatus: Record<string, number>;
  quotaUse: Omit<QuotaUse, 'id'>[];
  overdueReports: { unitId: number; year: number; dueOn: string; submittedOn: string | null }[];
  nextDeadlines: { date: string; kind: string; label: string; source: string }[];
}

function ByStatus({ byStatus }: { byStatus: Record<string, number> }) {
  const translate = useTranslate();
  const data = NOMINATION_STATUSES.map((s) => ({ status: translate(`statuses.${s}`), count: byStatus[s] ?? 0 }));
  return (
    <Section title={translate('thidua.province.by_status')} testId="by-status">
      <ResponsiveContainer width="100%" height={220}>
        <BarChart data={data}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="status" interval={0} tick={{ fontSize: 11 }} />
          <YAxis allowDecimals={false} />
          <Tooltip />
          <Bar dataKey="count" fill="#1976d2" />
        </BarChart>
      </ResponsiveContainer>
      <Typography variant="caption" component="p">
        {NOMINATION_STATUSES.map((s) => `${translate(`statuses.${s}`)}: ${byStatus[s] ?? 0}`).join(' · ')}
      </Typography>
    </Section>
  );
}

function Overdue({ rows }: { rows: DashboardData['overdueReports'] }) {
  const translate = useTranslate();
  const { data: units = [] } = useGetMany(
    'units',
    { ids: [...new Set(rows.map((r) => r.unitId))] },
    { enabled: rows.length > 0 },
  );
  return (
    <Section title={`${translate('thidua.province.overdue_reports')} (${rows.length})`} testId="overdue-reports">
      {rows.length === 0 && <Typography variant="body2">{translate('thidua.none')}</Typography>}
      <List dense sx={{ maxHeight: 240, overflow: 'auto' }}>
        {rows.map((r) => (
          <ListItem key={`${r.unitId}-${r.year}`} disableGutters>
            <ListItemText
              primary={units.find((u) => u.id === r.unitId)?.name ?? `#${r.unitId}`}
              secondary={translate('thidua.province.overdue_line', {
                year: r.year,
                due: dmy(r.dueOn),
                submitted: r.submittedOn
                  ? translate('thidua.province.submitted_late', { date: dmy(r.submittedOn) })
                  : translate('thidua.province.not_submitted'),
              })}
            />
          </ListItem>
        ))}
      </List>
    </Section>
  );
}

/** Nominations by status, quota use per phase and award form, overdue reports, next deadlines. */
export function Dashboard({ data, manifest }: { data: DashboardData; manifest: ProvinceManifest }) {
  const translate = useTranslate();
  const name = (list: { id: string; name: string }[], id: string) => list.find((x) => x.id === id)?.name ?? id;
  return (
    <Grid container spacing={2}>
      <Grid size={{ xs: 12, md: 6 }}>
        <ByStatus byStatus={data.byStatus} />
        <Section title={translate('thidua.province.next_deadlines')} testId="next-deadlines">
          <List dense>
            {data.nextDeadlines.map((d) => (
              <ListItem key={`${d.date}-${d.label}`} disableGutters>
                <ListItemText
                  primary={
                    <>
                      <strong>{dmy(d.date)}</strong> — {d.label}
                      <Source source={d.source} />
                    </>
                  }
                />
              </ListItem>
            ))}
          </List>
          {data.nextDeadlines.length === 0 && <Typography variant="body2">{translate('thidua.none')}</Typography>}
        </Section>
      </Grid>
      <Grid size={{ xs: 12, md: 6 }}>
        <Section title={translate('thidua.province.quota_use')} testId="quota-use">
          {data.quotaUse.map((q) => (
            <div key={`${q.phaseId}|${q.awardFormId}`}>
              <Typography variant="subtitle2" sx={{ mt: 1 }}>
                {name(manifest.phases, q.phaseId)} · {name(manifest.awardForms, q.awardFormId)}
                <Source source={q.source} />
              </Typography>
              <QuotaMeter use={{ ...q, id: `${q.phaseId}|${q.awardFormId}` }} />
            </div>
          ))}
        </Section>
        <Overdue rows={data.overdueReports} />
      </Grid>
    </Grid>
  );
}
