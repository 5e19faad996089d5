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

  constructor(private readonly ds: DataSource) {
    this.serial = dialectOf(ds) === 'sqlite';
  }

  run<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    if (!this.serial) return this.ds.transaction(work);
    const next = this.queue.then(() => this.ds.transaction(work));
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
