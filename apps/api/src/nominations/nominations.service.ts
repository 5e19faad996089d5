import { Injectable, Logger } from '@nestjs/common';
import {
  ACTION_LABELS,
  actionNeedsReason,
  actionsOf,
  checkTransition,
  EDITABLE,
  type NominationAction,
  type NominationStatus,
  searchText,
  STATUS_LABELS,
  type Tier,
  vietnameseSortKey,
} from '@thidua/domain';
import type { Response } from 'express';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { assertVisible, authorize, type Principal, writeProvince } from '../auth/principal.js';
import { Clock } from '../common/clock.js';
import { badRequest, conflict, forbidden } from '../common/errors.js';
import { errorReply, INTERNAL_ERROR } from '../common/errors.filter.js';
import { eq, type ListParams, paginate } from '../common/list-query.js';
import { scopedList } from '../crud/scoped-list.js';
import { userNames } from '../crud/user-names.js';
import { requireUnit } from '../crud/scoped-crud.js';
import { CriteriaService } from '../criteria/criteria.service.js';
import {
  CriterionCheck,
  DossierDocument,
  Nomination,
  NominationEvent,
  now,
  Person,
} from '../database/entities/index.js';
import { Transactions } from '../database/transactions.js';
import { ProvincesRegistry } from '../provinces/provinces.registry.js';
import type { BulkActionResult, NominationInput, NominationUpdate } from './nomination.input.js';
import { awardKey, NominationChecks, requiredDocuments } from './nomination-checks.js';

/** The nomination workflow: every transition checked against role, status, phase window, dossier, criteria and quota. */
@Injectable()
export class NominationsService {
  private readonly log = new Logger('nominations');

  constructor(
    private readonly ds: DataSource,
    private readonly tx: Transactions,
    private readonly audit: AuditService,
    private readonly provinces: ProvincesRegistry,
    private readonly criteria: CriteriaService,
    private readonly clock: Clock,
    private readonly checks: NominationChecks,
  ) {}

  list(user: Principal, params: ListParams, res: Response) {
    const { qb, query } = scopedList(this.ds, Nomination, user, 'nominations', params);
    if (user.role === 'unit-clerk') qb.andWhere('r.nominatingUnitId = :cu', { cu: user.unitId ?? -1 });
    return paginate(
      qb,
      query,
      {
        resource: 'nominations',
        sortable: {
          nomineeName: 'r.nomineeSortKey',
          status: 'r.status',
          updatedAt: 'r.updatedAt',
          submittedAt: 'r.submittedAt',
          id: 'r.id',
          phaseId: 'r.phaseId',
        },
        defaultSort: ['updatedAt', 'DESC'],
        filters: {
          id: eq('r.id'),
          status: eq('r.status'),
          phaseId: eq('r.phaseId'),
          awardFormId: eq('r.awardFormId'),
          recipient: eq('r.recipient'),
          nominatingUnitId: eq('r.nominatingUnitId'),
          decisionId: eq('r.decisionId'),
          tier: eq('r.tier'),
          q: (q, v) => q.andWhere('r.nomineeSearchText LIKE :q', { q: `%${searchText(String(v))}%` }),
        },
      },
      res,
    );
  }

  async get(user: Principal, id: number, em: EntityManager = this.ds.manager): Promise<Nomination> {
    authorize(user, 'read', 'nominations');
    const n = await em.getRepository(Nomination).findOneBy({ id });
    assertVisible(user, n, 'đề nghị khen thưởng', n ? [n.nominatingUnitId] : []);
    return n;
  }

  /**
   * The nomination, locked until the transaction ends: every change to a nomination starts here, so of two
   * conflicting steps the second waits, then sees the first one's status and is refused.
   */
  async getForUpdate(user: Principal, id: number, em: EntityManager): Promise<Nomination> {
    authorize(user, 'read', 'nominations');
    const n = await this.tx.findForUpdate(em, Nomination, id);
    assertVisible(user, n, 'đề nghị khen thưởng', n ? [n.nominatingUnitId] : []);
    return n;
  }

  /** The nomination with its history, dossier (against the plugin's checklist) and criteria checks. */
  async details(user: Principal, id: number) {
    const n = await this.get(user, id);
    const [history, documents, checks] = await Promise.all([
      this.ds.getRepository(NominationEvent).find({ where: { nominationId: id }, order: { id: 'ASC' } }),
      this.ds.getRepository(DossierDocument).find({ where: { nominationId: id }, order: { id: 'ASC' } }),
      this.ds.getRepository(CriterionCheck).find({ where: { nominationId: id }, order: { id: 'ASC' } }),
    ]);
    const manifest = this.provinces.get(n.provinceSlug);
    const checklist = requiredDocuments(manifest, n).map((d) => ({
      ...d,
      provided: documents.some((x) => x.type === d.type),
    }));
    const names = await userNames(
      this.ds.manager,
      history.map((e) => e.userId),
    );
    return {
      ...n,
      history: history.map((e) => ({ ...e, userName: names.get(e.userId) ?? null })),
      documents,
      checks,
      checklist,
      score: await this.checks.score(this.ds.manager, manifest, n),
    };
  }

