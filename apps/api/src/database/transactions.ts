import { AsyncLocalStorage } from 'node:async_hooks';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, type EntityTarget, type ObjectLiteral } from 'typeorm';
import { dialectOf } from './data-source.js';

/**
 * Runs work in one database transaction. SQLite has one connection, so write transactions are queued here
 * (an interleaved BEGIN would fail) and every read inside one already sees the latest committed state;
 * PostgreSQL runs them in parallel and relies on the row locks below.
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

  /** Work to do once a transaction has committed (nothing if it rolls back), by the transaction's manager. */
  private readonly committed = new WeakMap<EntityManager, (() => void)[]>();

  run<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    const outer = this.current.getStore();
    if (outer) return work(outer);
    const after: (() => void)[] = [];
    const inside = (em: EntityManager) => {
      this.committed.set(em, after);
      return this.current.run(em, () => work(em));
    };
    const done = (result: T) => {
      for (const f of after) setImmediate(f);
      return result;
    };
    if (!this.serial) return this.ds.transaction(inside).then(done);
    const next = this.queue.then(() => this.ds.transaction(inside));
    this.queue = next.catch(() => undefined);
    return next.then(done);
  }

  /**
   * Runs `f` after the transaction `em` belongs to commits (never if it rolls back). Outside one of ours (a plain
   * manager, whose writes commit as they go) it runs at once, on the next turn.
   */
  afterCommit(em: EntityManager, f: () => void): void {
    const after = this.committed.get(em);
    if (after) after.push(f);
    else setImmediate(f);
  }

  /**
   * Reads a row by id and holds it (SELECT … FOR UPDATE) until the transaction ends, so a second step on the
   * same row waits and then sees what the first one wrote.
   */
  async findForUpdate<E extends ObjectLiteral>(
    em: EntityManager,
    entity: EntityTarget<E>,
    id: number,
  ): Promise<E | null> {
    return (await this.findAllForUpdate(em, entity, [id]))[0] ?? null;
  }

  /** The same for several rows, locked in id order so two transactions cannot deadlock over them. */
  findAllForUpdate<E extends ObjectLiteral>(em: EntityManager, entity: EntityTarget<E>, ids: number[]): Promise<E[]> {
    if (!ids.length) return Promise.resolve([]);
    const qb = em.getRepository(entity).createQueryBuilder('r').where('r.id IN (:...ids)', { ids }).orderBy('r.id');
    if (!this.serial) qb.setLock('pessimistic_write');
    return qb.getMany();
  }

  /**
   * Takes a named lock (a quota, a unit's share of it) until the transaction ends, so concurrent steps that count
   * the same rows do it one after another. One statement creates the lock row on first use and locks it.
   * Take it as late as possible: it is held until commit.
   */
  async lock(em: EntityManager, key: string): Promise<void> {
    if (this.serial) return; // already serialised
    await em.query(
      'INSERT INTO quota_lock ("key") VALUES ($1) ON CONFLICT ("key") DO UPDATE SET "key" = EXCLUDED."key"',
      [key],
    );
  }
}
