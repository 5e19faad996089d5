import { Injectable } from '@nestjs/common';
import {
  checkQuota,
  type Criterion,
  criteriaFor,
  describeQuotaRefusal,
  describeShare,
  districtLevelRefusal,
  evaluateCriteria,
  nominationRuleDate,
  nominationWindow,
  type Phase,
  type ProvinceManifest,
  type ScoreSummary,
  scoreRefusal,
  scoreSummary,
  type Tier,
  unitEndedOn,
  COUNTS_AGAINST_UNIT_LIMIT,
  shortDate,
} from '@thidua/domain';
import { type EntityManager, In } from 'typeorm';
import { Clock } from '../common/clock.js';
import { conflict } from '../common/errors.js';
import { CriteriaService } from '../criteria/criteria.service.js';
import {
  CriterionCheck,
  DeadlineExtension,
  DossierDocument,
  IndicatorReading,
  Nomination,
  now,
  Person,
  Unit,
} from '../database/entities/index.js';
import { Transactions } from '../database/transactions.js';
import { ProvincesRegistry } from '../provinces/provinces.registry.js';
import { countedQuota, quotaKey, quotaUsage, unitSent } from './quota-usage.js';

/**
 * What a nomination must satisfy before it moves on: the phase window and the unit's limit, the dossier, the
 * two-tier map of 01/7/2025, the criteria, the points and pass mark, the quota and no second award.
 */
@Injectable()
export class NominationChecks {
  constructor(
    private readonly tx: Transactions,
    private readonly provinces: ProvincesRegistry,
    private readonly criteria: CriteriaService,
    private readonly clock: Clock,
  ) {}

  /** Phase open, unit's own limit, dossier complete; then criteria judged against the version in force now. */
  async checkSubmission(em: EntityManager, manifest: ProvinceManifest, n: Nomination): Promise<void> {
    const phase = manifest.phases.find((p) => p.id === n.phaseId)!;
    const extension = await em
      .getRepository(DeadlineExtension)
      .findOneBy({ provinceSlug: n.provinceSlug, phaseId: n.phaseId });
    const window = nominationWindow(phase, this.clock.today(), extension?.extendedTo);
    if (!window.open) {
      throw conflict(
        window.reason === 'closed'
          ? `Đã hết hạn gửi đề nghị của "${phase.name}" (hạn ${shortDate(window.closes)}) / the nomination deadline has passed`
          : `"${phase.name}" chưa mở nhận đề nghị (từ ${shortDate(window.opens)}) / the phase is not open yet`,
        'phase-closed',
      );
    }
    // Again at submission: a draft made before 01/7/2025 may be sent after it.
    await this.checkTwoTierMap(em, phase, n, manifest);
    const { quota } = await countedQuota(em, manifest, n);
    if (quota?.perNominatingUnit && !quota.decidedByHead)
      await this.tx.lock(em, `${quotaKey(n)}|unit${n.nominatingUnitId}`);
    const unitCheck = checkQuota(quota, await unitSent(em, n), n.recipient, 'unit');
    if (!unitCheck.ok)
      throw conflict(describeQuotaRefusal(unitCheck, awardName(manifest, n), phase.name), 'unit-limit');
    const docs = await em.getRepository(DossierDocument).findBy({ nominationId: n.id });
    const missing = requiredDocuments(manifest, n).filter((d) => !docs.some((x) => x.type === d.type));
    if (missing.length)
      throw conflict(
        `Hồ sơ còn thiếu: ${missing.map((d) => d.name).join('; ')} / the dossier lacks: ${missing.map((d) => d.type).join(', ')}`,
        'dossier-incomplete',
      );
    const version = await this.criteria.inForce(n.provinceSlug, undefined, em);
    n.criteriaVersion = version.version;
    await this.evaluate(em, n, criteriaFor(version.criteria as Criterion[], n.tier as Tier, n.recipient));
  }

