#!/usr/bin/env node
// The api's list endpoint under 50 concurrent clients (autocannon) against a floor on the same data: plain
// node:http with the same HMAC (HS256) token check and the same page query straight on the database. Between them,
// the same handler as one route of a bare Nest app (the framework's own share of the gap). Then one vs two api
// replicas on the same database. The demo data; the login throttle is kept out of the way with a different
// X-Forwarded-For per request (the api trusts the loopback proxy). Build the api first.
//   node bench/ops/run.mjs [--seconds 10] [--connections 50] [--warmup 3]   # the embedded SQLite file, loaded by the api
//   node bench/ops/run.mjs --postgres postgres://postgres@127.0.0.1:5432/thidua_bench   # or DATABASE_URL=…
// On PostgreSQL the database is EMPTIED first (schemas public and thidua_jobs) and the demo data loaded with
// `node apps/api/dist/cli.js seed`: never point it at real data.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:http';
import { loadavg, tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import autocannon from 'autocannon';
import { freePort, requireApi, resetPostgres, ROOT, seedDemo, startApi } from '../lib/api-process.mjs';

const Database = requireApi('better-sqlite3');
const requireRoot = createRequire(join(ROOT, 'package.json'));
// The built api's demo password (imported by path, so the scripts' type check does not walk into dist/).
const { DEMO_PASSWORD } = await import(pathToFileURL(join(ROOT, 'apps/api/dist/demo/demo-data.js')).href);
const option = (name) => {
  const i = process.argv.indexOf(`--${name}`);
  return i < 0 ? undefined : process.argv[i + 1];
};
const SECONDS = Number(option('seconds') ?? 10);
// Each server gets the same load, unmeasured, first: the figures are of compiled code, not of the JIT warming up.
const WARMUP = Number(option('warmup') ?? 3);
const CONNECTIONS = Number(option('connections') ?? 50);
const PG_URL = option('postgres') ?? process.env.DATABASE_URL ?? '';
const SECRET = 'bench-ops-secret-0123456789abcdef';
const dataDir = mkdtempSync(join(tmpdir(), 'thidua-bench-ops-'));
// The api trusts X-Forwarded-For only behind a declared proxy: the loopback here, so each connection is its own client.
const env = {
  THIDUA_DATA_DIR: dataDir,
  JWT_SECRET: SECRET,
  LOG_LEVEL: 'warn',
  DATABASE_URL: PG_URL,
  THIDUA_TRUST_PROXY: 'loopback',
};
if (PG_URL) {
  // The api loads the demo data by itself on the embedded database only.
  await resetPostgres(PG_URL);
  const t = Date.now();
  seedDemo(env);
  console.log(`PostgreSQL: demo data loaded in ${((Date.now() - t) / 1000).toFixed(1)} s`);
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

/** The floor's queries: the page, its count and the token's user, on the database the api uses. */
async function floorDb() {
  const page = 'SELECT * FROM unit WHERE "provinceSlug" = $1 ORDER BY "sortKey", id LIMIT 25 OFFSET 0';
  const count = 'SELECT COUNT(*) AS n FROM unit WHERE "provinceSlug" = $1';
  const user = 'SELECT id, role, "provinceSlug", active FROM app_user WHERE id = $1';
  if (PG_URL) {
    // A pool the api's size (TypeORM's default of 10).
    const pool = new (requireApi('pg').Pool)({ connectionString: PG_URL, max: 10 });
    const one = async (sql, v) => (await pool.query({ text: sql, values: [v], name: sql.slice(0, 40) })).rows;
    return {
      page: (slug) => one(page, slug),
      count: async (slug) => Number((await one(count, slug))[0].n),
      user: async (id) => (await one(user, id))[0],
      close: () => pool.end(),
    };
  }
  const db = new Database(join(dataDir, 'thidua.sqlite'), { readonly: true });
  const [p, c, u] = [page, count, user].map((sql) => db.prepare(sql.replace(/\$1/g, '?')));
  return {
    page: async (slug) => p.all(slug),
    count: async (slug) => c.get(slug).n,
    user: async (id) => u.get(id),
    close: async () => db.close(),
  };
}

/** What the endpoint does, by hand: the token's user (HS256 checked here, then read), then the page and its count. */
function handler(db) {
  return {
    async user(authorization) {
      const [h, p, s] = String(authorization ?? '')
        .slice(7)
        .split('.');
      const want = createHmac('sha256', SECRET).update(`${h}.${p}`).digest();
      const got = Buffer.from(s ?? '', 'base64url');
      const claims =
        got.length === want.length && timingSafeEqual(got, want)
          ? JSON.parse(Buffer.from(p, 'base64url').toString())
          : null;
      const u = claims && claims.exp > Date.now() / 1000 ? await db.user(claims.sub) : null;
      return u?.active ? u : null;
    },
    async page(u) {
      const [rows, n] = await Promise.all([db.page(u.provinceSlug), db.count(u.provinceSlug)]);
      return { rows, range: `units 0-${rows.length - 1}/${n}` };
    },
  };
}

/** The floor: the handler on plain node:http. */
async function startFloor(port) {
  const db = await floorDb();
  const work = handler(db);
  const pending = new Set();
  const handle = async (req, res) => {
    const u = await work.user(req.headers.authorization);
    if (!u) return res.writeHead(401).end();
    const { rows, range } = await work.page(u);
    res.writeHead(200, { 'content-type': 'application/json', 'content-range': range });
    res.end(JSON.stringify(rows));
  };
  const server = createServer((req, res) => {
    const done = handle(req, res).catch(() => res.destroy());
    pending.add(done);
    done.finally(() => pending.delete(done));
  });
  await new Promise((ok) => server.listen(port, '127.0.0.1', () => ok(undefined)));
  return {
    close: async () => {
      // Drop autocannon's keep-alive connections before the database, so no request is left to meet a closed pool.
      server.closeAllConnections();
      await new Promise((ok) => server.close(ok));
      await Promise.all(pending);
      await db.close();
    },
  };
}

/**
 * The framework alone: the same handler as one guarded route of a bare Nest app, with none of the api's own layers
 * (TypeORM, validation, helmet, CORS, throttling, logs, metrics). On the api's Express adapter it shows how much of
 * the gap between the floor and the api is Nest and Express themselves; on the Fastify adapter (not used by the
 * api) what changing the adapter alone could give.
 */
async function startNestBare(port, adapter) {
  // Nest as the api resolves it, or as the Fastify adapter (a dev dependency of the bench) resolves it.
  const need = adapter === 'fastify' ? createRequire(requireRoot.resolve('@nestjs/platform-fastify')) : requireApi;
  need('reflect-metadata');
  const { Controller, Get, Module, Req, Res, UseGuards } = need('@nestjs/common');
  const { NestFactory } = need('@nestjs/core');
  const db = await floorDb();
  const work = handler(db);
  // Decorators applied by hand: this file is plain JavaScript.
  class Guard {
    async canActivate(ctx) {
      const req = ctx.switchToHttp().getRequest();
      req.user = await work.user(req.headers.authorization);
      return Boolean(req.user);
    }
  }
  class Units {
    async list(req, res) {
      const { rows, range } = await work.page(req.user);
      res.header('content-range', range); // Express's response and Fastify's reply both have header()
      return rows;
    }
  }
  Get()(Units.prototype, 'list', Object.getOwnPropertyDescriptor(Units.prototype, 'list'));
  Req()(Units.prototype, 'list', 0);
  Res({ passthrough: true })(Units.prototype, 'list', 1);
  UseGuards(Guard)(Units);
  Controller('units')(Units);
  class Bare {}
  Module({ controllers: [Units], providers: [Guard] })(Bare);
  const app =
    adapter === 'fastify'
      ? await NestFactory.create(Bare, new (need('@nestjs/platform-fastify').FastifyAdapter)(), { logger: false })
      : await NestFactory.create(Bare, { logger: false });
  app.setGlobalPrefix('api');
  await app.listen(port, '127.0.0.1');
  return {
    close: async () => {
      app.getHttpServer().closeAllConnections();
      await app.close();
      await db.close();
    },
  };
}

/** Starts a server, loads it, stops it. */
async function measure(start) {
  const port = await freePort();
  const server = await start(port);
  try {
    return await load([`http://127.0.0.1:${port}${path}`], token);
  } finally {
    await server.close();
  }
}

const path = `/api/units?range=${encodeURIComponent('[0,24]')}&sort=${encodeURIComponent('["name","ASC"]')}`;
const a = await startApi(env); // on SQLite it loads the demo data on first start
const login = await fetch(`${a.url}/api/auth/login`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ username: 'bac-kan.quantri', password: DEMO_PASSWORD }),
});
const { token } = await login.json();
const check = await fetch(`${a.url}${path}`, { headers: { authorization: `Bearer ${token}` } });
console.log(`api page: ${check.status}, ${check.headers.get('content-range')}`);
// A refused token would measure the 401 path: stop rather than print figures of the wrong thing.
if (check.status !== 200) throw new Error(`the api refused the bench's request (${check.status}); build the api first`);

