import { randomBytes } from 'node:crypto';
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from '../../src/config.js';
import { freePort, waitForHealth } from './api-process.mjs';

export const MAIN = join(REPO_ROOT, 'apps/api/dist/main.js');
export { freePort, resetPostgres, seedDemo } from './api-process.mjs';

export interface ApiProcess {
  child: ChildProcess;
  url: string;
  output: () => string;
  /** Resolves with the exit code (or the signal's name) when the process ends. */
  exited: Promise<number | string>;
}

const SECRET = randomBytes(32).toString('hex');

/** Starts the built api (dist/main.js) as its own process, as an operator would, and waits until it answers. */
export async function spawnApi(env: Record<string, string>): Promise<ApiProcess> {
  const port = await freePort();
  let out = '';
  const child = spawn(process.execPath, [MAIN], {
    env: {
      ...process.env,
      THIDUA_DATA_DIR: mkdtempSync(join(tmpdir(), 'thidua-proc-')),
      // On PostgreSQL the api refuses to start without a secret (README, Security).
      JWT_SECRET: process.env.JWT_SECRET || SECRET,
      ...env,
      PORT: String(port),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<number | string>((ok) => child.on('exit', (code, signal) => ok(code ?? signal ?? -1)));
  const url = `http://127.0.0.1:${port}`;
  await waitForHealth(url, child, 120_000, () => `:\n${out}`);
  return { child, url, output: () => out, exited };
}

/** Logs in over HTTP and returns the Authorization header. */
export async function loginHeader(url: string, username: string, password: string): Promise<Record<string, string>> {
  const res = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (res.status !== 200) throw new Error(`login ${username}: ${res.status} ${await res.text()}`);
  return { Authorization: `Bearer ${((await res.json()) as { token: string }).token}` };
}

/** Polls `f` every 200 ms until it gives a value, or fails naming what it waited for. */
export async function until<T>(what: string, f: () => Promise<T | undefined>, ms = 90_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = await f();
    if (v !== undefined) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}
