import {
  List,
  ListItem,
  ListItemText,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { type Criterion, type ProvinceManifest, TIERS } from '@thidua/domain';
import { useGetOne, useLocaleState, useTranslate } from 'react-admin';
import { dmy } from '../common/dates';
import { Section, Source } from '../common/Section';
import { criterionSummary } from './criterionSummary';
import { NotStated, NotStatedSummary } from './NotStated';

export function AwardForms({ manifest }: { manifest: ProvinceManifest }) {
  const translate = useTranslate();
  return (
    <Section title={translate('thidua.province.award_forms')} testId="award-forms">
      <NotStated manifest={manifest} field="awardForms" />
      <List dense>
        {manifest.awardForms.map((f) => (
          <ListItem key={f.id} disableGutters>
            <ListItemText
              primary={
                <>
                  {f.name}
                  <Source source={f.source} />
                </>
              }
              secondary={`${translate('thidua.province.conferred_by', { by: f.conferredBy })} · ${f.recipients.map((r) => translate(`recipients.${r}`)).join(', ')}`}
            />
          </ListItem>
        ))}
      </List>
    </Section>
  );
}

export function Quotas({ manifest }: { manifest: ProvinceManifest }) {
  const translate = useTranslate();
  const name = (list: { id: string; name: string }[], id: string) => list.find((x) => x.id === id)?.name ?? id;
  const cap = (n: number | undefined) => (n === undefined ? '—' : String(n));
  return (
    <Section title={translate('thidua.province.quotas')} testId="quotas">
      <NotStated manifest={manifest} field="quotas" />
      <Table size="small">
        <TableHead>
          <TableRow>
            <TableCell>{translate('resources.nominations.fields.phaseId')}</TableCell>
            <TableCell>{translate('resources.nominations.fields.awardFormId')}</TableCell>
            <TableCell align="right">{translate('thidua.quota.collectives')}</TableCell>
            <TableCell align="right">{translate('thidua.quota.individuals')}</TableCell>
            <TableCell align="right">{translate('thidua.quota.combined')}</TableCell>
            <TableCell />
          </TableRow>
        </TableHead>
        <TableBody>
          {manifest.quotas.map((q) => (
            <TableRow key={`${q.phaseId}|${q.awardFormId}`}>
              <TableCell>{name(manifest.phases, q.phaseId)}</TableCell>
              <TableCell>{name(manifest.awardForms, q.awardFormId)}</TableCell>
              {q.decidedByHead ? (
                <TableCell colSpan={3}>{translate('thidua.quota.unlimited')}</TableCell>
              ) : (
                <>
                  <TableCell align="right">{cap(q.maxCollectives)}</TableCell>
                  <TableCell align="right">{cap(q.maxIndividuals)}</TableCell>
                  <TableCell align="right">{cap(q.maxCombined)}</TableCell>
                </>
              )}
              <TableCell>
                {q.text && <Typography variant="caption">{q.text}</Typography>}
                <Source source={q.source} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Section>
  );
}

/** The criteria in force (after any administrator edits), grouped by tier, each with its plan section. */
export function CriteriaByTier({ slug, manifest }: { slug: string; manifest: ProvinceManifest }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { data } = useGetOne<{ id: string; version: number; criteria: Criterion[] }>('criteria', { id: slug });
  const criteria = data?.criteria ?? [];
  return (
    <Section
      title={`${translate('thidua.province.criteria')}${data ? ` · ${translate('thidua.criteria.version', { version: data.version })}` : ''}`}
      testId="criteria-by-tier"
    >
      <NotStated manifest={manifest} field="criteria" />
      {TIERS.filter((t) => criteria.some((c) => c.tier === t)).map((tier) => (
        <div key={tier}>
          <Typography variant="subtitle2" sx={{ mt: 1 }}>
            {translate(`tiers.${tier}`)}
          </Typography>
          <List dense disablePadding>
            {criteria
              .filter((c) => c.tier === tier)
              .map((c) => (
                <ListItem key={c.id} disableGutters>
                  <ListItemText
                    primary={
                      <>
                        {criterionSummary(c, translate, locale)}
                        <Source source={c.source} />
                      </>
                    }
                    secondary={translate(`criterion_kinds.${c.kind}`)}
                  />
                </ListItem>
              ))}
          </List>
        </div>
      ))}
    </Section>
  );
}

export function PlanHeader({ manifest }: { manifest: ProvinceManifest }) {
  const translate = useTranslate();
  return (
    <Section title={`${manifest.name} — ${manifest.movement.name}`} testId="plan-header">
      <Typography variant="body2">
        {manifest.authority}
        {manifest.plan.number &&
          ` · ${translate('thidua.province.plan_number', { number: manifest.plan.number, date: manifest.plan.date ? dmy(manifest.plan.date) : (manifest.plan.dateText ?? '') })}`}
        <Source source={manifest.plan.source} />
      </Typography>
      <Typography variant="body2">
        {translate('thidua.province.movement_span', {
          from: dmy(manifest.movement.span.from),
          to: dmy(manifest.movement.span.to),
        })}
      </Typography>
      <MapChanges manifest={manifest} />
      <NotStatedSummary manifest={manifest} />
      {manifest.movement.theme && (
        <Typography variant="body2" sx={{ fontStyle: 'italic' }}>
          {manifest.movement.theme}
        </Typography>
      )}
    </Section>
  );
}

/**
 * The province's place on today's map (Nghị quyết 202/2025/QH15): merged into another, whose name its documents
 * carry from that day, or grown by the provinces it absorbed. The plans predate it, so the page says it plainly.
 */
function MapChanges({ manifest }: { manifest: ProvinceManifest }) {
  const translate = useTranslate();
  const { mergedInto, absorbed = [] } = manifest;
  return (
    <>
      {mergedInto && (
        <Typography variant="body2" color="info.dark" data-testid="merged-into">
          {translate('thidua.province.merged_into', { date: dmy(mergedInto.date), name: mergedInto.name })}
          <Source source={mergedInto.source} />
        </Typography>
      )}
      {absorbed.map((a) => (
        <Typography key={a.slug} variant="body2" color="info.dark" data-testid={`absorbed-${a.slug}`}>
          {translate('thidua.province.absorbed', { date: dmy(a.date), name: a.name })}
          <Source source={a.source} />
        </Typography>
      ))}
    </>
  );
}
