import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const REPO = resolve(import.meta.dirname, '../../..');
const API = join(REPO, 'apps/api');

function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.unref();
    server.on('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => ok(port));
    });
  });
}

function run(args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((ok, fail) => {
    const child = spawn(process.execPath, args, { cwd: REPO, env, stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    child.on('exit', (code) => (code === 0 ? ok() : fail(new Error(`${args.join(' ')} exited ${code}: ${err}`))));
  });
}

/** PostgreSQL runs of the suite start from an empty public schema, then load the demo data with the api's seed command. */
async function resetPostgres(url: string, env: NodeJS.ProcessEnv): Promise<void> {
  const pg = createRequire(join(API, 'package.json'))('pg') as {
    Client: new (o: { connectionString: string }) => {
      connect(): Promise<void>;
      query(q: string): Promise<unknown>;
      end(): Promise<void>;
    };
  };
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query('DROP SCHEMA IF EXISTS public CASCADE');
  await client.query('CREATE SCHEMA public');
  await client.end();
  await run([join(API, 'dist/cli.js'), 'seed'], env);
}

export interface RunningApi {
  url: string;
  /** Restarts on the same data with "today" pinned (the phase windows depend on it). */
  restart(today: string | undefined): Promise<void>;
  stop(): Promise<void>;
}

/**
 * The real api (apps/api/dist/main.js) serving the console's build, on a free port, on a fresh embedded database
 * with demo data, or on DATABASE_URL when it is set.
 */
export async function startApi(): Promise<RunningApi> {
  const dataDir = mkdtempSync(join(tmpdir(), 'thidua-console-e2e-'));
  const port = await freePort();
  const base: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    THIDUA_DATA_DIR: dataDir,
    THIDUA_DEMO: '1',
    THIDUA_CONSOLE_DIR: join(REPO, 'apps/console/dist'),
    TOKEN_TTL_SECONDS: '7200',
    // On PostgreSQL the api refuses to start without a secret (the embedded database makes its own).
    JWT_SECRET: process.env.JWT_SECRET || randomBytes(32).toString('hex'),
  };
  delete base.THIDUA_TODAY;
  if (process.env.DATABASE_URL) await resetPostgres(process.env.DATABASE_URL, base);
  let child: ChildProcess | undefined;
  let log = '';
  const url = `http://127.0.0.1:${port}`;

  const start = async (today: string | undefined) => {
    log = '';
    // Its own process group, so stopping it also ends the Chromium it may have started for documents.
    child = spawn(process.execPath, [join(API, 'dist/main.js')], {
      cwd: REPO,
      env: { ...base, ...(today ? { THIDUA_TODAY: today } : {}) },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    child.stdout!.on('data', (d) => (log += d));
    child.stderr!.on('data', (d) => (log += d));
    const deadline = Date.now() + 90_000;
    while (Date.now() < deadline) {
      if (child.exitCode !== null) throw new Error(`api exited ${child.exitCode}:\n${log}`);
      try {
        if ((await fetch(`${url}/api/health`)).ok) return;
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 300));
    }
    throw new Error(`api did not start:\n${log}`);
  };
  const stopChild = async () => {
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((r) => child!.once('exit', r));
    const group = -child.pid!;
    process.kill(group, 'SIGTERM');
    const killer = setTimeout(() => process.kill(group, 'SIGKILL'), 5000);
    await exited;
    clearTimeout(killer);
    try {
      process.kill(group, 'SIGKILL'); // whatever of the group outlived the api
    } catch {
      // already gone
    }
  };

  await start(undefined);
  return {
    url,
    async restart(today) {
      await stopChild();
      await start(today);
    },
    async stop() {
      await stopChild();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
