// The built api as its own process, as an operator runs it: shared by the api's ops tests (process.ts) and the
// benches (bench/lib/api-process.mjs), so both start, wait for, empty and seed it the same way. Plain JavaScript:
// the benches run it with node as it is.
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import process from 'node:process';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const REPO = join(dirname(fileURLToPath(import.meta.url)), '../../../..');

/** A free TCP port on the loopback. */
export function freePort() {
  return new Promise((ok, fail) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const address = s.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      s.close(() => ok(port));
    });
    s.on('error', fail);
  });
}

/**
 * Waits until the api at `url` answers /api/health; fails if its process ends first or after `ms`. `detail` adds
 * what the process printed, when the caller kept it.
 * @param {string} url
 * @param {import('node:child_process').ChildProcess} child
 * @param {number} ms
 * @param {() => string} [detail]
 */
export async function waitForHealth(url, child, ms, detail = () => '') {
  const deadline = Date.now() + ms;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the api at ${url} exited at start-up (${child.exitCode})${detail()}`);
    const ok = await globalThis.fetch(`${url}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    if (Date.now() > deadline) throw new Error(`the api at ${url} did not start${detail()}`);
    await sleep(200);
  }
}

/**
 * Empties a PostgreSQL database: the api's tables and the job queue's schema. Never point it at real data.
 * @param {string} url
 */
export async function resetPostgres(url) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(
    'DROP SCHEMA IF EXISTS thidua_jobs CASCADE; DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;',
  );
  await client.end();
}

/**
 * `node dist/cli.js seed`: migrations and the demo data of the real provinces (the api loads them by itself on
 * the embedded database only).
 * @param {Record<string, string>} env
 */
export function seedDemo(env) {
  execFileSync(process.execPath, [join(REPO, 'apps/api/dist/cli.js'), 'seed'], {
    env: { ...process.env, THIDUA_PROVINCES_DIR: join(REPO, 'provinces'), ...env },
    stdio: 'pipe',
  });
}