  create(user: Principal, input: NominationInput): Promise<Nomination> {
    authorize(user, 'create', 'nominations');
    const province = writeProvince(user, input.provinceSlug);
    const manifest = this.provinces.get(province);
    return this.tx.run(async (em) => {
      const nominatingUnitId = user.role === 'unit-clerk' ? user.unitId : input.nominatingUnitId;
      if (!nominatingUnitId)
        throw badRequest('nominatingUnitId: hãy chọn đơn vị đề nghị / choose the nominating unit', 'unit-required');
      if (user.role === 'unit-clerk' && input.nominatingUnitId && input.nominatingUnitId !== user.unitId)
        throw forbidden('Cán bộ đơn vị chỉ đề nghị cho đơn vị mình / clerks nominate for their own unit');
      await requireUnit(em, province, nominatingUnitId, 'nominatingUnitId');
      const phase = manifest.phases.find((p) => p.id === input.phaseId);
      if (!phase) throw badRequest(`phaseId: kế hoạch không có đợt "${input.phaseId}" / no such phase`, 'bad-phase');
      const form = manifest.awardForms.find((f) => f.id === input.awardFormId);
      if (!form || !phase.awardFormIds.includes(form.id))
        throw badRequest(
          `awardFormId: "${input.awardFormId}" không được xét trong "${phase.name}" / not awarded in this phase`,
          'bad-award-form',
        );
      const nominee = await this.nominee(em, user, province, input);
      if (!form.recipients.includes(input.recipient))
        throw badRequest(
          `recipient: "${form.name}" không dành cho ${input.recipient === 'collective' ? 'tập thể' : 'cá nhân'} / not given to ${input.recipient}s`,
          'not-eligible',
        );
      const eligibleTiers = form.tiers ?? manifest.tiers.map((t) => t.tier);
      if (!eligibleTiers.includes(nominee.tier))
        throw badRequest(
          `"${form.name}" không dành cho đối tượng "${nominee.tier}" / tier not eligible`,
          'not-eligible',
        );
      await this.checks.checkTwoTierMap(em, phase, { ...nominee, nominatingUnitId, awardFormId: form.id }, manifest);
      const at = now();
      const n = await em.getRepository(Nomination).save(
        em.getRepository(Nomination).create({
          provinceSlug: province,
          phaseId: phase.id,
          awardFormId: form.id,
          nominatingUnitId,
          recipient: input.recipient,
          ...nominee,
          status: 'draft',
          achievements: input.achievements,
          criteriaVersion: null,
          criteriaStatus: null,
          returnReason: null,
          awardKey: null,
          decisionId: null,
          createdBy: user.id,
          createdAt: at,
          updatedAt: at,
          submittedAt: null,
        }),
      );
      await em.getRepository(NominationEvent).insert({
        nominationId: n.id,
        fromStatus: null,
        toStatus: 'draft',
        action: 'create',
        reason: null,
        userId: user.id,
        at,
      });
      await this.audit.record(em, user, {
        action: 'create',
        entity: 'nominations',
        entityId: n.id,
        provinceSlug: province,
        after: n,
      });
      return n;
    });
  }

  update(user: Principal, id: number, input: NominationUpdate): Promise<Nomination> {
    authorize(user, 'update', 'nominations');
    return this.tx.run(async (em) => {
      const n = await this.getForUpdate(user, id, em);
      if (!EDITABLE.includes(n.status as never))
        throw conflict(
          `Chỉ sửa được đề nghị ở trạng thái dự thảo hoặc bị trả lại (đang: ${n.status}) / only drafts and returned nominations can be edited`,
          'not-editable',
        );
      const before = { ...n };
      const nominee =
        input.nomineeUnitId !== undefined || input.nomineePersonId !== undefined
          ? await this.nominee(em, user, n.provinceSlug, {
              recipient: n.recipient,
              nomineeUnitId: input.nomineeUnitId ?? n.nomineeUnitId,
              nomineePersonId: input.nomineePersonId ?? n.nomineePersonId,
              tier: n.recipient === 'individual' ? (n.tier as never) : undefined,
            })
          : {};
      Object.assign(n, nominee, input.achievements !== undefined ? { achievements: input.achievements } : {}, {
        updatedAt: now(),
      });
      const saved = await em.getRepository(Nomination).save(n);
      await this.audit.record(em, user, {
        action: 'update',
        entity: 'nominations',
        entityId: id,
        provinceSlug: n.provinceSlug,
        before,
        after: saved,
      });
      return saved;
    });
  }