const one = await load([`${a.url}${path}`], token);
const bare = await measure(startFloor);
const nest = await measure((port) => startNestBare(port, 'express'));
const nestFastify = await measure((port) => startNestBare(port, 'fastify'));
const b = await startApi(env);
const two = await load([`${a.url}${path}`, `${b.url}${path}`], token);
await Promise.all([a.stop(), b.stop()]);

const dbName = PG_URL ? 'PostgreSQL' : 'SQLite';
const row = (name, r) =>
  `${name.padEnd(34)} ${String(Math.round(r.rps)).padStart(7)} req/s   p99 ${String(r.p99).padStart(4)} ms   errors ${r.errors}`;
console.log(
  `\nGET ${path}  (${CONNECTIONS} connections, ${SECONDS} s each after ${WARMUP} s unmeasured, ${dbName} demo data, load average ${loadavg()[0].toFixed(1)})`,
);
console.log(row(`floor: node:http + ${PG_URL ? 'pg' : 'better-sqlite3'}`, bare));
console.log(row('Nest + Express alone, same handler', nest));
console.log(row('Nest + Fastify alone, same handler', nestFastify));
console.log(row('api, one replica', one));
console.log(row(`api, two replicas (same ${PG_URL ? 'database' : 'file'})`, two));
console.log(
  `api / floor: ${(one.rps / bare.rps).toFixed(2)}×   Nest alone / floor: ${(nest.rps / bare.rps).toFixed(2)}× on Express, ${(nestFastify.rps / bare.rps).toFixed(2)}× on Fastify   two / one replica: ${(two.rps / one.rps).toFixed(2)}×`,
);
