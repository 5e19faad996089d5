import { Button, Chip, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { can, type Criterion } from '@thidua/domain';
import { useDataProvider, useGetList, useNotify, useRefresh, useTranslate } from 'react-admin';
import { Section } from '../common/Section';
import type { ThiduaDataProvider } from '../providers/dataProvider';
import { session } from '../providers/session';
import type { NominationDetails } from './types';

const COLOURS: Record<string, 'success' | 'error' | 'warning' | 'default'> = {
  passed: 'success',
  failed: 'error',
  pending: 'warning',
};

/** The criteria the nominee is judged against (the version in force at submission) and reviewers' verdicts. */
export function CriteriaChecks({ nomination }: { nomination: NominationDetails }) {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const dataProvider = useDataProvider<ThiduaDataProvider>();
  const { data: versions = [] } = useGetList<{ id: number; version: number; criteria: Criterion[] }>(
    'criteria-versions',
    { pagination: { page: 1, perPage: 1000 } },
  );
  const criteria =
    versions.find((v) => v.version === nomination.criteriaVersion)?.criteria ?? versions[0]?.criteria ?? [];
  const role = session.user()?.role;
  const mayJudge = !!role && can(role, 'create', 'verdicts') && ['submitted', 'aggregated'].includes(nomination.status);
  const judge = async (criterionId: string, passed: boolean) => {
    try {
      await dataProvider.verdict(nomination.id, criterionId, passed);
      notify('thidua.nomination.verdict_saved', { type: 'success' });
      refresh();
    } catch (e) {
      notify((e as Error).message, { type: 'error' });
    }
  };
  return (
    <Section
      title={`${translate('thidua.nomination.criteria_check')}${nomination.criteriaVersion ? ` · ${translate('thidua.criteria.version', { version: nomination.criteriaVersion })}` : ''}`}
      testId="criteria-checks"
    >
      {nomination.checks.length === 0 ? (
        <Typography variant="body2">{translate('thidua.nomination.no_checks')}</Typography>
      ) : (
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{translate('thidua.nomination.criterion')}</TableCell>
              <TableCell>{translate('thidua.nomination.result')}</TableCell>
              <TableCell>{translate('thidua.nomination.detail')}</TableCell>
              {mayJudge && <TableCell />}
            </TableRow>
          </TableHead>
          <TableBody>
            {nomination.checks.map((c) => (
              <TableRow key={c.criterionId} data-testid={`check-${c.criterionId}`}>
                <TableCell>{criteria.find((x) => x.id === c.criterionId)?.text ?? c.criterionId}</TableCell>
                <TableCell>
                  <Chip
                    size="small"
                    color={COLOURS[c.status] ?? 'default'}
                    label={translate(`thidua.nomination.check.${c.status}`, { _: c.status })}
                  />
                </TableCell>
                <TableCell>{c.detail}</TableCell>
                {mayJudge && (
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>
                    {c.kind === 'qualitative' && (
                      <>
                        <Button
                          size="small"
                          color="success"
                          onClick={() => judge(c.criterionId, true)}
                          data-testid={`pass-${c.criterionId}`}
                        >
                          {translate('thidua.nomination.pass')}
                        </Button>
                        <Button size="small" color="error" onClick={() => judge(c.criterionId, false)}>
                          {translate('thidua.nomination.fail')}
                        </Button>
                      </>
                    )}
                  </TableCell>
                )}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Section>
  );
}
