import { COUNTS_AGAINST_QUOTA, COUNTS_AGAINST_UNIT_LIMIT, type QuotaUsage } from '@thidua/domain';
import type { EntityManager } from 'typeorm';
import { Nomination } from '../database/entities/index.js';

async function countByRecipient(
  em: EntityManager,
  where: { provinceSlug: string; phaseId: string; awardFormId: string; nominatingUnitId?: number },
  statuses: readonly string[],
  excludeId?: number,
) {
  const qb = em
    .getRepository(Nomination)
    .createQueryBuilder('n')
    .select('n.recipient', 'recipient')
    .addSelect('COUNT(*)', 'count')
    .where('n.provinceSlug = :provinceSlug AND n.phaseId = :phaseId AND n.awardFormId = :awardFormId', where)
    .andWhere('n.status IN (:...statuses)', { statuses });
  if (where.nominatingUnitId !== undefined) qb.andWhere('n.nominatingUnitId = :unit', { unit: where.nominatingUnitId });
  if (excludeId !== undefined) qb.andWhere('n.id <> :excludeId', { excludeId });
  const rows = await qb.groupBy('n.recipient').getRawMany<{ recipient: string; count: string | number }>();
  const get = (r: string) => Number(rows.find((x) => x.recipient === r)?.count ?? 0);
  return { collectives: get('collective'), individuals: get('individual') };
}

/** What a phase × award form has used: approved or decided nominations, and the same for one nominating unit. */
export async function quotaUsage(
  em: EntityManager,
  n: Pick<Nomination, 'provinceSlug' | 'phaseId' | 'awardFormId' | 'nominatingUnitId'>,
): Promise<QuotaUsage> {
  const key = { provinceSlug: n.provinceSlug, phaseId: n.phaseId, awardFormId: n.awardFormId };
  return {
    ...(await countByRecipient(em, key, COUNTS_AGAINST_QUOTA)),
    ofUnit: await countByRecipient(em, { ...key, nominatingUnitId: n.nominatingUnitId }, COUNTS_AGAINST_QUOTA),
  };
}

/** Nominations a unit has sent (and not had turned down) for a phase × award form, other than this one. */
export async function unitSent(em: EntityManager, n: Nomination): Promise<QuotaUsage> {
  const ofUnit = await countByRecipient(
    em,
    {
      provinceSlug: n.provinceSlug,
      phaseId: n.phaseId,
      awardFormId: n.awardFormId,
      nominatingUnitId: n.nominatingUnitId,
    },
    COUNTS_AGAINST_UNIT_LIMIT,
    n.id,
  );
  return { collectives: 0, individuals: 0, ofUnit };
}