  /**
   * No nomination on a map that no longer has its units: from 01/7/2025 (judged on the later of today and the phase
   * end) the district tier and district-only award forms are refused, citing the law in force; so is a nominee or
   * nominating unit that has stopped operating, or an individual whose own unit has, naming its successor.
   */
  async checkTwoTierMap(
    em: EntityManager,
    phase: Phase,
    n: Pick<Nomination, 'tier' | 'nomineeUnitId' | 'nomineePersonId' | 'nominatingUnitId' | 'awardFormId'>,
    manifest: ProvinceManifest,
  ): Promise<void> {
    const date = nominationRuleDate(phase, this.clock.today());
    const form = manifest.awardForms.find((f) => f.id === n.awardFormId);
    const ids = [n.nomineeUnitId, n.nominatingUnitId].filter((x): x is number => !!x);
    const units = ids.length ? await em.getRepository(Unit).findBy(ids.map((id) => ({ id }))) : [];
    // A person is nominated through the unit they work in: a district one no longer exists on the two-tier map,
    // and once their unit has stopped, the successor nominates them.
    const person = n.nomineePersonId ? await em.getRepository(Person).findOneBy({ id: n.nomineePersonId }) : null;
    const own = person ? await em.getRepository(Unit).findOneBy({ id: person.unitId }) : null;
    const refusal =
      districtLevelRefusal({ tier: n.tier as Tier, awardForm: form }, date) ??
      [...units, ...(own ? [own] : [])]
        .map((u) => districtLevelRefusal({ tier: u.tier as Tier }, date))
        .find((r) => r !== null);
    if (refusal) throw conflict(refusal, 'district-level-ended');
    const ended = units.find((u) => unitEndedOn(u, date)) ?? (own && unitEndedOn(own, date) ? own : undefined);
    if (ended) {
      const successor = ended.successorId ? await em.getRepository(Unit).findOneBy({ id: ended.successorId }) : null;
      const whose = person && ended === own ? ` (đơn vị công tác của ${person.fullName})` : '';
      const whoseEn = person && ended === own ? ` (${person.fullName}'s unit)` : '';
      throw conflict(
        `"${ended.name}"${whose} đã ngừng hoạt động từ ngày ${shortDate(ended.validTo!)}` +
          (successor ? `; đơn vị kế thừa: "${successor.name}"` : '') +
          ` / "${ended.name}"${whoseEn} stopped operating on ${ended.validTo}` +
          (successor ? `; its successor is "${successor.name}"` : ''),
        'unit-ended',
      );
    }
  }

  async checkCriteriaPassed(em: EntityManager, manifest: ProvinceManifest, n: Nomination): Promise<void> {
    const outcome = await this.evaluate(em, n, await this.applicableCriteria(em, n));
    // A points-based phase needs every criterion judged, not met: the score then decides at approval.
    const scored = !!manifest.phases.find((p) => p.id === n.phaseId)?.scoring;
    if (scored && outcome.results.some((r) => r.status === 'pending')) {
      const open = outcome.results.filter((r) => r.status === 'pending').map((r) => `${r.criterionId} (${r.detail})`);
      throw conflict(`Chưa đánh giá đủ tiêu chí: ${open.join('; ')} / criteria not all judged`, 'criteria-not-passed');
    }
    if (!scored && outcome.status !== 'passed') {
      const open = outcome.results.filter((r) => r.status !== 'passed').map((r) => `${r.criterionId} (${r.detail})`);
      throw conflict(`Chưa đạt đủ tiêu chuẩn: ${open.join('; ')} / criteria not all passed`, 'criteria-not-passed');
    }
  }

  /**
   * Locks the quota, counts what else is approved or decided, and refuses past any cap — the province-wide totals
   * and the nominating unit's share. One lock per phase × award form, held from here to the commit.
   */
  async checkQuotaRoom(em: EntityManager, manifest: ProvinceManifest, n: Nomination): Promise<void> {
    const planned = manifest.quotas.find((q) => q.phaseId === n.phaseId && q.awardFormId === n.awardFormId);
    if (!planned || planned.decidedByHead) return; // no fixed cap to count against
    await this.tx.lock(em, quotaKey(n));
    // A share is counted under the lock, so two approvals see the same base.
    const { quota, base } = await countedQuota(em, manifest, n);
    const result = checkQuota(quota, await quotaUsage(em, n), n.recipient, 'all');
    const phase = manifest.phases.find((p) => p.id === n.phaseId)!;
    if (!result.ok)
      throw conflict(
        describeQuotaRefusal(result, awardName(manifest, n), phase.name) +
          (planned.share && result.reason === 'combined' ? ` (${describeShare(planned.share, base)})` : ''),
        'quota-exceeded',
      );
  }

  /**
   * A nominee's score where its phase scores with points (null elsewhere): the points of the criteria judged passed,
   * and, where the phase selects its N best, the rank among the nominations put forward for the same award form.
   */
  async score(
    em: EntityManager,
    manifest: ProvinceManifest,
    n: Nomination,
  ): Promise<(ScoreSummary & { rank: number | null }) | null> {
    const scoring = manifest.phases.find((p) => p.id === n.phaseId)?.scoring;
    if (!scoring) return null;
    const own = await this.scoreValue(em, n, scoring);
    if (scoring.rankTop === undefined) return { ...own, rank: null };
    const others = await em.getRepository(Nomination).findBy({
      provinceSlug: n.provinceSlug,
      phaseId: n.phaseId,
      awardFormId: n.awardFormId,
      status: In([...COUNTS_AGAINST_UNIT_LIMIT]),
    });
    let better = 0;
    for (const o of others) if (o.id !== n.id && (await this.scoreValue(em, o, scoring)).value > own.value) better += 1;
    return { ...own, rank: better + 1 };
  }

  async scoreValue(em: EntityManager, n: Nomination, scoring: ScoringOf): Promise<ScoreSummary> {
    const checks = await em.getRepository(CriterionCheck).findBy({ nominationId: n.id });
    return scoreSummary(await this.applicableCriteria(em, n), checks, scoring);
  }

