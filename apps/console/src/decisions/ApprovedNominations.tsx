import { Alert, Button } from '@mui/material';
import { CheckboxGroupInput, useGetList, useInput, useTranslate } from 'react-admin';
import { QuotaMeter, type QuotaUse } from '../common/QuotaMeter';

/**
 * The approved nominations of a phase and award form that no decision lists yet, to tick into this one; editing a
 * draft (`decisionId`), also those it already lists, so they can be kept or taken out.
 */
export function ApprovedNominations({
  phaseId,
  awardFormId,
  decisionId,
}: {
  phaseId?: string;
  awardFormId?: string;
  decisionId?: number;
}) {
  const translate = useTranslate();
  const { field } = useInput({ source: 'nominationIds' });
  const ready = !!phaseId && !!awardFormId;
  const { data = [] } = useGetList(
    'nominations',
    {
      filter: { status: 'approved', phaseId, awardFormId },
      sort: { field: 'nomineeName', order: 'ASC' },
      pagination: { page: 1, perPage: 1000 },
    },
    { enabled: ready },
  );
  const { data: quotas = [] } = useGetList<QuotaUse>('quota-use', { pagination: { page: 1, perPage: 500 } });
  if (!ready) return null;
  const choices = data
    .filter((n) => n.decisionId == null || (decisionId !== undefined && n.decisionId === decisionId))
    .map((n) => ({ id: n.id, name: `${n.nomineeName} (${translate(`recipients.${n.recipient}`)})` }));
  const ids = choices.map((c) => c.id);
  const picked: unknown[] = field.value ?? [];
  const all = ids.length > 0 && ids.every((id) => picked.includes(id));
  return (
    <>
      <QuotaMeter use={quotas.find((q) => q.phaseId === phaseId && q.awardFormId === awardFormId)} />
      {choices.length === 0 ? (
        <Alert severity="info">{translate('thidua.decision.no_approved')}</Alert>
      ) : (
        <>
          <Button size="small" onClick={() => field.onChange(all ? [] : ids)} data-testid="pick-all">
            {translate(all ? 'thidua.decision.pick_none' : 'thidua.decision.pick_all', { count: ids.length })}
          </Button>
          <CheckboxGroupInput
            source="nominationIds"
            choices={choices}
            row={false}
            label={translate('thidua.decision.pick')}
          />
        </>
      )}
    </>
  );
}
