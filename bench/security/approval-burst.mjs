#!/usr/bin/env node
// Approval burst: N approvals sent at once on one quota (the test plan's "Bằng khen" of its interim review: 8
// individuals, one per nominating unit), through the real api over HTTP, served by one api replica and then by two
// (half the requests to each; replicas are processes of apps/api/dist/main.js on the same database and JWT_SECRET).
// Prints winners (must equal the cap, never more: the script exits non-zero otherwise), refusals, and the latency
// p50/p99/max of the burst, for each replica count side by side in one run. Runs on PostgreSQL when DATABASE_URL is
// set (the case that matters: approvals really run in parallel there, and two replicas are a real deployment) — the
// database's public schema is DROPPED first, so never point it at real data — else on a fresh SQLite file (one
// replica by default; two processes on one file serialise on its write lock). Beside the approvals it times the same
// burst of plain reads (what 150 requests cost this api on this machine at that moment) and, on PostgreSQL, the
// floor: one conditional counter UPDATE per approval straight on the database. Build first: pnpm build.
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/thidua_bench node bench/security/approval-burst.mjs
//   node bench/security/approval-burst.mjs --approvals 150 --rounds 3 --replicas 1,2
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { requireApi, resetPostgres, ROOT, startApi } from '../lib/api-process.mjs';

const API = pathToFileURL(join(ROOT, 'apps/api/'));
const pg = requireApi('pg');
const argon2 = requireApi('argon2');
// Imported by path, so the scripts' type check does not walk into dist/.
const { createApp } = await import(new URL('dist/app.js', API).href);
const { loadConfig } = await import(new URL('dist/config.js', API).href);
const { Nomination, Person, Unit, User } = await import(new URL('dist/database/entities/index.js', API).href);
const { DataSource } = requireApi('typeorm');

const option = (name) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const APPROVALS = Number(option('approvals') ?? 150);
const ROUNDS = Number(option('rounds') ?? 3);
const PG = Boolean(process.env.DATABASE_URL);
/** The replica counts to measure, e.g. `--replicas 2` or `--replicas 1,2` (the default on PostgreSQL). */
const REPLICAS = (option('replicas') ?? (PG ? '1,2' : '1')).split(',').map(Number);
const CAP = 8; // maxIndividuals of so-ket-2024 × bang-khen-ubnd-tinh in the fixture plan
const PASSWORD = 'mat-khau-do-tai-dong-thoi';
const TODAY = '2024-08-01';

if (PG) await resetPostgres(process.env.DATABASE_URL);
const dataDir = mkdtempSync(join(tmpdir(), 'thidua-bench-'));
const secret = process.env.JWT_SECRET ?? randomBytes(32).toString('hex');
const config = {
  ...loadConfig({
    ...process.env,
    THIDUA_DATA_DIR: dataDir,
    THIDUA_DEMO: '0',
    JWT_SECRET: secret,
  }),
  provincesDir: new URL('test/fixtures/provinces', API).pathname,
  today: TODAY,
  demo: false,
};
// This process only migrates and writes the rows of each round; the requests go to the replicas, child processes
// alike whatever their number, so one and two replicas are measured the same way (and apart from this client).
const app = await createApp(config, { logger: false });
const ds = app.get(DataSource);
const replicas = [];
for (let i = 0; i < Math.max(...REPLICAS); i++)
  replicas.push(
    await startApi({
      DATABASE_URL: process.env.DATABASE_URL ?? '',
      THIDUA_DATA_DIR: dataDir,
      JWT_SECRET: secret,
      THIDUA_DEMO: '0',
      THIDUA_PROVINCES_DIR: config.provincesDir,
      THIDUA_TODAY: TODAY,
      NOTIFY_INTERVAL_SECONDS: '0',
      LOG_LEVEL: 'error', // a refused approval (409) is logged as a warning
      // Each request comes as its own client (X-Forwarded-For, trusted from the loopback), as 150 clerks would:
      // the api's rate limit (1,000 requests a minute per client and replica) is not what this bench measures.
      THIDUA_TRUST_PROXY: 'loopback',
    }),
  );
