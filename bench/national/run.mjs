#!/usr/bin/env node
// Loads the generated dataset into the real api (apps/api/dist, real HTTP) and prints, for each comparison
// endpoint, warm p50 / p95 latency beside the floor: the best hand-written SQL for the same numbers on the same
// data (floor.mjs), run the way the api runs its own (side by side on a pool on PostgreSQL, one after another on
// SQLite). Build first: pnpm --filter @thidua/domain build && pnpm --filter @thidua/api build.
//   node bench/national/run.mjs                           # PostgreSQL, database thidua_bench (generate --size full)
//   node bench/national/run.mjs --sqlite --size small     # the embedded SQLite file of generate --size small --sqlite
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  args,
  BENCH_YEAR,
  connect,
  domain,
  ms,
  PROVINCES_DIR,
  requireApi,
  startBenchApi,
  timed,
  TODAY,
} from './lib.mjs';
import { floorStatements } from './floor.mjs';

const opts = args();

async function loadManifests() {
  const out = [];
  for (const slug of readdirSync(PROVINCES_DIR).sort()) {
    out.push(
      domain.parseManifest(
        (await import(pathToFileURL(join(PROVINCES_DIR, slug, 'dist/index.js')).href)).default,
        slug,
      ),
    );
  }
  return out;
}

/** The floor's runner: the statements side by side on PostgreSQL (as the api does), in turn on SQLite. */
async function floorRunner() {
  if (opts.db === 'sqlite') {
    const db = await connect(opts);
    return {
      run: async (sqls) => {
        for (const s of sqls) await db.query(s);
      },
      close: () => db.close(),
    };
  }
  const pg = requireApi('pg');
  const pool = new pg.Pool({ connectionString: opts.url, max: 10 });
  return { run: (sqls) => Promise.all(sqls.map((s) => pool.query(s))), close: () => pool.end() };
}

const db = await connect(opts);
const meta = Object.fromEntries((await db.query('SELECT k, v FROM bench_meta')).map((r) => [r.k, r.v]));
await db.close();
if (meta.size !== opts.size)
  throw new Error(`the database holds size "${meta.size}", not "${opts.size}": pass --size ${meta.size}`);

const { get, close, startup } = await startBenchApi(opts);

const manifests = await loadManifests();
const drill = meta['province-user'];
const phaseIds = (phaseKind) => [
  ...new Set(manifests.flatMap((m) => domain.phasesInScope(m, { year: BENCH_YEAR, phaseKind }).map((p) => p.id))),
];
const y = BENCH_YEAR;
const scenarios = [
  { label: 'plans, 63 provinces', path: '/comparison/plans', floor: null },
  {
    label: `outcomes ${y}, boundaries of the time`,
    path: `/comparison/outcomes?year=${y}`,
    floor: { boundaries: 'then' },
  },
  {
    label: `outcomes ${y}, today's boundaries`,
    path: `/comparison/outcomes?year=${y}&boundaries=today`,
    floor: { boundaries: 'today' },
  },
  {
    label: `outcomes ${y}, tier commune`,
    path: `/comparison/outcomes?year=${y}&tier=commune`,
    floor: { boundaries: 'then', tier: 'commune' },
  },
  {
    label: `outcomes ${y}, tier commune, today`,
    path: `/comparison/outcomes?year=${y}&tier=commune&boundaries=today`,
    floor: { boundaries: 'today', tier: 'commune' },
  },
  {
    label: `outcomes ${y}, final reviews only`,
    path: `/comparison/outcomes?year=${y}&phaseKind=final-review`,
    floor: { boundaries: 'then', phaseKind: 'final-review' },
  },
  {
    label: `outcomes ${y} + drill-down (${drill})`,
    path: `/comparison/outcomes?year=${y}&province=${drill}`,
    floor: { boundaries: 'then', province: drill },
  },
  {
    label: `outcomes ${y}, province user (${drill})`,
    path: `/comparison/outcomes?year=${y}`,
    who: 'province',
    floor: { boundaries: 'then' },
  },
  { label: `outcomes ${y} as XLSX`, path: `/comparison/outcomes?year=${y}&format=xlsx`, floor: { boundaries: 'then' } },
  { label: 'plans as XLSX', path: '/comparison/plans?format=xlsx', floor: null },
];

const floor = await floorRunner();
const rows = [];
for (const s of scenarios) {
  const api = await timed(opts.requests, () => get(s.path, s.who));
  let f = null;
  if (s.floor) {
    const sqls = floorStatements({ year: y, today: TODAY, phaseIds: phaseIds(s.floor.phaseKind), ...s.floor });
    f = await timed(opts.requests, () => floor.run(sqls));
  } else {
    // Plans come from the manifests in memory: the floor is the domain's comparePlans alone.
    f = await timed(opts.requests, async () => domain.comparePlans(manifests));
  }
  rows.push({ label: s.label, ...api, floor50: f.p50, floor95: f.p95 });
  console.error(`${s.label}: p50 ${ms(api.p50)} ms, p95 ${ms(api.p95)} ms; floor p50 ${ms(f.p50)} ms`);
}
await floor.close();
await close();

const counts = JSON.parse(meta.counts);
console.log(
  `\n${opts.db === 'postgres' ? 'PostgreSQL' : 'SQLite'}, size ${opts.size}: ${Object.entries(counts)
    .map(([k, v]) => `${v.toLocaleString('en')} ${k}`)
    .join(
      ', ',
    )}; generated in ${meta.seconds} s; api start ${Math.round(startup / 1000)} s; ${opts.requests} warm requests each, one at a time.\n`,
);
console.log('| endpoint | p50 ms | p95 ms | floor p50 ms | floor p95 ms | p95 ÷ floor p95 |');
console.log('|---|---:|---:|---:|---:|---:|');
for (const r of rows)
  console.log(
    `| ${r.label} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.floor50)} | ${ms(r.floor95)} | ${(r.p95 / r.floor95).toFixed(1)}× |`,
  );
process.exit(0);
