import { AsyncLocalStorage } from 'node:async_hooks';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { dialectOf } from './data-source.js';

/**
 * Runs work in one database transaction. SQLite has one connection, so write transactions are queued here
 * (an interleaved BEGIN would fail); PostgreSQL runs them in parallel and relies on row locks (see lockQuota).
 */
@Injectable()
export class Transactions {
  private queue: Promise<unknown> = Promise.resolve();
  private readonly serial: boolean;
  /** The transaction the current call runs in, so a service called from another's transaction joins it. */
  private readonly current = new AsyncLocalStorage<EntityManager>();

  constructor(private readonly ds: DataSource) {
    this.serial = dialectOf(ds) === 'sqlite';
  }

  run<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    const outer = this.current.getStore();
    if (outer) return work(outer);
    const inside = (em: EntityManager) => this.current.run(em, () => work(em));
    if (!this.serial) return this.ds.transaction(inside);
    const next = this.queue.then(() => this.ds.transaction(inside));
    this.queue = next.catch(() => undefined);
    return next;
  }

  /**
   * Takes the lock of one quota (phase × award form) until the transaction ends, so concurrent approvals count
   * the same rows one after another. The lock row is created on first use.
   */
  async lockQuota(em: EntityManager, key: string): Promise<void> {
    if (this.serial) return; // already serialised
    await em.query('INSERT INTO quota_lock ("key") VALUES ($1) ON CONFLICT DO NOTHING', [key]);
    await em.query('SELECT "key" FROM quota_lock WHERE "key" = $1 FOR UPDATE', [key]);
  }
}
