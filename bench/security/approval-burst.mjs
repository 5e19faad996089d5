#!/usr/bin/env node
// Approval burst: N approvals sent at once on one quota (the test plan's "Bằng khen" of its interim review: 8
// individuals, one per nominating unit), through the real api over HTTP. Prints winners (must equal the cap, never
// more), refusals, and the latency p50/p99/max of the burst. Runs on PostgreSQL when DATABASE_URL is set (the case
// that matters: approvals really run in parallel there) — the database's public schema is DROPPED first, so never
// point it at real data — else on a fresh SQLite file. Beside the approvals it times the same burst of plain reads
// (what 150 requests cost this api on this machine at that moment) and, on PostgreSQL, the floor: one conditional
// counter UPDATE per approval straight on the database. Build first: pnpm --filter @thidua/api... build.
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/thidua_bench node bench/security/approval-burst.mjs
//   node bench/security/approval-burst.mjs --approvals 150 --rounds 3
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const API = new URL('../../apps/api/', import.meta.url);
const requireApi = createRequire(new URL('package.json', API));
const pg = requireApi('pg');
const argon2 = requireApi('argon2');
const { createApp } = await import(new URL('dist/app.js', API).href);
const { loadConfig } = await import(new URL('dist/config.js', API).href);
const { Nomination, Person, Unit, User } = await import(new URL('dist/database/entities/index.js', API).href);
const { DataSource } = requireApi('typeorm');

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const APPROVALS = arg('approvals', 150);
const ROUNDS = arg('rounds', 3);
const CAP = 8; // maxIndividuals of so-ket-2024 × bang-khen-ubnd-tinh in the fixture plan
const PASSWORD = 'mat-khau-do-tai-dong-thoi';

if (process.env.DATABASE_URL) {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  await client.query('DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;');
  await client.end();
}
const config = {
  ...loadConfig({
    ...process.env,
    THIDUA_DATA_DIR: mkdtempSync(join(tmpdir(), 'thidua-bench-')),
    THIDUA_DEMO: '0',
    JWT_SECRET: process.env.JWT_SECRET ?? randomBytes(32).toString('hex'),
  }),
  provincesDir: new URL('test/fixtures/provinces', API).pathname,
  today: '2024-08-01',
  demo: false,
};
const app = await createApp(config, { logger: false });
await app.listen(0, '127.0.0.1');
const base = `http://127.0.0.1:${app.getHttpServer().address().port}/api`;
const ds = app.get(DataSource);
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
const login = await fetch(`${base}/auth/login`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ username: 'bench.home', password: PASSWORD }),
});
const { token } = await login.json();

/** N appraised individual nominations, each from its own unit (so only the province-wide cap limits them). */
async function appraised(round) {
  const ids = [];
  const at = new Date().toISOString();
  for (let i = 0; i < APPROVALS; i++) {
    const name = `UBND xã Đo ${round}-${i}`;
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
    const fullName = `Nguyễn Văn Đo ${round}-${i}`;
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

/** Sends one request per id at once; the answers with their latencies. */
function burst(ids, method, path) {
  return Promise.all(
    ids.map(async (id) => {
      const t = performance.now();
      const res = await fetch(`${base}${path(id)}`, {
        method,
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: method === 'POST' ? '{}' : undefined,
      });
      await res.arrayBuffer();
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
  // Each round starts with the quota empty again.
  await ds.query(`DELETE FROM nomination_event`);
  await ds.query(`DELETE FROM nomination`);
  const ids = await appraised(round);
  // The same burst of reads first: what 150 requests at once cost this api on this machine right now.
  const reads = await burst(ids, 'GET', (id) => `/nominations/${id}`);
  const answers = await burst(ids, 'POST', (id) => `/nominations/${id}/actions/approve`);
  const floor = await counterFloor();
  const ms = sorted(answers);
  const stored = await ds.query(`SELECT COUNT(*) AS n FROM nomination WHERE status = 'approved'`);
  rows.push({
    round,
    approvals: APPROVALS,
    winners: answers.filter((a) => a.status === 200).length,
    refused409: answers.filter((a) => a.status === 409).length,
    other: answers.filter((a) => a.status !== 200 && a.status !== 409).length,
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
console.log(`Approval burst on ${process.env.DATABASE_URL ? 'PostgreSQL' : 'SQLite'} (cap ${CAP} individuals)`);
console.table(rows);
const [load1] = (await import('node:os')).loadavg();
console.log(
  `p50/p99: approvals ${median(rows, 'p50ms')}/${median(rows, 'p99ms')} ms; the same burst of reads ${median(rows, 'readsP50ms')}/${median(rows, 'readsP99ms')} ms; ` +
    `conditional counter (database alone) p99 ${median(rows, 'counterP99ms')} ms — medians of ${ROUNDS} rounds, load average ${load1.toFixed(1)}`,
);
await app.close();
