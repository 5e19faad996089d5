// Shared by generate.mjs and run.mjs: sizes, paths, the 63 provinces, database access through apps/api's
// dependencies (bench/ has no node_modules of its own).
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const HERE = dirname(fileURLToPath(import.meta.url));
export const REPO = join(HERE, '../..');
export const API = join(REPO, 'apps/api');
export const DATA = join(HERE, '.data');
export const PROVINCES_DIR = join(DATA, 'provinces');
export const requireApi = createRequire(join(API, 'package.json'));
export const domain = await import(join(REPO, 'packages/domain/dist/index.js'));

export const YEARS = [2021, 2022, 2023, 2024, 2025, 2026];
/** "Today" for the api under test: after the 2025 reorganisation, inside the data's last year. */
export const TODAY = '2026-06-30';
export const BENCH_YEAR = 2025;
export const PASSWORD = 'Bench@2026';
export const DEFAULT_PG = 'postgres://postgres@127.0.0.1:5432/thidua_bench';

/**
 * Sizes: `full` is the national scale of the brief (63 provinces × 2,000–4,000 units, 6 years × 30 indicators
 * ≈ 20 M readings, 500 k nominations); the others shrink units and nominations by a factor.
 */
export const SIZES = {
  full: { unitsMin: 2000, unitsMax: 4000, nominations: 500_000, readingPerMille: 588, people: 3 },
  half: { unitsMin: 1000, unitsMax: 2000, nominations: 250_000, readingPerMille: 588, people: 3 },
  quarter: { unitsMin: 500, unitsMax: 1000, nominations: 125_000, readingPerMille: 588, people: 3 },
  small: { unitsMin: 100, unitsMax: 200, nominations: 25_000, readingPerMille: 588, people: 2 },
  tiny: { unitsMin: 20, unitsMax: 40, nominations: 5_000, readingPerMille: 588, people: 2 },
};

export function args(argv = process.argv.slice(2)) {
  const out = {
    size: 'full',
    db: 'postgres',
    url: process.env.BENCH_DATABASE_URL ?? DEFAULT_PG,
    force: false,
    proposedIndexes: false,
    requests: 40,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--size') out.size = argv[++i];
    else if (a === '--sqlite') out.db = 'sqlite';
    else if (a === '--pg') out.url = argv[++i];
    else if (a === '--force') out.force = true;
    else if (a === '--proposed-indexes') out.proposedIndexes = true;
    else if (a === '--requests') out.requests = Number(argv[++i]);
    else throw new Error(`unknown argument ${a}`);
  }
  if (!SIZES[out.size]) throw new Error(`--size must be one of ${Object.keys(SIZES).join(', ')}`);
  return out;
}

