import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Principal } from '../auth/principal.js';
import { AuditEvent, now } from '../database/entities/index.js';
import { redact } from './redact.js';

/**
 * Writes audit events inside the caller's transaction, so a change and its record commit or fail together.
 * Secrets (password hashes, tokens) are redacted before they are stored.
 */
@Injectable()
export class AuditService {
  async record(
    em: EntityManager,
    user: Pick<Principal, 'id' | 'username'> | null,
    e: {
      action: string;
      /** Who acted when there is no user yet (a failed login: the name typed); the user's name by default. */
      username?: string;
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
      username: user?.username ?? e.username ?? 'system',
      action: e.action,
      entity: e.entity,
      entityId: e.entityId === undefined || e.entityId === null ? null : String(e.entityId),
      before: redact(e.before ?? null) as never,
      after: redact(e.after ?? null) as never,
      at: now(),
    });
  }
}
