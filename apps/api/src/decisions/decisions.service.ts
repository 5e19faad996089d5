import { Injectable } from '@nestjs/common';
import { checkQuota, describeQuotaRefusal, type Phase, type QuotaUsage, signingDateProblem } from '@thidua/domain';
import type { Response } from 'express';
import { DataSource, type EntityManager, In } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { assertVisible, authorize, type Principal, writeProvince } from '../auth/principal.js';
import { badRequest, conflict } from '../common/errors.js';
import { eq, type ListParams, paginate } from '../common/list-query.js';
import { scopedList } from '../crud/scoped-list.js';
import { AwardDecision, Nomination, NominationEvent, now } from '../database/entities/index.js';
import { Transactions } from '../database/transactions.js';
import { ProvincesRegistry } from '../provinces/provinces.registry.js';
import { countedQuota, quotaKey } from '../nominations/quota-usage.js';
import type { DecisionInput } from './decision.input.js';

/**
 * Award decisions: drafted from approved nominations of one phase × award form, then issued. Issuing re-checks the
 * quota over everything decided, moves the nominations to "decided", and freezes the decision for good.
 */
@Injectable()
export class DecisionsService {
  constructor(
    private readonly ds: DataSource,
    private readonly tx: Transactions,
    private readonly audit: AuditService,
    private readonly provinces: ProvincesRegistry,
  ) {}

  list(user: Principal, params: ListParams, res: Response) {
    const { qb, query } = scopedList(this.ds, AwardDecision, user, 'decisions', params);
    return paginate(
      qb,
      query,
      {
        resource: 'decisions',
        sortable: { signedOn: 'r.signedOn', number: 'r.number', status: 'r.status', id: 'r.id' },
        defaultSort: ['signedOn', 'DESC'],
        filters: { id: eq('r.id'), status: eq('r.status'), phaseId: eq('r.phaseId'), awardFormId: eq('r.awardFormId') },
      },
      res,
    );
  }

  /** The decision with its awardees; a unit clerk sees only the awardees their unit nominated. */
  async get(user: Principal, id: number, em: EntityManager = this.ds.manager) {
    authorize(user, 'read', 'decisions');
    const d = await em.getRepository(AwardDecision).findOneBy({ id });
    assertVisible(user, d, 'quyết định khen thưởng');
    const awardees = await em.getRepository(Nomination).find({
      where: { decisionId: id, ...(user.role === 'unit-clerk' ? { nominatingUnitId: user.unitId ?? -1 } : {}) },
      order: { recipient: 'ASC', nomineeSortKey: 'ASC' },
    });
    return { ...d, nominationIds: awardees.map((n) => n.id), awardees };
  }

  create(user: Principal, input: DecisionInput) {
    authorize(user, 'create', 'decisions');
    const province = writeProvince(user, input.provinceSlug);
    const manifest = this.provinces.get(province);
    const phase = manifest.phases.find((p) => p.id === input.phaseId && p.awardFormIds.includes(input.awardFormId));
    if (!phase)
      throw badRequest(
        `phaseId/awardFormId: "${input.awardFormId}" không được xét trong "${input.phaseId}"`,
        'bad-award-form',
      );
    checkSigningDate(phase, input.signedOn);
    return this.tx.run(async (em) => {
      const d = await em.getRepository(AwardDecision).save(
        em.getRepository(AwardDecision).create({
          provinceSlug: province,
          phaseId: input.phaseId,
          awardFormId: input.awardFormId,
          number: input.number,
          signedOn: input.signedOn,
          signerName: input.signerName,
          signerTitle: input.signerTitle,
          status: 'draft',
          createdBy: user.id,
          createdAt: now(),
          issuedAt: null,
        }),
      );
      await this.attach(em, d, input.nominationIds);
      await this.audit.record(em, user, {
        action: 'create',
        entity: 'decisions',
        entityId: d.id,
        provinceSlug: province,
        after: { ...d, nominationIds: input.nominationIds },
      });
      return this.get(user, d.id, em);
    });
  }

  update(user: Principal, id: number, input: Partial<DecisionInput>) {
    authorize(user, 'update', 'decisions');
    return this.tx.run(async (em) => {
      await this.tx.findForUpdate(em, AwardDecision, id); // a concurrent issue waits, or this waits for it
      const d = (await this.get(user, id, em)) as AwardDecision & { nominationIds: number[] };
      if (d.status === 'issued')
        throw conflict(
          `Quyết định ${d.number} đã ban hành, không thể sửa / an issued decision cannot be changed`,
          'decision-issued',
        );
      const before = { ...d };
      const phase = this.provinces.get(d.provinceSlug).phases.find((p) => p.id === d.phaseId);
      if (phase && input.signedOn !== undefined) checkSigningDate(phase, input.signedOn);
      const row = await em.getRepository(AwardDecision).findOneByOrFail({ id });
      for (const k of ['number', 'signedOn', 'signerName', 'signerTitle'] as const)
        if (input[k] !== undefined) row[k] = input[k];
      await em.getRepository(AwardDecision).save(row);
      if (input.nominationIds) {
        await em.getRepository(Nomination).update({ decisionId: id }, { decisionId: null });
        await this.attach(em, row, input.nominationIds);
      }
      await this.audit.record(em, user, {
        action: 'update',
        entity: 'decisions',
        entityId: id,
        provinceSlug: d.provinceSlug,
        before,
        after: { ...row, nominationIds: input.nominationIds ?? d.nominationIds },
      });
      return this.get(user, id, em);
    });
  }