const slug = 'thu-nghiem';

await ds.getRepository(User).save({
  username: 'bench.home',
  passwordHash: await argon2.hash(PASSWORD),
  fullName: 'Sở Nội vụ',
  role: 'home-affairs',
  provinceSlug: slug,
  unitId: null,
  active: true,
});
// One token for every replica: they share the signing secret.
const login = await fetch(`${replicas[0].url}/api/auth/login`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ username: 'bench.home', password: PASSWORD }),
});
const { token } = await login.json();

/** N appraised individual nominations, each from its own unit (so only the province-wide cap limits them). */
async function appraised(tag) {
  const ids = [];
  const at = new Date().toISOString();
  for (let i = 0; i < APPROVALS; i++) {
    const name = `UBND xã Đo ${tag}-${i}`;
    const unit = await ds.getRepository(Unit).save({
      provinceSlug: slug,
      name,
      sortKey: name,
      searchText: name.toLowerCase(),
      tier: 'district',
      parentId: null,
      code: null,
      staffCount: 10,
      validTo: null,
      successorId: null,
    });
    const fullName = `Nguyễn Văn Đo ${tag}-${i}`;
    const person = await ds.getRepository(Person).save({
      provinceSlug: slug,
      unitId: unit.id,
      fullName,
      sortKey: fullName,
      searchText: fullName.toLowerCase(),
      position: 'Chuyên viên',
      isLeader: false,
    });
    const n = await ds.getRepository(Nomination).save({
      provinceSlug: slug,
      phaseId: 'so-ket-2024',
      awardFormId: 'bang-khen-ubnd-tinh',
      nominatingUnitId: unit.id,
      recipient: 'individual',
      nomineeUnitId: null,
      nomineePersonId: person.id,
      nomineeName: fullName,
      nomineeSortKey: fullName,
      nomineeSearchText: fullName.toLowerCase(),
      tier: 'official',
      status: 'appraised',
      achievements: 'Thành tích',
      criteriaVersion: 1,
      criteriaStatus: 'passed',
      returnReason: null,
      awardKey: null,
      decisionId: null,
      createdBy: 1,
      createdAt: at,
      updatedAt: at,
      submittedAt: at,
    });
    ids.push(n.id);
  }
  return ids;
}

let unexpected = 0;
let client = 0;
/** Sends one request per id at once, in turn to each of the first n replicas; the answers with their latencies. */
function burst(n, ids, method, path) {
  return Promise.all(
    ids.map(async (id, i) => {
      const t = performance.now();
      const res = await fetch(`${replicas[i % n].url}/api${path(id)}`, {
        method,
        headers: {
          authorization: `Bearer ${token}`,
          'content-type': 'application/json',
          'x-forwarded-for': `10.8.${(client >> 8) & 255}.${client++ & 255}`,
        },
        body: method === 'POST' ? '{}' : undefined,
      });
      const body = await res.text();
      if (res.status !== 200 && res.status !== 409 && !unexpected++)
        console.error(`${method} ${path(id)}: ${res.status} ${body}`);
      return { status: res.status, ms: performance.now() - t };
    }),
  );
}

/**
 * The floor under the same load: the lightest possible quota check, one conditional UPDATE of a counter row per
 * approval in its own transaction, straight on the database through a pool the api's size (no HTTP, no api).
 */
async function counterFloor() {
  if (!process.env.DATABASE_URL) return null;
  const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
  await pool.query('CREATE TABLE IF NOT EXISTS bench_counter (k int PRIMARY KEY, used int NOT NULL)');
  await pool.query('DELETE FROM bench_counter; INSERT INTO bench_counter VALUES (1, 0)');
  const answers = await Promise.all(
    Array.from({ length: APPROVALS }, async () => {
      const t = performance.now();
      const c = await pool.connect();
      await c.query('BEGIN');
      const r = await c.query('UPDATE bench_counter SET used = used + 1 WHERE k = 1 AND used < $1', [CAP]);
      await c.query('COMMIT');
      c.release();
      return { status: r.rowCount === 1 ? 200 : 409, ms: performance.now() - t };
    }),
  );
  await pool.end();
  return answers;
}

