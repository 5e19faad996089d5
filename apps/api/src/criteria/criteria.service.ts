import { Injectable } from '@nestjs/common';
import { type Criterion, criterionSchema, formatIssue, validateManifest } from '@thidua/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { authorize, type Principal, writeProvince } from '../auth/principal.js';
import { badRequest, conflict, notFound } from '../common/errors.js';
import { userNames } from '../crud/user-names.js';
import { CriteriaVersion, now } from '../database/entities/index.js';
import { Transactions } from '../database/transactions.js';
import { ProvincesRegistry } from '../provinces/provinces.registry.js';

export type CriteriaChange =
  | { change: 'add'; baseVersion: number; reason: string; criterion: Criterion }
  | { change: 'edit'; baseVersion: number; reason: string; criterionId: string; criterion: Criterion }
  | { change: 'retire'; baseVersion: number; reason: string; criterionId: string };

/**
 * A province's criteria, versioned. Version 1 is the plugin's list; every add, edit or retirement stores the
 * whole new list as the next version with who, when and why. An edit based on an older version is refused (409).
 */
@Injectable()
export class CriteriaService {
  constructor(
    private readonly ds: DataSource,
    private readonly tx: Transactions,
    private readonly audit: AuditService,
    private readonly provinces: ProvincesRegistry,
  ) {}

  /** Stores version 1 (the plugin's criteria) for every province that has none yet. */
  async seedFromPlugins(): Promise<void> {
    for (const { manifest } of this.provinces.all()) {
      await this.tx.run(async (em) => {
        if (await em.getRepository(CriteriaVersion).existsBy({ provinceSlug: manifest.slug })) return;
        await em.getRepository(CriteriaVersion).insert({
          provinceSlug: manifest.slug,
          version: 1,
          criteria: manifest.criteria,
          change: 'plugin',
          criterionId: null,
          reason: 'Tiêu chí theo kế hoạch / criteria of the plan',
          authorId: null,
          createdAt: '2000-01-01T00:00:00.000Z',
        });
      });
    }
  }

  /** The version in force at a moment (a UTC ISO instant, see `isoInstant`), or the latest. */
  async inForce(slug: string, at?: string, em: EntityManager = this.ds.manager): Promise<CriteriaVersion> {
    this.provinces.get(slug);
    const qb = em.getRepository(CriteriaVersion).createQueryBuilder('v').where('v.provinceSlug = :slug', { slug });
    if (at) qb.andWhere('v.createdAt <= :at', { at });
    const v = await qb.orderBy('v.version', 'DESC').getOne();
    if (!v) throw notFound(`Chưa có tiêu chí cho thời điểm ${at} / no criteria in force at ${at}`);
    return v;
  }

  async version(slug: string, version: number, em: EntityManager = this.ds.manager): Promise<CriteriaVersion> {
    const v = await em.getRepository(CriteriaVersion).findOneBy({ provinceSlug: slug, version });
    if (!v) throw notFound(`Không có phiên bản tiêu chí ${version} / no criteria version ${version}`);
    return v;
  }

  /** Every version, newest first, with its author's name (null for the plan's own version 1). */
  async history(slug: string): Promise<(CriteriaVersion & { authorName: string | null })[]> {
    this.provinces.get(slug);
    const versions = await this.ds
      .getRepository(CriteriaVersion)
      .find({ where: { provinceSlug: slug }, order: { version: 'DESC' } });
    const names = await userNames(
      this.ds.manager,
      versions.map((v) => v.authorId),
    );
    return versions.map((v) => ({ ...v, authorName: v.authorId === null ? null : (names.get(v.authorId) ?? null) }));
  }

  change(user: Principal, slug: string, c: CriteriaChange): Promise<CriteriaVersion> {
    authorize(user, 'update', 'criteria');
    const province = writeProvince(user, slug);
    if (province !== slug) throw notFound(`Không có tỉnh "${slug}" / no province "${slug}"`);
    const manifest = this.provinces.get(slug);
    return this.tx.run(async (em) => {
      const current = await this.inForce(slug, undefined, em);
      if (c.baseVersion !== current.version) {
        throw conflict(
          `Tiêu chí đã được người khác sửa (phiên bản hiện tại ${current.version}, bạn sửa từ phiên bản ${c.baseVersion}); hãy tải lại / criteria changed meanwhile (now v${current.version}, you edited v${c.baseVersion})`,
          'stale-criteria',
        );
      }
      const list = current.criteria as Criterion[];
      const index = c.change === 'add' ? -1 : list.findIndex((x) => x.id === c.criterionId);
      if (c.change !== 'add' && index < 0)
        throw notFound(`Không có tiêu chí "${c.criterionId}" / no criterion "${c.criterionId}"`);
      let next: Criterion[];
      if (c.change === 'add') {
        if (list.some((x) => x.id === c.criterion.id))
          throw conflict(`Đã có tiêu chí "${c.criterion.id}" / criterion id taken`, 'criterion-exists');
        next = [...list, c.criterion];
      } else if (c.change === 'edit') {
        if (c.criterion.id !== c.criterionId)
          throw badRequest('criterion.id: không đổi được mã tiêu chí / the id cannot change');
        next = list.map((x, i) => (i === index ? c.criterion : x));
      } else next = list.filter((_, i) => i !== index);
      // The new list must still be a valid manifest (tiers of the plan, catalogue indicators, operators).
      const check = validateManifest({ ...manifest, criteria: next }, slug);
      if (!check.ok) throw badRequest(check.issues.map(formatIssue).join('; '), 'invalid-criterion');
      const saved = await em.getRepository(CriteriaVersion).save(
        em.getRepository(CriteriaVersion).create({
          provinceSlug: slug,
          version: current.version + 1,
          criteria: next,
          change: c.change,
          criterionId: c.change === 'add' ? c.criterion.id : c.criterionId,
          reason: c.reason,
          authorId: user.id,
          createdAt: now(),
        }),
      );
      await this.audit.record(em, user, {
        action: `criteria.${c.change}`,
        entity: 'criteria',
        entityId: `${slug}@${saved.version}`,
        provinceSlug: slug,
        before: index >= 0 ? list[index] : null,
        after: c.change === 'retire' ? null : c.criterion,
      });
      return saved;
    });
  }
}

export const CriterionBody = criterionSchema;