export function sqliteDir(size) {
  const dir = join(DATA, `sqlite-${size}`);
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** A tiny database client over pg or better-sqlite3 with the same `query(sql)` / `close()` surface. */
export async function connect(opts) {
  if (opts.db === 'sqlite') {
    const Database = requireApi('better-sqlite3');
    const file = join(sqliteDir(opts.size), 'thidua.sqlite');
    const db = new Database(file);
    db.pragma('journal_mode = WAL');
    return {
      dialect: 'sqlite',
      file,
      async query(sql, params = []) {
        const st = db.prepare(sql);
        return st.reader ? st.all(...params) : (st.run(...params), []);
      },
      async exec(sql) {
        db.exec(sql);
      },
      async insertMany(table, columns, rows) {
        const st = db.prepare(
          `INSERT INTO ${table} (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
        );
        db.transaction((rs) => {
          for (const r of rs) st.run(...r.map((v) => (typeof v === 'boolean' ? Number(v) : v)));
        })(rows);
      },
      async tx(fn) {
        db.exec('BEGIN');
        try {
          await fn();
          db.exec('COMMIT');
        } catch (e) {
          db.exec('ROLLBACK');
          throw e;
        }
      },
      async close() {
        db.close();
      },
    };
  }
  const pg = requireApi('pg');
  const client = new pg.Client({ connectionString: opts.url });
  await client.connect();
  return {
    dialect: 'postgres',
    url: opts.url,
    async query(sql, params = []) {
      return (await client.query(sql, params)).rows;
    },
    async exec(sql) {
      await client.query(sql);
    },
    async insertMany(table, columns, rows) {
      const per = Math.floor(60000 / columns.length);
      for (let i = 0; i < rows.length; i += per) {
        const chunk = rows.slice(i, i + per);
        const values = chunk
          .map((_, r) => `(${columns.map((__, c) => `$${r * columns.length + c + 1}`).join(', ')})`)
          .join(', ');
        await client.query(
          `INSERT INTO ${table} (${columns.map((c) => `"${c}"`).join(', ')}) VALUES ${values}`,
          chunk.flat(),
        );
      }
    },
    async tx(fn) {
      await client.query('BEGIN');
      try {
        await fn();
        await client.query('COMMIT');
      } catch (e) {
        await client.query('ROLLBACK');
        throw e;
      }
    },
    async close() {
      await client.end();
    },
  };
}

/** Creates the PostgreSQL database of the bench if it does not exist (it is the bench's own, never `test`). */
export async function ensurePgDatabase(url) {
  const pg = requireApi('pg');
  const target = new URL(url);
  const name = target.pathname.slice(1);
  if (!/^thidua_bench\w*$/.test(name))
    throw new Error(`refusing to use database "${name}": the bench owns databases named thidua_bench*`);
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const c = new pg.Client({ connectionString: admin.toString() });
  await c.connect();
  const found = await c.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
  if (!found.rowCount) await c.query(`CREATE DATABASE ${name}`);
  await c.end();
}

export const exists = existsSync;

/**
 * Vietnam's 63 provinces before 2025 and where each went on 1 July 2025 (Nghị quyết 202/2025/QH15): 34 remain.
 * Bench data only: core code never names a province.
 */
export const PROVINCES = [
  ['Hà Nội'],
  ['Hải Phòng'],
  ['Hà Giang', 'tuyen-quang'],
  ['Cao Bằng'],
  ['Bắc Kạn', 'thai-nguyen'],
  ['Tuyên Quang'],
  ['Lào Cai'],
  ['Điện Biên'],
  ['Lai Châu'],
  ['Sơn La'],
  ['Yên Bái', 'lao-cai'],
  ['Hòa Bình', 'phu-tho'],
  ['Thái Nguyên'],
  ['Lạng Sơn'],
  ['Quảng Ninh'],
  ['Bắc Giang', 'bac-ninh'],
  ['Phú Thọ'],
  ['Vĩnh Phúc', 'phu-tho'],
  ['Bắc Ninh'],
  ['Hải Dương', 'hai-phong'],
  ['Hưng Yên'],
  ['Thái Bình', 'hung-yen'],
  ['Hà Nam', 'ninh-binh'],
  ['Nam Định', 'ninh-binh'],
  ['Ninh Bình'],
  ['Thanh Hóa'],
  ['Nghệ An'],
  ['Hà Tĩnh'],
  ['Quảng Bình', 'quang-tri'],
  ['Quảng Trị'],
  ['Thừa Thiên Huế'],
  ['Đà Nẵng'],
  ['Quảng Nam', 'da-nang'],
  ['Quảng Ngãi'],
  ['Bình Định', 'gia-lai'],
  ['Phú Yên', 'dak-lak'],
  ['Khánh Hòa'],
  ['Ninh Thuận', 'khanh-hoa'],
  ['Bình Thuận', 'lam-dong'],
  ['Kon Tum', 'quang-ngai'],
  ['Gia Lai'],
  ['Đắk Lắk'],
  ['Đắk Nông', 'lam-dong'],
  ['Lâm Đồng'],
  ['Bình Phước', 'dong-nai'],
  ['Tây Ninh'],
  ['Bình Dương', 'ho-chi-minh'],
  ['Đồng Nai'],
  ['Bà Rịa - Vũng Tàu', 'ho-chi-minh'],
  ['Hồ Chí Minh'],
  ['Long An', 'tay-ninh'],
  ['Tiền Giang', 'dong-thap'],
  ['Bến Tre', 'vinh-long'],
  ['Trà Vinh', 'vinh-long'],
  ['Vĩnh Long'],
  ['Đồng Tháp'],
  ['An Giang'],
  ['Kiên Giang', 'an-giang'],
  ['Cần Thơ'],
  ['Hậu Giang', 'can-tho'],
  ['Sóc Trăng', 'can-tho'],
  ['Bạc Liêu', 'ca-mau'],
  ['Cà Mau'],
].map(([name, into]) => ({ name, slug: domain.searchText(name).replace(/[^a-z0-9]+/g, '-'), into: into ?? null }));

const percentile = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)];
};
/** Milliseconds as printed in the tables: one decimal under 10. */
export const ms = (x) => (x === null ? '—' : x < 10 ? x.toFixed(1) : String(Math.round(x)));

/** Warm p50 / p95 of `fn` over `n` runs, one at a time, after three runs to warm up. */
export async function timed(n, fn) {
  for (let i = 0; i < 3; i++) await fn();
  const times = [];
  for (let i = 0; i < n; i++) {
    const t = process.hrtime.bigint();
    await fn();
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return { p50: percentile(times, 0.5), p95: percentile(times, 0.95) };
}

/**
 * Starts the built api (apps/api/dist) on the generated dataset over real HTTP, logs in the bench's national
 * administrator and province user, and returns `get(path, who)` that fetches a whole response.
 */
export async function startBenchApi(opts) {
  const { createApp } = await import(pathToFileURL(join(API, 'dist/app.js')).href);
  const { loadConfig } = await import(pathToFileURL(join(API, 'dist/config.js')).href);
  const env = {
    ...process.env,
    THIDUA_DEMO: '0',
    THIDUA_DATA_DIR: sqliteDir(opts.size),
    DATABASE_URL: opts.db === 'postgres' ? opts.url : '',
    // On PostgreSQL the api refuses to start without a signing secret (README, Security).
    JWT_SECRET: process.env.JWT_SECRET || randomBytes(32).toString('hex'),
  };
  const config = { ...loadConfig(env), provincesDir: PROVINCES_DIR, today: TODAY, demo: false };
  const t0 = Date.now();
  const app = await createApp(config, { logger: ['error'] });
  await app.listen(0, '127.0.0.1');
  const startup = Date.now() - t0;
  const base = `http://127.0.0.1:${app.getHttpServer().address().port}/api`;
  const login = async (username) => {
    const res = await fetch(`${base}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password: PASSWORD }),
    });
    if (!res.ok) throw new Error(`login ${username}: ${res.status}`);
    return (await res.json()).token;
  };
  const tokens = { national: await login('bench.quocgia'), province: await login('bench.tinh') };
  const get = async (path, who = 'national') => {
    const res = await fetch(`${base}${path}`, { headers: { authorization: `Bearer ${tokens[who]}` } });
    if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
    return { headers: res.headers, bytes: await res.arrayBuffer() };
  };
  return { get, close: () => app.close(), startup };
}
