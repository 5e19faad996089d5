import { Injectable } from '@nestjs/common';
import {
  COUNTS_AGAINST_QUOTA,
  nominationWindow,
  quotaRemaining,
  quotaTotal,
  reportDueDates,
  upcomingDeadlines,
} from '@thidua/domain';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { authorize, type Principal, provinceScope } from '../auth/principal.js';
import { Clock } from '../common/clock.js';
import { badRequest, notFound } from '../common/errors.js';
import { DeadlineExtension, Nomination, now, Registration, Report } from '../database/entities/index.js';
import { Transactions } from '../database/transactions.js';
import { countedQuota } from '../nominations/quota-usage.js';
import { ProvincesRegistry } from '../provinces/provinces.registry.js';

/** A province's running movement: its dashboard, quota meters and phase deadlines. */
@Injectable()
export class MovementService {
  constructor(
    private readonly ds: DataSource,
    private readonly tx: Transactions,
    private readonly audit: AuditService,
    private readonly provinces: ProvincesRegistry,
    private readonly clock: Clock,
  ) {}

  /** The province a user may look into: their own (anyone else's is a 404, as if it did not exist). */
  private scope(user: Principal, slug: string) {
    const manifest = this.provinces.get(slug);
    if (provinceScope(user, slug) !== slug) throw notFound(`Không có tỉnh "${slug}" / no province "${slug}"`);
    return manifest;
  }

  async quotaUse(user: Principal, slug: string) {
    authorize(user, 'read', 'nominations');
    const m = this.scope(user, slug);
    const rows = await this.ds
      .getRepository(Nomination)
      .createQueryBuilder('n')
      .select(['n.phaseId AS "phaseId"', 'n.awardFormId AS "awardFormId"', 'n.recipient AS "recipient"'])
      .addSelect('COUNT(*)', 'count')
      .where('n.provinceSlug = :slug AND n.status IN (:...st)', { slug, st: COUNTS_AGAINST_QUOTA })
      .groupBy('n.phaseId')
      .addGroupBy('n.awardFormId')
      .addGroupBy('n.recipient')
      .getRawMany<{ phaseId: string; awardFormId: string; recipient: string; count: string }>();
    // The same counted cap the approval enforces: a share becomes places on today's base.
    const counted = await Promise.all(
      m.quotas.map((q) => countedQuota(this.ds.manager, m, { provinceSlug: slug, ...q }, q)),
    );
    return m.quotas.map((q, i) => {
      const { quota = q, share } = counted[i]!;
      const used = (r: string) =>
        Number(
          rows.find((x) => x.phaseId === q.phaseId && x.awardFormId === q.awardFormId && x.recipient === r)?.count ?? 0,
        );
      const usage = { collectives: used('collective'), individuals: used('individual') };
      return {
        phaseId: q.phaseId,
        awardFormId: q.awardFormId,
        limits: quotaTotal(quota),
        perNominatingUnit: q.perNominatingUnit ?? null,
        decidedByHead: !!q.decidedByHead,
        used: usage,
        remaining: quotaRemaining(quota, usage),
        share,
        source: q.source,
      };
    });
  }

  async windows(user: Principal, slug: string) {
    authorize(user, 'read', 'deadlines');
    const m = this.scope(user, slug);
    const extensions = await this.ds.getRepository(DeadlineExtension).findBy({ provinceSlug: slug });
    const today = this.clock.today();
    return m.phases.map((p) => ({
      phaseId: p.id,
      name: p.name,
      today,
      extendedTo: extensions.find((e) => e.phaseId === p.id)?.extendedTo ?? null,
      ...nominationWindow(p, today, extensions.find((e) => e.phaseId === p.id)?.extendedTo),
    }));
  }

  async dashboard(user: Principal, slug: string) {
    authorize(user, 'read', 'nominations');
    const m = this.scope(user, slug);
    const qb = this.ds
      .getRepository(Nomination)
      .createQueryBuilder('n')
      .select('n.status', 'status')
      .addSelect('COUNT(*)', 'count')
      .where('n.provinceSlug = :slug', { slug });
    if (user.role === 'unit-clerk') qb.andWhere('n.nominatingUnitId = :u', { u: user.unitId ?? -1 });
    const byStatus = Object.fromEntries(
      (await qb.groupBy('n.status').getRawMany<{ status: string; count: string }>()).map((r) => [
        r.status,
        Number(r.count),
      ]),
    );
    const today = this.clock.today();
    return {
      today,
      byStatus,
      quotaUse: await this.quotaUse(user, slug),
      overdueReports: await this.overdueReports(slug, today),
      nextDeadlines: upcomingDeadlines(m, today, 6),
    };
  }

  /** Registered units whose yearly report is past due and missing, or came late. */
  private async overdueReports(slug: string, today: string) {
    const m = this.provinces.get(slug);
    const [registrations, reports] = await Promise.all([
      this.ds.getRepository(Registration).findBy({ provinceSlug: slug }),
      this.ds.getRepository(Report).findBy({ provinceSlug: slug }),
    ]);
    const out: { unitId: number; year: number; dueOn: string; submittedOn: string | null }[] = [];
    for (const r of registrations) {
      const due = m.workflow.reportDeadlines
        .flatMap((d) => reportDueDates(d, `${r.year}-01-01`, `${r.year}-12-31`))
        .sort()[0];
      if (!due || due >= today) continue;
      const report = reports.find((x) => x.unitId === r.unitId && x.year === r.year);
      if (!report || report.submittedOn > due)
        out.push({ unitId: r.unitId, year: r.year, dueOn: due, submittedOn: report?.submittedOn ?? null });
    }
    return out;
  }

  /** An administrator moves a phase's nomination deadline; audited with the reason. */
  extendDeadline(user: Principal, slug: string, phaseId: string, extendedTo: string, reason: string) {
    authorize(user, 'update', 'deadlines');
    const m = this.scope(user, slug);
    const phase = m.phases.find((p) => p.id === phaseId);
    if (!phase) throw notFound(`Không có đợt "${phaseId}" / no phase "${phaseId}"`);
    if (extendedTo < phase.period.from)
      throw badRequest(
        `extendedTo: hạn mới (${extendedTo}) trước khi đợt bắt đầu (${phase.period.from})`,
        'bad-deadline',
      );
    return this.tx.run(async (em) => {
      const repo = em.getRepository(DeadlineExtension);
      const before = await repo.findOneBy({ provinceSlug: slug, phaseId });
      const row = before
        ? repo.merge(before, { extendedTo, by: user.id, at: now() })
        : repo.create({ provinceSlug: slug, phaseId, extendedTo, by: user.id, at: now() });
      const saved = await repo.save({ ...row });
      await this.audit.record(em, user, {
        action: 'deadline.extend',
        entity: 'phases',
        entityId: `${slug}/${phaseId}`,
        provinceSlug: slug,
        before: { deadline: before?.extendedTo ?? phase.nominationDeadline ?? phase.period.to },
        after: { deadline: extendedTo, reason },
      });
      return saved;
    });
  }
}
