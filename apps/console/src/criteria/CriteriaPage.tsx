import AddIcon from '@mui/icons-material/Add';
import { Alert, Box, Button, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { can, type Criterion, TIERS } from '@thidua/domain';
import { useState } from 'react';
import { Loading, Title, useGetOne, useRefresh, useLocaleState, useTranslate } from 'react-admin';
import { useProvince } from '../common/province';
import { Section, Source } from '../common/Section';
import { session } from '../providers/session';
import { criterionSummary } from '../province/criterionSummary';
import { CriteriaHistory } from './CriteriaHistory';
import { CriterionEditor } from './CriterionEditor';
import { type CriterionDraft, drafts } from './draft';

/** The criteria in force with, for administrators, the editor; then the version history. */
export function CriteriaPage() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const refresh = useRefresh();
  const { slug, manifest } = useProvince();
  const { data: current } = useGetOne<{ id: string; version: number; criteria: Criterion[] }>(
    'criteria',
    { id: slug ?? '' },
    { enabled: !!slug },
  );
  const [draft, setDraftState] = useState<CriterionDraft | null>(() => (slug ? drafts.load(slug) : null));
  const role = session.user()?.role;
  const mayEdit = !!role && can(role, 'update', 'criteria') && (role !== 'national-admin' || !!slug);
  if (!slug)
    return (
      <Alert severity="info" sx={{ mt: 2 }}>
        {translate('thidua.province.pick_first')}
      </Alert>
    );
  if (!current || !manifest) return <Loading />;
  const setDraft = (d: CriterionDraft | null) => {
    drafts.save(slug, d);
    setDraftState(d);
  };
  const begin = (mode: CriterionDraft['mode'], c?: Criterion) =>
    setDraft({
      mode,
      criterionId: c?.id,
      baseVersion: current.version,
      criterion: c ? { ...c } : { tier: manifest.tiers[0]?.tier, kind: 'qualitative' },
      reason: '',
    });
  const tiers = TIERS.filter((t) => manifest.tiers.some((x) => x.tier === t));
  return (
    <Box sx={{ mt: 2 }} data-testid="criteria-page">
      <Title title={translate('thidua.criteria.title')} />
      {draft && mayEdit && (
        <CriterionEditor
          slug={slug}
          draft={draft}
          current={current}
          tiers={tiers}
          onChange={setDraft}
          onStale={refresh}
          onSaved={() => {
            setDraftState(null);
            refresh();
          }}
        />
      )}
      <Section
        title={`${translate('thidua.criteria.title')} · ${translate('thidua.criteria.version', { version: current.version })}`}
        action={
          mayEdit &&
          !draft && (
            <Button startIcon={<AddIcon />} onClick={() => begin('add')} data-testid="criterion-add">
              {translate('thidua.criteria.add')}
            </Button>
          )
        }
        testId="criteria-table"
      >
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{translate('resources.criteria.fields.tier')}</TableCell>
              <TableCell>{translate('resources.criteria.fields.text')}</TableCell>
              <TableCell>{translate('resources.criteria.fields.kind')}</TableCell>
              {mayEdit && <TableCell />}
            </TableRow>
          </TableHead>
          <TableBody>
            {tiers
              .flatMap((tier) => current.criteria.filter((c) => c.tier === tier))
              .map((c) => (
                <TableRow key={c.id} data-testid={`criterion-row-${c.id}`}>
                  <TableCell>{translate(`tiers.${c.tier}`)}</TableCell>
                  <TableCell>
                    {criterionSummary(c, translate, locale)}
                    <Source source={c.source} />
                  </TableCell>
                  <TableCell>{translate(`criterion_kinds.${c.kind}`)}</TableCell>
                  {mayEdit && (
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>
                      <Button
                        size="small"
                        disabled={!!draft}
                        onClick={() => begin('edit', c)}
                        data-testid={`edit-${c.id}`}
                      >
                        {translate('thidua.criteria.edit')}
                      </Button>
                      <Button
                        size="small"
                        color="error"
                        disabled={!!draft}
                        onClick={() => begin('retire', c)}
                        data-testid={`retire-${c.id}`}
                      >
                        {translate('thidua.criteria.retire')}
                      </Button>
                    </TableCell>
                  )}
                </TableRow>
              ))}
          </TableBody>
        </Table>
      </Section>
      <CriteriaHistory />
    </Box>
  );
}
