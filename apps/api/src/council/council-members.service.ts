import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { assertVisible, type Principal, provinceScope, writeProvince } from '../auth/principal.js';
import { badRequest, conflict } from '../common/errors.js';
import { requireUnit } from '../crud/scoped-crud.js';
import { now, User } from '../database/entities/index.js';
import { Transactions } from '../database/transactions.js';
import { COUNCIL_MANAGERS, COUNCIL_READERS, forbiddenUnless, ROLE_ORDER } from './council.access.js';
import { CouncilMember } from './council.entities.js';
import type { MemberInput, MemberUpdate } from './council.input.js';

/** The council's members (chủ tịch, phó chủ tịch, ủy viên, thư ký), each optionally linked to a unit and an account. */
@Injectable()
export class CouncilMembersService {
  constructor(
    private readonly ds: DataSource,
    private readonly tx: Transactions,
    private readonly audit: AuditService,
  ) {}

  async members(user: Principal, province?: string) {
    const linked = await this.ds.getRepository(CouncilMember).findOneBy({ userId: user.id });
    forbiddenUnless(COUNCIL_READERS.includes(user.role) || !!linked);
    const slug = provinceScope(user, province);
    const rows = await this.ds
      .getRepository(CouncilMember)
      .find({ where: slug ? { provinceSlug: slug } : {}, order: { active: 'DESC', id: 'ASC' } });
    return rows.sort((a, b) => ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role) || a.id - b.id);
  }

  createMember(user: Principal, input: MemberInput) {
    forbiddenUnless(COUNCIL_MANAGERS.includes(user.role));
    const province = writeProvince(user, input.provinceSlug);
    return this.tx.run(async (em) => {
      await this.checkLinks(em, province, input.unitId, input.userId);
      const m = await em.getRepository(CouncilMember).save(
        em.getRepository(CouncilMember).create({
          provinceSlug: province,
          fullName: input.fullName,
          role: input.role,
          position: input.position,
          unitId: input.unitId,
          userId: input.userId,
          active: true,
          createdAt: now(),
        }),
      );
      await this.audit.record(em, user, {
        action: 'council.member.create',
        entity: 'council',
        entityId: m.id,
        provinceSlug: province,
        after: m,
      });
      return m;
    });
  }

  updateMember(user: Principal, id: number, input: MemberUpdate) {
    forbiddenUnless(COUNCIL_MANAGERS.includes(user.role));
    return this.tx.run(async (em) => {
      const m = await em.getRepository(CouncilMember).findOneBy({ id });
      assertVisible(user, m, 'thành viên Hội đồng');
      await this.checkLinks(em, m.provinceSlug, input.unitId ?? null, input.userId ?? null, id);
      const before = { ...m };
      Object.assign(m, Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)));
      const saved = await em.getRepository(CouncilMember).save(m);
      await this.audit.record(em, user, {
        action: 'council.member.update',
        entity: 'council',
        entityId: id,
        provinceSlug: m.provinceSlug,
        before,
        after: saved,
      });
      return saved;
    });
  }

  private async checkLinks(
    em: EntityManager,
    province: string,
    unitId: number | null,
    userId: number | null,
    self?: number,
  ) {
    if (unitId) await requireUnit(em, province, unitId, 'unitId');
    if (!userId) return;
    const u = await em.getRepository(User).findOneBy({ id: userId });
    if (!u || u.provinceSlug !== province)
      throw badRequest(
        `userId: tài khoản #${userId} không thuộc tỉnh này / not a user of this province`,
        'bad-reference',
      );
    const other = await em.getRepository(CouncilMember).findOneBy({ userId });
    if (other && other.id !== self)
      throw conflict(
        `Tài khoản "${u.username}" đã gắn với thành viên "${other.fullName}" / this account is already linked to a member`,
        'user-linked',
      );
  }
}