const sorted = (answers) => answers.map((a) => a.ms).sort((a, b) => a - b);
const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
const rows = [];
const median = (rs, k) => rs.map((r) => r[k]).sort((a, b) => a - b)[Math.floor(rs.length / 2)];
for (let round = 1; round <= ROUNDS; round++) {
  // Alternate the order of the replica counts, so a drift of the machine's load does not favour one of them.
  const order = round % 2 ? REPLICAS : [...REPLICAS].reverse();
  for (const n of order) {
    // Each burst starts with the quota empty again.
    await ds.query(`DELETE FROM nomination_event`);
    await ds.query(`DELETE FROM nomination`);
    const ids = await appraised(`${round}.${n}`);
    // The same burst of reads first: what 150 requests at once cost this api on this machine right now.
    const reads = await burst(n, ids, 'GET', (id) => `/nominations/${id}`);
    const answers = await burst(n, ids, 'POST', (id) => `/nominations/${id}/actions/approve`);
    const floor = n === order[0] ? await counterFloor() : null;
    const ms = sorted(answers);
    const stored = await ds.query(`SELECT COUNT(*) AS n FROM nomination WHERE status = 'approved'`);
    rows.push({
      round,
      replicas: n,
      approvals: APPROVALS,
      winners: answers.filter((a) => a.status === 200).length,
      refused409: answers.filter((a) => a.status === 409).length,
      other: answers.filter((a) => a.status !== 200 && a.status !== 409).length,
      otherStatus: [...new Set([...answers, ...reads].map((a) => a.status).filter((c) => c !== 200 && c !== 409))].join(
        ' ',
      ),
      approvedInDb: Number(stored[0].n),
      doubleWins: Math.max(0, Number(stored[0].n) - CAP),
      p50ms: Math.round(pct(ms, 50)),
      p99ms: Math.round(pct(ms, 99)),
      maxMs: Math.round(ms.at(-1)),
      readsP50ms: Math.round(pct(sorted(reads), 50)),
      readsP99ms: Math.round(pct(sorted(reads), 99)),
      counterP99ms: floor ? Math.round(pct(sorted(floor), 99)) : null,
    });
  }
}
rows.sort((a, b) => a.replicas - b.replicas || a.round - b.round);
console.log(`Approval burst on ${PG ? 'PostgreSQL' : 'SQLite'} (cap ${CAP} individuals)`);
console.table(rows);
const wrong = rows.filter((r) => r.winners !== CAP || r.approvedInDb !== CAP || r.other > 0);
const floors = rows.filter((r) => r.counterP99ms !== null);
console.log(
  `\n${APPROVALS} approvals at once, medians of ${ROUNDS} rounds, load average ${loadavg()[0].toFixed(1)}` +
    (floors.length ? `; conditional counter (database alone) p99 ${median(floors, 'counterP99ms')} ms` : ''),
);
for (const n of REPLICAS) {
  const rs = rows.filter((r) => r.replicas === n);
  console.log(
    `${n} replica${n > 1 ? 's' : ' '}: winners ${rs.map((r) => r.winners).join('/')} (cap ${CAP}), refused ${rs
      .map((r) => r.refused409)
      .join('/')}; approvals p50/p99/max ${median(rs, 'p50ms')}/${median(rs, 'p99ms')}/${median(rs, 'maxMs')} ms; ` +
      `the same burst of reads p50/p99 ${median(rs, 'readsP50ms')}/${median(rs, 'readsP99ms')} ms`,
  );
}
if (wrong.length) {
  console.error(`WRONG: ${wrong.length} burst(s) did not end with exactly ${CAP} winners and no other answers`);
  process.exitCode = 1;
}
await Promise.all(replicas.map((r) => r.stop()));
await app.close();