  remove(user: Principal, id: number): Promise<Nomination> {
    authorize(user, 'delete', 'nominations');
    return this.tx.run(async (em) => {
      const n = await this.getForUpdate(user, id, em);
      if (n.status !== 'draft')
        throw conflict('Chỉ xóa được đề nghị dự thảo / only drafts can be deleted', 'not-draft');
      for (const entity of [NominationEvent, DossierDocument, CriterionCheck])
        await em.getRepository(entity).delete({ nominationId: id });
      await em.getRepository(Nomination).delete({ id });
      await this.audit.record(em, user, {
        action: 'delete',
        entity: 'nominations',
        entityId: id,
        provinceSlug: n.provinceSlug,
        before: n,
      });
      return n;
    });
  }

  /** Moves a nomination one step, or refuses with the reason; the step, its history and audit commit together. */
  transition(user: Principal, id: number, action: NominationAction, reason?: string): Promise<Nomination> {
    return this.tx.run(async (em) => {
      const n = await this.getForUpdate(user, id, em);
      const step = checkTransition(action, n.status as never, user.role);
      // A role that may take this step from another status meets a status conflict (often a colleague's step
      // that got there first), not a permission problem.
      if (!step.ok && step.reason === 'role' && !actionsOf(user.role).includes(action))
        throw forbidden(
          `Vai trò của bạn không được thực hiện "${ACTION_LABELS[action].vi}" với đề nghị ở trạng thái "${n.status}" / your role cannot ${action} here`,
        );
      if (!step.ok) {
        const label = STATUS_LABELS[n.status as NominationStatus];
        throw conflict(
          `Không thể "${ACTION_LABELS[action].vi}": đề nghị đang ở trạng thái "${n.status}" (${label.vi}) / cannot ${action}: the nomination is ${label.en.toLowerCase()} ("${n.status}")`,
          'bad-status',
        );
      }
      if (step.needsReason && !reason)
        throw badRequest('reason: hãy ghi rõ lý do / a reason is required', 'reason-required');
      const manifest = this.provinces.get(n.provinceSlug);
      const before = { ...n };
      if (action === 'submit') await this.checks.checkSubmission(em, manifest, n);
      if (action === 'appraise') await this.checks.checkCriteriaPassed(em, manifest, n);
      if (action === 'approve') await this.checks.checkDuplicateAward(em, manifest, n);
      if (action === 'approve') await this.checks.checkScore(em, manifest, n);
      const at = now();
      const change: Partial<Nomination> = { status: step.to, updatedAt: at };
      if (action === 'return' || action === 'reject') change.returnReason = reason ?? null;
      if (action === 'submit') change.submittedAt = at;
      if (action === 'approve') change.awardKey = awardKey(n);
      Object.assign(n, change);
      // A plain UPDATE of what changed (the row is locked and current; save() would read it back first).
      await em.getRepository(Nomination).update({ id }, change);
      await em.getRepository(NominationEvent).insert({
        nominationId: id,
        fromStatus: before.status,
        toStatus: n.status,
        action,
        reason: reason ?? null,
        userId: user.id,
        at,
      });
      await this.audit.record(em, user, {
        action: `nomination.${action}`,
        entity: 'nominations',
        entityId: id,
        provinceSlug: n.provinceSlug,
        before,
        after: n,
      });
      // Last, so the quota lock is held only from here to the commit.
      if (action === 'approve') await this.checks.checkQuotaRoom(em, manifest, n);
      return n;
    });
  }

  /**
   * The same step on many nominations, in the order given, each through transition() in its own transaction with
   * its row lock (and the quota lock on approval), so a batch meets exactly the checks single steps meet: a row
   * refused is rolled back alone and reported with the code and message the single step would have answered.
   */
  async bulkTransition(
    user: Principal,
    action: NominationAction,
    ids: number[],
    reason?: string,
  ): Promise<BulkActionResult> {
    authorize(user, 'read', 'nominations');
    if (!actionsOf(user.role).includes(action))
      throw forbidden(
        `Vai trò của bạn không được thực hiện "${ACTION_LABELS[action].vi}" với đề nghị khen thưởng / your role cannot ${action} nominations`,
      );
    if (actionNeedsReason(action) && !reason)
      throw badRequest('reason: hãy ghi rõ lý do / a reason is required', 'reason-required');
    const results: BulkActionResult['results'] = [];
    for (const id of [...new Set(ids)]) {
      try {
        const n = await this.transition(user, id, action, reason);
        results.push({ id, ok: true, status: n.status });
      } catch (e) {
        const reply = errorReply(e);
        if (!reply) this.log.error(e instanceof Error ? e.stack : String(e));
        const body = reply?.body ?? INTERNAL_ERROR;
        const message = Array.isArray(body.message) ? body.message.join('; ') : body.message;
        results.push({ id, ok: false, error: { statusCode: body.statusCode, code: body.code, message } });
      }
    }
    const succeeded = results.filter((r) => r.ok).length;
    return { action, succeeded, failed: results.length - succeeded, results };
  }

