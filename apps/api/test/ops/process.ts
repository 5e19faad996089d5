import { randomBytes } from 'node:crypto';
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { REPO_ROOT } from '../../src/config.js';

export const MAIN = join(REPO_ROOT, 'apps/api/dist/main.js');

/** A free TCP port on the loopback. */
export function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => ok(port));
    });
    s.on('error', fail);
  });
}

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
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the api exited at start-up:\n${out}`);
    const ok = await fetch(`${url}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    if (Date.now() > deadline) throw new Error(`the api did not start:\n${out}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return { child, url, output: () => out, exited };
}

/** Empties a PostgreSQL database (the api's tables and the job queue's schema). */
export async function resetPostgres(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(
    'DROP SCHEMA IF EXISTS thidua_jobs CASCADE; DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;',
  );
  await client.end();
}

/** `node dist/cli.js seed`: migrations and the demo data of the real provinces. */
export function seedDemo(env: Record<string, string>): void {
  execFileSync(process.execPath, [join(REPO_ROOT, 'apps/api/dist/cli.js'), 'seed'], {
    env: { ...process.env, THIDUA_PROVINCES_DIR: join(REPO_ROOT, 'provinces'), ...env },
    stdio: 'pipe',
  });
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
