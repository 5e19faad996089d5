import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Principal } from '../auth/principal.js';
import { AuditEvent, now } from '../database/entities/index.js';
import { Transactions } from '../database/transactions.js';
import { redact } from './redact.js';

/**
 * Writes audit events inside the caller's transaction, so a change and its record commit or fail together.
 * Secrets (password hashes, tokens) are redacted before they are stored.
 */
@Injectable()
export class AuditService {
  private readonly listeners: { actions: ReadonlySet<string>; f: (e: CommittedEvent) => void }[] = [];

  constructor(private readonly tx: Transactions) {}

  /** Calls `f` with each event of these actions once the transaction that recorded it has committed. */
  onCommitted(actions: readonly string[], f: (e: CommittedEvent) => void): void {
    this.listeners.push({ actions: new Set(actions), f });
  }

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
    const row = await em.getRepository(AuditEvent).insert({
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
    const id = Number(row.identifiers[0]?.id);
    for (const l of this.listeners.filter((x) => x.actions.has(e.action)))
      this.tx.afterCommit(em, () =>
        l.f({ id, action: e.action, provinceSlug: e.provinceSlug, userId: user?.id ?? null }),
      );
  }
}

/** An audit event whose change has committed. */
export interface CommittedEvent {
  id: number;
  action: string;
  provinceSlug: string | null;
  userId: number | null;
}
