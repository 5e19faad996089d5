import { can, RESOURCES, ROLES, type Role } from '@thidua/domain';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startApi, type TestApi } from '../harness.js';
import { resetThrottle, ROLE_USERS, securityWorld, tokenOf } from './fixtures.js';
import { bodyOf, discoverRoutes, type Hints, type Route, send, urlOf } from './routes.js';

/**
 * Every route of the OpenAPI document × every role, on one api: anonymous callers get 401 except on @Public
 * routes; each role is allowed or refused (403) exactly as the shared permission table says where the route maps
 * to a resource and verb; a user of the other province never reaches the first province's rows (403/404); and
 * nothing answers 5xx. Writes carry a body that passes validation, so a refusal is the role's, not the input's.
 */

let api: TestApi;
let routes: Route[];
let hints: Hints;
const tokens = new Map<string, string>();

beforeAll(async () => {
  api = await startApi();
  hints = await securityWorld(api);
  routes = await discoverRoutes(api.app);
  await logIn();
});

/** A token per role and province (again after a route that ends sessions, such as logout). */
async function logIn(): Promise<void> {
  for (const role of ROLES) {
    const suffix = ROLE_USERS[role];
    tokens.set(`tn:${role}`, await tokenOf(api.app, role === 'national-admin' ? suffix : `tn.${suffix}`));
    if (role !== 'national-admin') tokens.set(`tn2:${role}`, await tokenOf(api.app, `tn2.${suffix}`));
  }
}
afterAll(() => api?.close());

/**
 * Published like the plans themselves: a province's criteria in force are readable by any logged-in user. Their
 * history (who edited, why) is not, and is checked like every other route.
 */
const PUBLISHED = [/^GET \/api\/provinces\/\{slug\}\/criteria$/];

/** Reads first, then writes, deletes last: a row deleted by an allowed role is gone only for what follows. */
const ORDER = { get: 0, post: 1, put: 1, patch: 1, delete: 2 };

it('holds role, tenancy and authentication over every route × role, with no 5xx', async () => {
  const wrong: string[] = [];
  const errors: string[] = [];
  const counts = { routes: routes.length, requests: 0, tried: 0, refused: 0, tenancyTried: 0, tenancyRefused: 0 };
  const check = (what: string, status: number, ok: boolean, body: unknown) => {
    counts.requests++;
    if (status >= 500) errors.push(`${what} → ${status}`);
    else if (!ok) wrong.push(`${what} → ${status} ${JSON.stringify(body).slice(0, 160)}`);
  };
  const slow: string[] = [];
  for (const route of [...routes].sort((a, b) => ORDER[a.method] - ORDER[b.method])) {
    resetThrottle(api.app);
    const started = performance.now();
    const name = `${route.method.toUpperCase()} ${route.path}`;
    const url = urlOf(route, hints);
    const body = bodyOf(route, hints);
    const anon = await send(api.app, route, url, undefined, body);
    // A public route answers anonymous callers as it answers anyone (a login with a wrong password is a 401).
    check(`${name} anonymous`, anon.status, route.isPublic || anon.status === 401, anon.body);
    if (route.isPublic) continue;
    // The other province's users, on the first province's ids and slug: hidden or refused.
    if (/\{(id|slug|documentId)\}/.test(route.path))
      for (const role of ROLES.filter((r) => r !== 'national-admin')) {
        const res = await send(api.app, route, url, tokens.get(`tn2:${role}`), body);
        counts.tenancyTried++;
        const refused = [403, 404].includes(res.status);
        if (refused) counts.tenancyRefused++;
        const what = `${name} as ${role} of the other province`;
        check(what, res.status, refused || PUBLISHED.some((p) => p.test(name)), res.body);
      }
    // Refused roles first, so that a delete by an allowed role does not hide the refusals.
    const allowed = (role: Role) => !route.permission || can(role, route.permission.verb, route.permission.resource);
    for (const role of [...ROLES].sort((a, b) => Number(allowed(a)) - Number(allowed(b)))) {
      const res = await send(api.app, route, url, tokens.get(`tn:${role}`), body);
      counts.tried++;
      if (res.status === 403) counts.refused++;
      const expected = !route.permission
        ? res.status !== 401
        : allowed(role)
          ? ![401, 403].includes(res.status)
          : res.status === 403;
      check(`${name} as ${role}`, res.status, expected, res.body);
      if (route.path === '/api/auth/logout') await logIn();
    }
    const ms = performance.now() - started;
    if (ms > 2000) slow.push(`${name} ${Math.round(ms)} ms`);
  }
  if (slow.length) console.log(`slow routes: ${slow.join('; ')}`);
  console.log(
    `matrix: ${counts.routes} routes × ${ROLES.length} roles = ${counts.tried} tried, ${counts.refused} refused (403); ` +
      `other province ${counts.tenancyTried} tried, ${counts.tenancyRefused} refused; ${counts.requests} requests, ` +
      `${errors.length} × 5xx, ${wrong.length} unexpected`,
  );
  expect(errors).toEqual([]);
  expect(wrong).toEqual([]);
  // Not a vacuous pass: the document lists the whole api, and every resource of the table is exercised.
  expect(counts.routes).toBeGreaterThan(60);
  const covered = new Set(routes.map((r) => r.permission?.resource));
  expect(RESOURCES.filter((r) => !covered.has(r))).toEqual([]);
  expect(counts.refused).toBeGreaterThan(50);
}, 300_000);
