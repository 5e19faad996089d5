// Shared by the benches that run api replicas: the built api (apps/api/dist/main.js) as its own process, as an
// operator starts it (the same steps as apps/api/test/ops/process.ts, which the benches cannot import: it is
// TypeScript of the api's tests), an empty PostgreSQL database and the demo data on it. bench/ has no
// node_modules of its own: pg comes from apps/api's dependencies.
import { execFileSync, spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
export const requireApi = createRequire(join(ROOT, 'apps/api/package.json'));
const MAIN = join(ROOT, 'apps/api/dist/main.js');
/** The replicas started here: a bench that fails halfway must not leave them running (they would load the next). */
const started = new Set();
process.on('exit', () => {
  for (const child of started) child.kill('SIGKILL');
});

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
 * Starts one replica with `env` (on top of this process's environment) on `port` (a free one when absent) and
 * waits until /api/health answers. Its output goes to this process's stderr. `stop()` sends SIGTERM and resolves
 * when the process has ended (the api drains its requests and closes its pool first).
 * @param {Record<string, string>} env
 * @param {number} [port]
 */
export async function startApi(env, port) {
  port ??= await freePort();
  const child = spawn(process.execPath, [MAIN], {
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  started.add(child);
  const exited = new Promise((ok) =>
    child.on('exit', (code, signal) => {
      started.delete(child);
      ok(code ?? signal);
    }),
  );
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 180_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the api on port ${port} exited at start-up (${child.exitCode})`);
    const ok = await fetch(`${url}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`the api on port ${port} did not start`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    port,
    stop: () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
}

/** Empties a PostgreSQL database: the api's tables and the job queue's schema. Never point it at real data. */
export async function resetPostgres(url) {
  const pg = requireApi('pg');
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
  execFileSync(process.execPath, [join(ROOT, 'apps/api/dist/cli.js'), 'seed'], {
    env: { ...process.env, THIDUA_PROVINCES_DIR: join(ROOT, 'provinces'), ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}
