import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Principal } from '../auth/principal.js';
import { AuditEvent, now } from '../database/entities/index.js';

/** Writes audit events inside the caller's transaction, so a change and its record commit or fail together. */
@Injectable()
export class AuditService {
  async record(
    em: EntityManager,
    user: Principal | null,
    e: {
      action: string;
      entity: string;
      entityId?: string | number | null;
      provinceSlug: string | null;
      before?: unknown;
      after?: unknown;
    },
  ): Promise<void> {
    await em.getRepository(AuditEvent).insert({
      provinceSlug: e.provinceSlug,
      userId: user?.id ?? null,
      username: user?.username ?? 'system',
      action: e.action,
      entity: e.entity,
      entityId: e.entityId === undefined || e.entityId === null ? null : String(e.entityId),
      before: (e.before ?? null) as never,
      after: (e.after ?? null) as never,
      at: now(),
    });
  }
}