  issue(user: Principal, id: number) {
    authorize(user, 'update', 'decisions');
    return this.tx.run(async (em) => {
      const d = await this.tx.findForUpdate(em, AwardDecision, id);
      assertVisible(user, d, 'quyết định khen thưởng');
      if (d.status === 'issued')
        throw conflict(`Quyết định ${d.number} đã ban hành / already issued`, 'decision-issued');
      await this.tx.lock(em, quotaKey(d));
      const listed = await em.getRepository(Nomination).findBy({ decisionId: id });
      if (listed.length === 0)
        throw conflict('Quyết định chưa có tập thể, cá nhân nào / the decision lists no awardee', 'decision-empty');
      const stale = listed.filter((n) => n.status !== 'approved');
      if (stale.length)
        throw conflict(
          `Đề nghị không còn ở trạng thái được duyệt: ${stale.map((n) => `#${n.id}`).join(', ')}`,
          'not-approved',
        );
      // Everything already decided for this phase × award form, plus this decision, must fit every cap.
      const manifest = this.provinces.get(d.provinceSlug);
      const { quota } = await countedQuota(em, manifest, d);
      const decided = await em
        .getRepository(Nomination)
        .findBy({ provinceSlug: d.provinceSlug, phaseId: d.phaseId, awardFormId: d.awardFormId, status: 'decided' });
      const counted = [...decided];
      for (const n of listed) {
        const ofUnit = kinds(counted.filter((x) => x.nominatingUnitId === n.nominatingUnitId));
        const result = checkQuota(quota, { ...kinds(counted), ofUnit }, n.recipient);
        if (!result.ok)
          throw conflict(
            describeQuotaRefusal(
              result,
              manifest.awardForms.find((f) => f.id === d.awardFormId)!.name,
              manifest.phases.find((p) => p.id === d.phaseId)!.name,
            ),
            'quota-exceeded',
          );
        counted.push(n);
      }
      const at = now();
      await em
        .getRepository(Nomination)
        .update({ id: In(listed.map((n) => n.id)) }, { status: 'decided', updatedAt: at });
      await em.getRepository(NominationEvent).insert(
        listed.map((n) => ({
          nominationId: n.id,
          fromStatus: 'approved',
          toStatus: 'decided',
          action: 'decide',
          reason: `Quyết định ${d.number}`,
          userId: user.id,
          at,
        })),
      );
      const before = { ...d };
      d.status = 'issued';
      d.issuedAt = at;
      await em.getRepository(AwardDecision).save(d);
      await this.audit.record(em, user, {
        action: 'decision.issue',
        entity: 'decisions',
        entityId: id,
        provinceSlug: d.provinceSlug,
        before,
        after: { ...d, nominationIds: listed.map((n) => n.id) },
      });
      return this.get(user, id, em);
    });
  }

  private async attach(em: EntityManager, d: AwardDecision, ids: number[]): Promise<void> {
    // Locked, so two decisions drafted at once cannot both take the same nomination.
    const rows = (await this.tx.findAllForUpdate(em, Nomination, ids)).filter((r) => r.provinceSlug === d.provinceSlug);
    const missing = ids.filter((id) => !rows.some((r) => r.id === id));
    if (missing.length)
      throw badRequest(
        `nominationIds: không có đề nghị ${missing.map((x) => `#${x}`).join(', ')} trong tỉnh / unknown nominations`,
        'bad-reference',
      );
    const wrong = rows.filter(
      (r) =>
        r.status !== 'approved' ||
        r.phaseId !== d.phaseId ||
        r.awardFormId !== d.awardFormId ||
        (r.decisionId !== null && r.decisionId !== d.id),
    );
    if (wrong.length)
      throw conflict(
        `Chỉ đưa vào quyết định các đề nghị đã được duyệt, cùng đợt và hình thức, chưa thuộc quyết định khác: ${wrong.map((r) => `#${r.id}`).join(', ')}`,
        'not-approved',
      );
    if (ids.length) await em.getRepository(Nomination).update({ id: In(ids) }, { decisionId: d.id });
  }
}

function kinds(ns: Nomination[]): QuotaUsage['ofUnit'] {
  const count = (r: string) => ns.filter((n) => n.recipient === r).length;
  return { collectives: count('collective'), individuals: count('individual') };
}

/** A decision is signed on or after its phase starts (packages/domain, signingDateProblem). */
function checkSigningDate(phase: Phase, signedOn: string): void {
  const problem = signingDateProblem(phase, signedOn);
  if (problem) throw badRequest(`signedOn: ${problem}`, 'bad-signing-date');
}
