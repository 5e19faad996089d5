import type { DataSource } from 'typeorm';
import type { LoginLimits } from '../config.js';
import { dialectOf } from '../database/data-source.js';
import { LoginThrottle } from '../database/entities/index.js';

/** Keys of the failed-login counts: the account (whether it exists or not) and the client address. */
export const accountKey = (username: string) => `user:${username.trim().toLowerCase()}`;
export const addressKey = (ip: string) => `ip:${ip}`;

export type ThrottleKey = { key: string; limit: number };

/** A refusal: the key that is locked and until when. */
export interface Lock {
  key: string;
  until: string;
}

/**
 * Failed-login counting in the database, so that replicas share it and a restart does not reset it. Each attempt
 * is counted before the password is checked (one upsert per key, atomic on both databases), so parallel guesses
 * cannot slip past the limit; a success takes its count back. A window that passed, or a lock that ended, starts
 * the count again.
 */
export class LoginThrottler {
  constructor(
    private readonly ds: DataSource,
    readonly limits: LoginLimits,
  ) {}

  /** Counts an attempt on each key; a lock when one of them is locked or over its limit (then locked from now). */
  async attempt(keys: ThrottleKey[]): Promise<{ lock: Lock | null; counts: number[] }> {
    const at = new Date();
    const counts: number[] = [];
    let lock: Lock | null = null;
    for (const { key, limit } of keys) {
      const row = await this.count(key, at);
      counts.push(row.failures);
      const until =
        row.lockedUntil && row.lockedUntil > at.toISOString()
          ? row.lockedUntil
          : row.failures > limit
            ? await this.lock(key, at)
            : null;
      if (until && (!lock || until > lock.until)) lock = { key, until };
    }
    return { lock, counts };
  }

  /** After a wrong password: locks the keys whose count reached their limit. */
  async failed(keys: ThrottleKey[], counts: number[]): Promise<Lock | null> {
    let lock: Lock | null = null;
    for (const [i, { key, limit }] of keys.entries())
      if (counts[i]! >= limit) lock = { key, until: await this.lock(key, new Date()) };
    return lock;
  }

  /**
   * After a right password: the account starts afresh; the address only gets this attempt back. Counts whose
   * window or lock has passed are forgotten too (they would start again anyway), so guessed names do not pile up.
   */
  async succeeded(account: string, address: string): Promise<void> {
    const repo = this.ds.getRepository(LoginThrottle);
    await repo.delete({ key: account });
    await repo.decrement({ key: address }, 'failures', 1);
    const at = new Date();
    await repo
      .createQueryBuilder()
      .delete()
      .where('("lockedUntil" IS NULL AND "since" <= :start) OR "lockedUntil" <= :now', {
        start: new Date(at.getTime() - this.limits.windowSeconds * 1000).toISOString(),
        now: at.toISOString(),
      })
      .execute();
  }

  /** An administrator lifts an account's lock. */
  async unlock(account: string): Promise<boolean> {
    return !!(await this.ds.getRepository(LoginThrottle).delete({ key: account })).affected;
  }

  async lockedUntil(key: string): Promise<string | null> {
    const row = await this.ds.getRepository(LoginThrottle).findOneBy({ key });
    return row?.lockedUntil && row.lockedUntil > new Date().toISOString() ? row.lockedUntil : null;
  }

  private async count(key: string, at: Date): Promise<{ failures: number; lockedUntil: string | null }> {
    const windowStart = new Date(at.getTime() - this.limits.windowSeconds * 1000).toISOString();
    const t = 'login_throttle';
    const stale = `(${t}."lockedUntil" IS NOT NULL AND ${t}."lockedUntil" <= $2) OR (${t}."lockedUntil" IS NULL AND ${t}."since" <= $3)`;
    const rows = (await this.query(
      `INSERT INTO ${t} ("key", "failures", "since", "lockedUntil") VALUES ($1, 1, $2, NULL)
       ON CONFLICT ("key") DO UPDATE SET
         "failures" = CASE WHEN ${stale} THEN 1 ELSE ${t}."failures" + 1 END,
         "since" = CASE WHEN ${stale} THEN $2 ELSE ${t}."since" END,
         "lockedUntil" = CASE WHEN ${stale} THEN NULL ELSE ${t}."lockedUntil" END
       RETURNING "failures", "lockedUntil"`,
      [key, at.toISOString(), windowStart],
    )) as { failures: number; lockedUntil: string | null }[];
    return { failures: Number(rows[0]!.failures), lockedUntil: rows[0]!.lockedUntil };
  }

  private async lock(key: string, at: Date): Promise<string> {
    const until = new Date(at.getTime() + this.limits.lockSeconds * 1000).toISOString();
    await this.ds.getRepository(LoginThrottle).update({ key }, { lockedUntil: until });
    return until;
  }

  /** `$n` placeholders on both dialects (SQLite takes them as `?` in order of appearance). */
  private query(sql: string, params: unknown[]): Promise<unknown> {
    if (dialectOf(this.ds) === 'postgres') return this.ds.query(sql, params);
    const ordered: unknown[] = [];
    const text = sql.replace(/\$(\d+)/g, (_, n: string) => {
      ordered.push(params[Number(n) - 1]);
      return '?';
    });
    return this.ds.query(text, ordered);
  }
}
