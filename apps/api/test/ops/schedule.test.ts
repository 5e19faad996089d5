import { afterAll, describe, expect, it } from 'vitest';
import { PgBossRunner } from '../../src/jobs/runners.js';
import { resetPostgres, until } from './process.js';

/**
 * Scheduled work (the deadline reminders) runs once per cluster, not once per replica: two job runners on one
 * PostgreSQL database (each with its own pool and cron worker, as two api processes have) schedule the same task
 * every minute, and the minute's tick runs on exactly one of them. A cron ticks by the minute, so this waits for
 * one (up to ~70 s).
 */
const URL = process.env.DATABASE_URL;
const runners: PgBossRunner[] = [];
afterAll(() => Promise.all(runners.map((r) => r.stop())));

describe.skipIf(!URL)('a schedule on PostgreSQL with two replicas', () => {
  it('runs each tick on one replica only', { timeout: 150_000 }, async () => {
    await resetPostgres(URL!);
    const ticks: string[] = [];
    for (const name of ['a', 'b']) {
      const runner = new PgBossRunner(URL!, (e) => ticks.push(`error on ${name}: ${String(e)}`));
      runners.push(runner);
      await runner.start(async () => undefined);
      await runner.schedule('thidua-test-tick', '* * * * *', async () => {
        ticks.push(`${name} at ${new Date().toISOString().slice(11, 16)}`);
      });
    }
    await until('the first tick', async () => (ticks.length ? true : undefined), 100_000);
    // Both cron workers look again every 5 s and both poll the queue: a second run of the tick would show by now.
    await new Promise((r) => setTimeout(r, 12_000));
    expect(ticks).toHaveLength(1);
    expect(ticks[0]).toMatch(/^[ab] at /);
  });
});
