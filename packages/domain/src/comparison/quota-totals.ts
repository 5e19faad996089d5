import type { AwardForm, Phase, ProvinceManifest, Quota, Recipient } from '../manifest/schema.js';
import { isNotStated } from '../manifest/silence.js';
import { quotaTotal } from '../rules/quota.js';

/**
 * How many places a plan offers, per award form and per phase, told apart from the cases where it gives no
 * number: `uncapped` (decided by the head of unit, or only a per-nominating-unit limit), `none` (the plan sets no
 * quota), `not-stated` (the plan does not say: "chưa quy định", never 0), `not-given` (the award form does not go to
 * this kind of nominee; counts as 0 in sums).
 */
export type QuotaStatus = 'fixed' | 'uncapped' | 'none' | 'not-stated' | 'not-given';

export interface QuotaFigure {
  value: number | null;
  status: QuotaStatus;
}

export interface QuotaTotals {
  collectives: QuotaFigure;
  individuals: QuotaFigure;
  combined: QuotaFigure;
}

export const QUOTA_STATUS_TEXT: Record<Exclude<QuotaStatus, 'fixed'>, { vi: string; en: string }> = {
  uncapped: { vi: 'không giới hạn số lượng', en: 'no fixed number' },
  none: { vi: 'không quy định', en: 'not set' },
  'not-stated': { vi: 'chưa quy định', en: 'not stated in the plan' },
  'not-given': { vi: 'không áp dụng', en: 'not awarded' },
};

const fixed = (value: number): QuotaFigure => ({ value, status: 'fixed' });
const open = (status: Exclude<QuotaStatus, 'fixed'>): QuotaFigure => ({
  value: status === 'not-given' ? 0 : null,
  status,
});

/** The places one quota gives for one award form (a cap on the combined number also caps each kind). */
export function formQuotaTotals(
  form: Pick<AwardForm, 'recipients'>,
  quota: Quota | undefined,
  quotasStated = true,
): QuotaTotals {
  const given = (r: Recipient) => form.recipients.includes(r);
  const kind = (r: Recipient, own: number | null): QuotaFigure => {
    if (!given(r)) return open('not-given');
    if (!quota) return open(quotasStated ? 'none' : 'not-stated');
    if (quota.decidedByHead) return open('uncapped');
    const combinedCap = quota.maxCombined ?? null;
    if (own !== null) return fixed(combinedCap === null ? own : Math.min(own, combinedCap));
    if (combinedCap !== null) return fixed(combinedCap);
    return open(quota.perNominatingUnit ? 'uncapped' : 'none');
  };
  const t = quota ? quotaTotal(quota) : { collectives: null, individuals: null, combined: null };
  const collectives = kind('collective', t.collectives);
  const individuals = kind('individual', t.individuals);
  let combined = sumFigures([collectives, individuals]);
  if (quota?.maxCombined !== undefined && !quota.decidedByHead)
    combined = fixed(combined.status === 'fixed' ? Math.min(combined.value!, quota.maxCombined) : quota.maxCombined);
  return { collectives, individuals, combined };
}

/** Sums figures: any uncapped part makes the sum uncapped; else any unsaid or unset part leaves it so. */
export function sumFigures(parts: readonly QuotaFigure[]): QuotaFigure {
  if (parts.some((p) => p.status === 'uncapped')) return open('uncapped');
  if (parts.some((p) => p.status === 'not-stated')) return open('not-stated');
  if (parts.some((p) => p.status === 'none')) return open('none');
  if (parts.length === 0 || parts.every((p) => p.status === 'not-given')) return open('not-given');
  return fixed(parts.reduce((s, p) => s + (p.value ?? 0), 0));
}

export interface PhaseQuotaTotals extends QuotaTotals {
  phaseId: string;
  forms: (QuotaTotals & {
    awardFormId: string;
    perNominatingUnit: Quota['perNominatingUnit'] | null;
    text: string | null;
    source: string | null;
  })[];
}

/** Places per phase: the sum over the award forms the phase gives (and any form a quota names for it). */
export function phaseQuotaTotals(
  m: Pick<ProvinceManifest, 'awardForms' | 'quotas' | 'notStated'>,
  phase: Pick<Phase, 'id' | 'awardFormIds'>,
): PhaseQuotaTotals {
  const formIds = [
    ...new Set([...phase.awardFormIds, ...m.quotas.filter((q) => q.phaseId === phase.id).map((q) => q.awardFormId)]),
  ];
  const forms = formIds.flatMap((id) => {
    const form = m.awardForms.find((f) => f.id === id);
    if (!form) return [];
    const quota = m.quotas.find((q) => q.phaseId === phase.id && q.awardFormId === id);
    return [
      {
        awardFormId: id,
        ...formQuotaTotals(form, quota, !isNotStated(m, 'quotas')),
        perNominatingUnit: quota?.perNominatingUnit ?? null,
        text: quota?.text ?? null,
        source: quota?.source ?? null,
      },
    ];
  });
  return {
    phaseId: phase.id,
    collectives: sumFigures(forms.map((f) => f.collectives)),
    individuals: sumFigures(forms.map((f) => f.individuals)),
    combined: sumFigures(forms.map((f) => f.combined)),
    forms,
  };
}
