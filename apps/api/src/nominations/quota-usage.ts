import {
  COUNTS_AGAINST_QUOTA,
  COUNTS_AGAINST_UNIT_LIMIT,
  type ProvinceManifest,
  type Quota,
  quotaWithShare,
  type QuotaUsage,
  type ShareCount,
  shareCount,
} from '@thidua/domain';
import type { EntityManager } from 'typeorm';
import { Nomination, Registration } from '../database/entities/index.js';

/**
 * Counts a phase × award form's nominations in some statuses by kind, province-wide and for the nomination's own
 * unit, leaving the nomination itself out — in one statement, since approvals run it while holding the quota lock.
 */
/** What a count needs of a nomination (a council asks with id and unit -1: none is left out). */
type Counted = Pick<Nomination, 'id' | 'provinceSlug' | 'phaseId' | 'awardFormId' | 'nominatingUnitId'>;

async function usage(em: EntityManager, n: Counted, statuses: readonly string[]): Promise<QuotaUsage> {
  const rows = await em
    .getRepository(Nomination)
    .createQueryBuilder('n')
    .select('n.recipient', 'recipient')
    .addSelect('COUNT(*)', 'count')
    .addSelect('SUM(CASE WHEN n.nominatingUnitId = :unit THEN 1 ELSE 0 END)', 'ofUnit')
    .where('n.provinceSlug = :province AND n.phaseId = :phase AND n.awardFormId = :form', {
      province: n.provinceSlug,
      phase: n.phaseId,
      form: n.awardFormId,
    })
    .andWhere('n.status IN (:...statuses)', { statuses })
    .andWhere('n.id <> :id', { id: n.id, unit: n.nominatingUnitId })
    .groupBy('n.recipient')
    .getRawMany<{ recipient: string; count: string | number; ofUnit: string | number }>();
  const get = (r: string, k: 'count' | 'ofUnit') => Number(rows.find((x) => x.recipient === r)?.[k] ?? 0);
  return {
    collectives: get('collective', 'count'),
    individuals: get('individual', 'count'),
    ofUnit: { collectives: get('collective', 'ofUnit'), individuals: get('individual', 'ofUnit') },
  };
}

/** The places a phase × award form has given (approved or decided), other than this nomination's. */
export const quotaUsage = (em: EntityManager, n: Counted) => usage(em, n, COUNTS_AGAINST_QUOTA);

/** Nominations sent (and not turned down) for a phase × award form, other than this one; the unit's share counts. */
export const unitSent = (em: EntityManager, n: Counted) => usage(em, n, COUNTS_AGAINST_UNIT_LIMIT);

/** The name quota locks are taken under (Transactions.lock): phase × award form, for approvals and decisions alike. */
export const quotaKey = (n: Pick<Nomination, 'provinceSlug' | 'phaseId' | 'awardFormId'>) =>
  `${n.provinceSlug}|${n.phaseId}|${n.awardFormId}`;

/**
 * The base a quota's share is taken of. `units`: the units registered to compete in the year the phase ends (the
 * units taking part). `nominees`: the nominations put forward for the phase × award form (sent and not turned down,
 * this one included when it is).
 */
export async function shareBase(
  em: EntityManager,
  manifest: ProvinceManifest,
  quota: Quota,
  key: Pick<Nomination, 'provinceSlug' | 'phaseId' | 'awardFormId'>,
): Promise<number> {
  if (!quota.share) return 0;
  if (quota.share.of === 'nominees')
    return em
      .getRepository(Nomination)
      .createQueryBuilder('n')
      .where('n.provinceSlug = :province AND n.phaseId = :phase AND n.awardFormId = :form', {
        province: key.provinceSlug,
        phase: key.phaseId,
        form: key.awardFormId,
      })
      .andWhere('n.status IN (:...statuses)', { statuses: COUNTS_AGAINST_UNIT_LIMIT })
      .getCount();
  const phase = manifest.phases.find((p) => p.id === key.phaseId)!;
  return em
    .getRepository(Registration)
    .countBy({ provinceSlug: key.provinceSlug, year: Number(phase.period.to.slice(0, 4)) });
}

/**
 * The quota of a phase × award form as counted now: a share turned into places (see quotaWithShare). The one cap
 * that approvals, decisions, the quota meter and the council's room all count against; `share` says how it was
 * counted when a share gave it.
 */
export async function countedQuota(
  em: EntityManager,
  manifest: ProvinceManifest,
  key: Pick<Nomination, 'provinceSlug' | 'phaseId' | 'awardFormId'>,
  quota = manifest.quotas.find((q) => q.phaseId === key.phaseId && q.awardFormId === key.awardFormId),
): Promise<{ quota: Quota | undefined; base: number; share: ShareCount | null }> {
  if (!quota?.share) return { quota, base: 0, share: null };
  const base = await shareBase(em, manifest, quota, key);
  return { quota: quotaWithShare(quota, base), base, share: shareCount(quota, base) };
}