  /** Approval in a points-based phase: at or above the pass mark, and within the N best where the plan says so. */
  async checkScore(em: EntityManager, manifest: ProvinceManifest, n: Nomination): Promise<void> {
    const s = await this.score(em, manifest, n);
    const refusal = s && scoreRefusal(s, s.rank ?? undefined);
    if (refusal) throw conflict(refusal, 'below-pass-mark');
  }

  /** One award form per nominee and phase (the unique award key backs this up under concurrent approvals). */
  async checkDuplicateAward(em: EntityManager, manifest: ProvinceManifest, n: Nomination): Promise<void> {
    const duplicate = await em.getRepository(Nomination).findOneBy({ awardKey: awardKey(n) });
    if (duplicate)
      throw conflict(
        `"${n.nomineeName}" đã được duyệt "${awardName(manifest, n)}" trong đợt này (đề nghị #${duplicate.id}) / already approved for this award in this phase`,
        'duplicate-award',
      );
  }

  async applicableCriteria(em: EntityManager, n: Nomination): Promise<Criterion[]> {
    const version = n.criteriaVersion
      ? await this.criteria.version(n.provinceSlug, n.criteriaVersion, em)
      : await this.criteria.inForce(n.provinceSlug, undefined, em);
    return criteriaFor(version.criteria as Criterion[], n.tier as Tier, n.recipient);
  }

  /** Judges criteria from the nominee unit's readings (the latest year up to the phase) and stored verdicts. */
  async evaluate(em: EntityManager, n: Nomination, criteria: Criterion[]) {
    const unitId =
      n.nomineeUnitId ??
      (n.nomineePersonId ? (await em.getRepository(Person).findOneBy({ id: n.nomineePersonId }))?.unitId : undefined);
    const manifest = this.provinces.get(n.provinceSlug);
    const phaseYear = Number(manifest.phases.find((p) => p.id === n.phaseId)!.period.to.slice(0, 4));
    const readings = new Map<string, number>();
    if (unitId) {
      const rows = await em
        .getRepository(IndicatorReading)
        .createQueryBuilder('r')
        .where('r.unitId = :unitId AND r.year <= :year', { unitId, year: phaseYear })
        .orderBy('r.year', 'ASC')
        .getMany();
      for (const r of rows) readings.set(r.indicatorId, r.value);
    }
    const stored = await em.getRepository(CriterionCheck).findBy({ nominationId: n.id });
    const verdicts = new Map(
      stored
        .filter((s) => s.kind === 'qualitative' && s.checkedBy !== null)
        .map((s) => [
          s.criterionId,
          { passed: s.status === 'passed', by: String(s.checkedBy), at: s.checkedAt, comment: s.detail },
        ]),
    );
    const ranks = new Map<string, number>();
    if (readings.has('dti-rank')) ranks.set('dti-rank', readings.get('dti-rank')!);
    const outcome = evaluateCriteria(criteria, { readings, ranks, verdicts });
    const at = now();
    // Numeric results are recomputed; a qualitative one is stored as pending until a reviewer gives a verdict.
    for (const r of outcome.results.filter((x) => x.kind !== 'qualitative' || !verdicts.has(x.criterionId))) {
      await em.getRepository(CriterionCheck).delete({ nominationId: n.id, criterionId: r.criterionId });
      await em.getRepository(CriterionCheck).insert({
        nominationId: n.id,
        criterionId: r.criterionId,
        kind: r.kind,
        status: r.status,
        value: r.value ?? null,
        detail: r.detail,
        checkedBy: null,
        checkedAt: at,
      });
    }
    n.criteriaStatus = outcome.status;
    await em
      .getRepository(Nomination)
      .update({ id: n.id }, { criteriaStatus: outcome.status, criteriaVersion: n.criteriaVersion });
    return outcome;
  }
}

/** The documents the plugin requires for this award form and kind of nominee. */
export function requiredDocuments(manifest: ProvinceManifest, n: Pick<Nomination, 'awardFormId' | 'recipient'>) {
  return manifest.dossier
    .filter(
      (d) =>
        (!d.awardFormIds || d.awardFormIds.includes(n.awardFormId)) && (!d.recipient || d.recipient === n.recipient),
    )
    .flatMap((d) => d.documents)
    .filter((d, i, all) => all.findIndex((x) => x.type === d.type) === i);
}

type ScoringOf = NonNullable<Phase['scoring']>;
export const awardKey = (n: Nomination) =>
  `${n.provinceSlug}|${n.phaseId}|${n.awardFormId}|${n.nomineeUnitId ? `u${n.nomineeUnitId}` : `p${n.nomineePersonId}`}`;
const awardName = (m: ProvinceManifest, n: Nomination) =>
  m.awardForms.find((f) => f.id === n.awardFormId)?.name ?? n.awardFormId;
