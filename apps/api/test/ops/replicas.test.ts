import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../src/config.js';
import { DEMO_PASSWORD } from '../../src/demo/demo-data.js';
import { type ApiProcess, loginHeader, resetPostgres, seedDemo, spawnApi, until } from './process.js';

const URL = process.env.DATABASE_URL;
const replicas: ApiProcess[] = [];
afterAll(() => {
  for (const r of replicas) if (r.child.exitCode === null) r.child.kill('SIGKILL');
});

// Two api processes on one PostgreSQL database, each with its own data folder: the job queue and the files are
// in the database, so a job outlives its replica and its file is served by the other.
describe.skipIf(!URL)('two replicas on one PostgreSQL', () => {
  it('a certificates job whose replica is killed (SIGKILL) finishes on the other; progress is visible from both', async () => {
    await resetPostgres(URL!);
    const shared = {
      THIDUA_PROVINCES_DIR: join(REPO_ROOT, 'provinces'),
      JWT_SECRET: 'replicas-test-secret-0123456789abcdef',
      LOG_LEVEL: 'warn',
    };
    seedDemo({ ...shared, DATABASE_URL: URL!, THIDUA_DATA_DIR: mkdtempSync(join(tmpdir(), 'thidua-seed-')) });
    replicas.push(await spawnApi({ ...shared, DATABASE_URL: URL! }));
    replicas.push(await spawnApi({ ...shared, DATABASE_URL: URL! }));
    const [a, b] = replicas as [ApiProcess, ApiProcess];
    const auth = await loginHeader(a.url, 'bac-kan.quantri', DEMO_PASSWORD);
    const decisions = (await (await fetch(`${a.url}/api/decisions`, { headers: auth })).json()) as { id: number }[];

    // B is frozen (SIGSTOP) while the job starts, so A runs it; A is killed mid-job, B is thawed.
    const db = new pg.Client({ connectionString: URL });
    await db.connect();
    b.child.kill('SIGSTOP');
    const started = await fetch(`${a.url}/api/decisions/${decisions[0]!.id}/certificates?format=pdf`, {
      method: 'POST',
      headers: auth,
    });
    expect(started.status).toBe(202);
    const job = (await started.json()) as { id: number };
    const status = async () =>
      (await db.query<{ status: string }>('SELECT status FROM background_job WHERE id = $1', [job.id])).rows[0]!.status;
    await until('replica A to start the job', async () => ((await status()) === 'queued' ? undefined : true), 60_000);
    a.child.kill('SIGKILL');
    expect(await a.exited).toBe('SIGKILL');
    expect(await status(), 'the job finished before its replica could be killed').toBe('running');
    b.child.kill('SIGCONT');
    // What A left is visible from B: the job is running (its heartbeat has not expired yet).
    const seen = (await (await fetch(`${b.url}/api/jobs/${job.id}`, { headers: auth })).json()) as { status: string };
    expect(seen.status).toBe('running');
    await db.end();
    const survivor = b;

    const done = await until('the job to finish on the surviving replica', async () => {
      const seen = (await (await fetch(`${survivor.url}/api/jobs/${job.id}`, { headers: auth })).json()) as {
        status: string;
      };
      if (seen.status === 'failed') throw new Error(`the job failed: ${JSON.stringify(seen)}`);
      return seen.status === 'done' ? seen : undefined;
    });
    expect(done).toMatchObject({ status: 'done', error: null });
    const file = await fetch(`${survivor.url}/api/jobs/${job.id}/file`, { headers: auth });
    expect(file.status).toBe(200);
    expect(
      Buffer.from(await file.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
  }, 240_000);
});