  /** A reviewer's verdict on a qualitative criterion, then the nomination's criteria are judged again. */
  verdict(
    user: Principal,
    id: number,
    v: { criterionId: string; passed: boolean; comment?: string },
  ): Promise<CriterionCheck[]> {
    authorize(user, 'create', 'verdicts');
    return this.tx.run(async (em) => {
      const n = await this.getForUpdate(user, id, em);
      if (!['submitted', 'aggregated'].includes(n.status))
        throw conflict(
          'Chỉ đánh giá tiêu chí khi đề nghị đang được tổng hợp hoặc thẩm định / verdicts are given while a nomination is under review',
          'bad-status',
        );
      const criteria = await this.checks.applicableCriteria(em, n);
      const c = criteria.find((x) => x.id === v.criterionId);
      if (!c)
        throw badRequest(
          `criterionId: "${v.criterionId}" không áp dụng cho đề nghị này / does not apply to this nomination`,
          'bad-criterion',
        );
      if (c.kind !== 'qualitative')
        throw badRequest(
          'Tiêu chí định lượng được tính tự động từ số liệu / numeric criteria are computed from readings',
          'not-qualitative',
        );
      const repo = em.getRepository(CriterionCheck);
      const before = await repo.findOneBy({ nominationId: id, criterionId: c.id });
      await repo.delete({ nominationId: id, criterionId: c.id });
      await repo.insert({
        nominationId: id,
        criterionId: c.id,
        kind: c.kind,
        status: v.passed ? 'passed' : 'failed',
        value: null,
        detail: v.comment ?? (v.passed ? 'Đạt' : 'Không đạt'),
        checkedBy: user.id,
        checkedAt: now(),
      });
      await this.checks.evaluate(em, n, criteria);
      await this.audit.record(em, user, {
        action: 'criterion.verdict',
        entity: 'nominations',
        entityId: id,
        provinceSlug: n.provinceSlug,
        before,
        after: v,
      });
      return repo.find({ where: { nominationId: id }, order: { id: 'ASC' } });
    });
  }

  /** The nominee's denormalised fields; a unit clerk may name only their unit, a unit under it, or their people. */
  private async nominee(
    em: EntityManager,
    user: Principal,
    province: string,
    input: Pick<NominationInput, 'recipient' | 'nomineeUnitId' | 'nomineePersonId' | 'tier'>,
  ) {
    if (input.recipient === 'collective') {
      if (!input.nomineeUnitId)
        throw badRequest(
          'nomineeUnitId: hãy chọn tập thể được đề nghị / choose the nominated unit',
          'nominee-required',
        );
      const unit = await requireUnit(em, province, input.nomineeUnitId, 'nomineeUnitId');
      if (user.role === 'unit-clerk' && unit.id !== user.unitId && unit.parentId !== user.unitId)
        throw forbidden(
          `nomineeUnitId: "${unit.name}" không thuộc đơn vị của bạn; cán bộ đơn vị chỉ đề nghị đơn vị mình hoặc đơn vị trực thuộc / clerks nominate only their own unit or a unit under it`,
          'other-unit',
        );
      return {
        nomineeUnitId: unit.id,
        nomineePersonId: null,
        nomineeName: unit.name,
        nomineeSortKey: unit.sortKey,
        nomineeSearchText: unit.searchText,
        tier: unit.tier as Tier,
      };
    }
    if (!input.nomineePersonId)
      throw badRequest(
        'nomineePersonId: hãy chọn cá nhân được đề nghị / choose the nominated person',
        'nominee-required',
      );
    const person = await em.getRepository(Person).findOneBy({ id: input.nomineePersonId, provinceSlug: province });
    if (!person)
      throw badRequest(
        `nomineePersonId: cá nhân #${input.nomineePersonId} không thuộc tỉnh này / not in this province`,
        'bad-reference',
      );
    if (user.role === 'unit-clerk' && person.unitId !== user.unitId)
      throw forbidden(
        `nomineePersonId: cá nhân #${person.id} không thuộc đơn vị của bạn; cán bộ đơn vị chỉ đề nghị người của đơn vị mình / clerks nominate only people of their own unit`,
        'other-unit',
      );
    return {
      nomineeUnitId: null,
      nomineePersonId: person.id,
      nomineeName: person.fullName,
      nomineeSortKey: vietnameseSortKey(person.fullName),
      nomineeSearchText: searchText(person.fullName),
      tier: (input.tier ?? 'official') as Tier,
    };
  }
}
