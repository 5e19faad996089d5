#!/usr/bin/env node
// The console's lists at national scale: warm p50 / p95 of the pages a province user turns (Vietnamese name order,
// deep pages, search, filters), over real HTTP on the dataset of generate.mjs. Build the api first.
//   node bench/national/lists.mjs                          # PostgreSQL, database thidua_bench (generate --size full)
//   node bench/national/lists.mjs --sqlite --size small    # the embedded SQLite file
import { args, connect, ms, startBenchApi, timed } from './lib.mjs';

const opts = args();
const db = await connect(opts);
const meta = Object.fromEntries((await db.query('SELECT k, v FROM bench_meta')).map((r) => [r.k, r.v]));
await db.close();
if (meta.size !== opts.size)
  throw new Error(`the database holds size "${meta.size}", not "${opts.size}": pass --size ${meta.size}`);

const { get, close } = await startBenchApi(opts);
const total = async (path) => Number((await get(path, 'province')).headers.get('content-range').split('/')[1]);
const q = (params) =>
  Object.entries(params)
    .map(([k, v]) => `${k}=${encodeURIComponent(JSON.stringify(v))}`)
    .join('&');
const units = await total(`/units?${q({ range: [0, 0] })}`);
const nominations = await total(`/nominations?${q({ range: [0, 0] })}`);
const deep = (n) => Math.max(0, Math.floor(n * 0.8) - 25);

const scenarios = [
  ['units, first page by name (A → Ư)', `/units?${q({ sort: ['name', 'ASC'], range: [0, 24] })}`],
  [
    `units, page at row ${deep(units)} by name`,
    `/units?${q({ sort: ['name', 'ASC'], range: [deep(units), deep(units) + 24] })}`,
  ],
  ['units, search "xã" (accent-insensitive)', `/units?${q({ filter: { q: 'xa' }, range: [0, 24] })}`],
  ['people, first page by name', `/people?${q({ sort: ['fullName', 'ASC'], range: [0, 24] })}`],
  ['nominations, latest first', `/nominations?${q({ sort: ['updatedAt', 'DESC'], range: [0, 24] })}`],
  [
    `nominations, page at row ${deep(nominations)} by nominee`,
    `/nominations?${q({ sort: ['nomineeName', 'ASC'], range: [deep(nominations), deep(nominations) + 24] })}`,
  ],
  ['nominations, status "approved"', `/nominations?${q({ filter: { status: 'approved' }, range: [0, 24] })}`],
  [
    'readings, one year by value',
    `/readings?${q({ filter: { year: 2025 }, sort: ['value', 'DESC'], range: [0, 24] })}`,
  ],
];
const rows = [];
for (const [label, path] of scenarios) {
  const t = await timed(opts.requests, () => get(path, 'province'));
  rows.push({ label, ...t });
  console.error(`${label}: p50 ${ms(t.p50)} ms, p95 ${ms(t.p95)} ms`);
}
await close();

console.log(
  `\n${opts.db === 'postgres' ? 'PostgreSQL' : 'SQLite'}, size ${opts.size}; the province user's province: ${units.toLocaleString('en')} units, ${nominations.toLocaleString('en')} nominations; pages of 25; ${opts.requests} warm requests each, one at a time.\n`,
);
console.log('| list | p50 ms | p95 ms |');
console.log('|---|---:|---:|');
for (const r of rows) console.log(`| ${r.label} | ${ms(r.p50)} | ${ms(r.p95)} |`);
process.exit(0);
