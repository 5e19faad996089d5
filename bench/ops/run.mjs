#!/usr/bin/env node
// The api's list endpoint under 50 concurrent clients (autocannon) against a floor on the same data: plain
// node:http + better-sqlite3, the same HMAC (HS256) token check and the same page query. Then one vs two api
// replicas on the same database file. The embedded demo data; the login throttle is kept out of the way with a
// different X-Forwarded-For per request (the api trusts the loopback proxy). Build the api first.
//   node bench/ops/run.mjs [--seconds 10] [--connections 50] [--warmup 3]
import { spawn } from 'node:child_process';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import autocannon from 'autocannon';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const Database = createRequire(join(ROOT, 'apps/api/package.json'))('better-sqlite3');
// The built api's demo password (imported by path, so the scripts' type check does not walk into dist/).
const { DEMO_PASSWORD } = await import(pathToFileURL(join(ROOT, 'apps/api/dist/demo/demo-data.js')).href);
const arg = (name, dflt) => {
  const i = process.argv.indexOf(`--${name}`);
  return i < 0 ? dflt : Number(process.argv[i + 1]);
};
const SECONDS = arg('seconds', 10);
// Each server gets the same load, unmeasured, first: the figures are of compiled code, not of the JIT warming up.
const WARMUP = arg('warmup', 3);
const CONNECTIONS = arg('connections', 50);
const SECRET = 'bench-ops-secret-0123456789abcdef';
const dataDir = mkdtempSync(join(tmpdir(), 'thidua-bench-ops-'));
// The api trusts X-Forwarded-For only behind a declared proxy: the loopback here, so each connection is its own client.
const env = {
  ...process.env,
  THIDUA_DATA_DIR: dataDir,
  JWT_SECRET: SECRET,
  LOG_LEVEL: 'warn',
  DATABASE_URL: '',
  THIDUA_TRUST_PROXY: 'loopback',
};

async function startApi(port) {
  const child = spawn(process.execPath, [join(ROOT, 'apps/api/dist/main.js')], {
    env: { ...env, PORT: String(port) },
    stdio: 'inherit',
  });
  for (let i = 0; i < 900; i++) {
    if (
      await fetch(`http://127.0.0.1:${port}/api/health`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return child;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('the api did not start');
}

let ip = 0;
async function load(urls, token) {
  if (WARMUP > 0) await run(urls, token, WARMUP);
  return run(urls, token, SECONDS);
}

function run(urls, token, seconds) {
  // Connections split over the urls (one autocannon per replica, run together), results summed.
  return Promise.all(
    urls.map(
      (url) =>
        new Promise((ok, fail) =>
          autocannon(
            {
              url,
              connections: Math.round(CONNECTIONS / urls.length),
              duration: seconds,
              headers: { authorization: `Bearer ${token}` },
              setupClient: (c) =>
                c.setHeaders({
                  authorization: `Bearer ${token}`,
                  'x-forwarded-for': `10.9.${(ip >> 8) & 255}.${ip++ & 255}`,
                }),
            },
            (e, r) => (e ? fail(e) : ok(r)),
          ),
        ),
    ),
  ).then((rs) => ({
    rps: rs.reduce((s, r) => s + r.requests.average, 0),
    p99: Math.max(...rs.map((r) => r.latency.p99)),
    errors: rs.reduce((s, r) => s + r.errors + r.non2xx, 0),
  }));
}

/** The floor: what the endpoint does, by hand. */
function startFloor(port) {
  const db = new Database(join(dataDir, 'thidua.sqlite'), { readonly: true });
  const page = db.prepare('SELECT * FROM unit WHERE "provinceSlug" = ? ORDER BY "sortKey", id LIMIT 25 OFFSET 0');
  const count = db.prepare('SELECT COUNT(*) AS n FROM unit WHERE "provinceSlug" = ?');
  const user = db.prepare('SELECT id, role, "provinceSlug", active FROM app_user WHERE id = ?');
  const server = createServer((req, res) => {
    const [h, p, s] = String(req.headers.authorization ?? '')
      .slice(7)
      .split('.');
    const want = createHmac('sha256', SECRET).update(`${h}.${p}`).digest();
    const got = Buffer.from(s ?? '', 'base64url');
    const claims =
      got.length === want.length && timingSafeEqual(got, want)
        ? JSON.parse(Buffer.from(p, 'base64url').toString())
        : null;
    const u = claims && claims.exp > Date.now() / 1000 ? user.get(claims.sub) : null;
    if (!u?.active) return res.writeHead(401).end();
    const rows = page.all(u.provinceSlug);
    res.writeHead(200, {
      'content-type': 'application/json',
      'content-range': `units 0-${rows.length - 1}/${count.get(u.provinceSlug).n}`,
    });
    res.end(JSON.stringify(rows));
  });
  return new Promise((ok) => server.listen(port, '127.0.0.1', () => ok(server)));
}

const path = `/api/units?range=${encodeURIComponent('[0,24]')}&sort=${encodeURIComponent('["name","ASC"]')}`;
const a = await startApi(3901); // loads the demo data on first start
const login = await fetch('http://127.0.0.1:3901/api/auth/login', {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ username: 'bac-kan.quantri', password: DEMO_PASSWORD }),
});
const { token } = await login.json();
const check = await fetch(`http://127.0.0.1:3901${path}`, { headers: { authorization: `Bearer ${token}` } });
console.log(`api page: ${check.status}, ${check.headers.get('content-range')}`);
// A refused token would measure the 401 path: stop rather than print figures of the wrong thing.
if (check.status !== 200) throw new Error(`the api refused the bench's request (${check.status}); build the api first`);

const one = await load([`http://127.0.0.1:3901${path}`], token);
const floor = await startFloor(3903);
const bare = await load([`http://127.0.0.1:3903${path}`], token);
floor.close();
const b = await startApi(3902);
const two = await load([`http://127.0.0.1:3901${path}`, `http://127.0.0.1:3902${path}`], token);
a.kill('SIGTERM');
b.kill('SIGTERM');

const row = (name, r) =>
  `${name.padEnd(34)} ${String(Math.round(r.rps)).padStart(7)} req/s   p99 ${String(r.p99).padStart(4)} ms   errors ${r.errors}`;
console.log(
  `\nGET ${path}  (${CONNECTIONS} connections, ${SECONDS} s each after ${WARMUP} s unmeasured, SQLite demo data)`,
);
console.log(row('floor: node:http + better-sqlite3', bare));
console.log(row('api, one replica', one));
console.log(row('api, two replicas (same file)', two));
console.log(`api / floor: ${(one.rps / bare.rps).toFixed(2)}×   two / one replica: ${(two.rps / one.rps).toFixed(2)}×`);
