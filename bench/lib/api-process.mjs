// Shared by the benches that run api replicas: the built api (apps/api/dist/main.js) as its own process, as an
// operator starts it, with the port, start-up wait, database reset and demo seed of the api's own ops tests
// (apps/api/test/ops/api-process.mjs). bench/ has no node_modules of its own: packages come from apps/api's.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort, waitForHealth } from '../../apps/api/test/ops/api-process.mjs';

export { freePort, resetPostgres, seedDemo } from '../../apps/api/test/ops/api-process.mjs';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
export const requireApi = createRequire(join(ROOT, 'apps/api/package.json'));
const MAIN = join(ROOT, 'apps/api/dist/main.js');
/** The replicas started here: a bench that fails halfway must not leave them running (they would load the next). */
const started = new Set();
process.on('exit', () => {
  for (const child of started) child.kill('SIGKILL');
});

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
  try {
    await waitForHealth(url, child, 180_000);
  } catch (e) {
    child.kill('SIGKILL');
    throw e;
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
