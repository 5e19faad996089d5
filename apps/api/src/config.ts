import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, found from this file (dist/ or src/ of apps/api). */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

export interface AppConfig {
  port: number;
  /** PostgreSQL when set; otherwise the embedded SQLite file under dataDir. */
  databaseUrl: string | undefined;
  dataDir: string;
  provincesDir: string;
  consoleDir: string;
  jwtSecret: string;
  tokenTtlSeconds: number;
  /** Demo mode loads demo data and demo users on first start of an empty embedded database. */
  demo: boolean;
  /** Overrides "today" for phase windows (demo data and tests live in the movements' past). */
  today: string | undefined;
  /** pino level of the JSON logs on stdout (LOG_LEVEL: fatal, error, warn, info, debug, trace, silent). */
  logLevel: string;
  /** Bearer token that unlocks Prometheus metrics at /api/metrics (METRICS_TOKEN); metrics are off without it. */
  metricsToken: string | undefined;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const dataDir = resolve(env.THIDUA_DATA_DIR ?? join(REPO_ROOT, 'data'));
  mkdirSync(dataDir, { recursive: true });
  return {
    port: Number(env.PORT ?? 3000),
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir,
    provincesDir: resolve(env.THIDUA_PROVINCES_DIR ?? join(REPO_ROOT, 'provinces')),
    consoleDir: resolve(env.THIDUA_CONSOLE_DIR ?? join(REPO_ROOT, 'apps/console/dist')),
    jwtSecret: env.JWT_SECRET ?? 'thidua-dev-secret-change-me',
    tokenTtlSeconds: Number(env.TOKEN_TTL_SECONDS ?? 8 * 3600),
    demo: env.THIDUA_DEMO !== '0' && !env.DATABASE_URL,
    today: env.THIDUA_TODAY,
    logLevel: env.LOG_LEVEL ?? 'info',
    metricsToken: env.METRICS_TOKEN || undefined,
  };
}
