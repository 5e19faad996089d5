import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, found from this file (dist/ or src/ of apps/api). */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** A setting that makes the api unsafe or unable to start; main prints the message and exits non-zero. */
export class ConfigError extends Error {}

export interface LoginLimits {
  /** Failed logins of one account within the window before it is locked. */
  accountFailures: number;
  /** Failed logins from one client address within the window before it is refused. */
  ipFailures: number;
  windowSeconds: number;
  /** How long a lock lasts (an administrator can lift an account's lock earlier). */
  lockSeconds: number;
}

export interface AppConfig {
  port: number;
  /** PostgreSQL when set; otherwise the embedded SQLite file under dataDir. */
  databaseUrl: string | undefined;
  dataDir: string;
  provincesDir: string;
  /** The country's administrative map the comparison counts on (THIDUA_COUNTRY_MAP, a JSON file). */
  countryMapFile: string;
  consoleDir: string;
  /** JWT_SECRET; when absent, see signingSecret(). */
  jwtSecret: string | undefined;
  tokenTtlSeconds: number;
  /** Express "trust proxy": off unless THIDUA_TRUST_PROXY names the proxies (hops, addresses or subnets). */
  trustProxy: boolean | number | string;
  login: LoginLimits;
  /** Demo mode loads demo data and demo users on first start of an empty embedded database. */
  demo: boolean;
  /** Overrides "today" for phase windows (demo data and tests live in the movements' past). */
  today: string | undefined;
  /** SMTP server for notification emails (smtp://user:pass@host:587); none = in-app notifications only. */
  smtpUrl: string | undefined;
  smtpFrom: string;
  /** How often each replica runs reminders and sends pending emails; 0 = never (tests call the run route). */
  notifyIntervalSeconds: number;
  /** pino level of the JSON logs on stdout (LOG_LEVEL: fatal, error, warn, info, debug, trace, silent). */
  logLevel: string;
  /** Bearer token that unlocks Prometheus metrics at /api/metrics (METRICS_TOKEN); metrics are off without it. */
  metricsToken: string | undefined;
}

const num = (value: string | undefined, fallback: number) => (value ? Number(value) : fallback);

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const dataDir = resolve(env.THIDUA_DATA_DIR ?? join(REPO_ROOT, 'data'));
  mkdirSync(dataDir, { recursive: true });
  return {
    port: Number(env.PORT ?? 3000),
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir,
    provincesDir: resolve(env.THIDUA_PROVINCES_DIR ?? join(REPO_ROOT, 'provinces')),
    countryMapFile: resolve(env.THIDUA_COUNTRY_MAP ?? join(REPO_ROOT, 'provinces', 'country-map.json')),
    consoleDir: resolve(env.THIDUA_CONSOLE_DIR ?? join(REPO_ROOT, 'apps/console/dist')),
    jwtSecret: env.JWT_SECRET || undefined,
    tokenTtlSeconds: num(env.TOKEN_TTL_SECONDS, 8 * 3600),
    trustProxy: trustProxy(env.THIDUA_TRUST_PROXY),
    login: {
      accountFailures: num(env.THIDUA_LOGIN_MAX_FAILURES, 5),
      ipFailures: num(env.THIDUA_LOGIN_MAX_FAILURES_PER_IP, 50),
      windowSeconds: 15 * 60,
      lockSeconds: num(env.THIDUA_LOGIN_LOCK_MINUTES, 15) * 60,
    },
    demo: env.THIDUA_DEMO !== '0' && !env.DATABASE_URL,
    today: env.THIDUA_TODAY,
    smtpUrl: env.SMTP_URL || undefined,
    smtpFrom: env.SMTP_FROM ?? 'thidua <no-reply@thidua.local>',
    notifyIntervalSeconds: Number(env.NOTIFY_INTERVAL_SECONDS ?? 300),
    logLevel: env.LOG_LEVEL ?? 'info',
    metricsToken: env.METRICS_TOKEN || undefined,
  };
}

/** "2" → two hops, "true" → every hop, anything else → Express's list of trusted addresses or subnets. */
function trustProxy(value: string | undefined): boolean | number | string {
  if (!value || value === 'false') return false;
  if (value === 'true') return true;
  return /^\d+$/.test(value) ? Number(value) : value;
}

const MIN_SECRET = 32;

/**
 * The key tokens are signed with. JWT_SECRET when set (at least 32 characters); on the embedded database a
 * random one made on first start and kept in the data folder (readable by its owner only); never a built-in one,
 * so a token cannot be forged from the source code.
 */
export function signingSecret(config: Pick<AppConfig, 'jwtSecret' | 'databaseUrl' | 'dataDir'>): string {
  if (config.jwtSecret) {
    if (config.jwtSecret.length < MIN_SECRET)
      throw new ConfigError(`JWT_SECRET must be at least ${MIN_SECRET} characters (e.g. openssl rand -hex 32).`);
    return config.jwtSecret;
  }
  if (config.databaseUrl)
    throw new ConfigError(
      'JWT_SECRET is not set: with DATABASE_URL every replica must sign with the same secret. ' +
        'Set JWT_SECRET to a random string of at least 32 characters (e.g. openssl rand -hex 32).',
    );
  const file = join(config.dataDir, 'jwt-secret');
  try {
    // 'wx': of two processes starting at once, the second keeps the first one's secret.
    if (!existsSync(file)) writeFileSync(file, randomBytes(48).toString('base64url'), { mode: 0o600, flag: 'wx' });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
  }
  return readFileSync(file, 'utf8').trim();
}
