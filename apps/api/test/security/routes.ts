import type { INestApplication } from '@nestjs/common';
import { ModulesContainer } from '@nestjs/core';
import { RESOURCES, type Resource, type Verb } from '@thidua/domain';
import request from 'supertest';
import { IS_PUBLIC } from '../../src/auth/principal.js';
import { PDF } from '../harness.js';

/**
 * The api's routes as its OpenAPI document lists them, with what a security test needs to call each one: the
 * concrete path, a body that passes validation, whether it is @Public, and the permission it maps to. Routes
 * added later are picked up as they are; unknown path parameters get a harmless value.
 */

type Schema = {
  type?: string;
  enum?: unknown[];
  default?: unknown;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  minItems?: number;
  minLength?: number;
  minimum?: number;
  pattern?: string;
  anyOf?: Schema[];
  oneOf?: Schema[];
  nullable?: boolean;
  format?: string;
};
interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header';
  required?: boolean;
  schema?: Schema;
}
interface Operation {
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema: Schema }> };
}

export interface Route {
  method: 'get' | 'post' | 'put' | 'delete' | 'patch';
  /** OpenAPI path, e.g. /api/units/{id}. */
  path: string;
  op: Operation;
  isPublic: boolean;
  /** The row of the shared permission table this route is governed by, when it maps to one. */
  permission?: { resource: Resource; verb: Verb };
}

const RESOURCE_SET = new Set<string>(RESOURCES);
const VERBS: Record<string, Verb> = { get: 'read', post: 'create', put: 'update', patch: 'update', delete: 'delete' };

/** The resource and verb a route is governed by; undefined for workflow steps and documents (own rules). */
export function permissionOf(method: string, path: string): Route['permission'] {
  const s = path.replace(/^\/api\//, '').split('/');
  const verb = VERBS[method]!;
  if (s[0] === 'provinces' && s[2] === 'criteria')
    return { resource: 'criteria', verb: verb === 'read' ? 'read' : 'update' };
  if (s[0] === 'provinces' && s[2] === 'phases' && s[4] === 'deadline') return { resource: 'deadlines', verb };
  if (!RESOURCE_SET.has(s[0]!)) return undefined;
  const resource = s[0] as Resource;
  if (s.length === 1 || (s.length === 2 && s[1]!.startsWith('{'))) return { resource, verb };
  if (s[1] === 'import') return { resource, verb: 'create' };
  if (resource === 'comparison') return { resource, verb };
  if (resource === 'nominations' && s[2] === 'documents') return { resource: 'documents', verb };
  if (resource === 'nominations' && s[2] === 'verdicts') return { resource: 'verdicts', verb };
  if (resource === 'decisions' && s[2] === 'issue') return { resource, verb: 'update' };
  return undefined;
}

/** Routes marked @Public(), read from the controllers' own metadata (OpenAPI does not say). */
function publicRoutes(app: INestApplication): Set<string> {
  const methods = ['get', 'post', 'put', 'delete', 'patch'];
  const out = new Set<string>();
  for (const mod of app.get(ModulesContainer).values())
    for (const wrapper of mod.controllers.values()) {
      const type = wrapper.metatype as (new () => object) | undefined;
      if (!type) continue;
      const base = String(Reflect.getMetadata('path', type) ?? '');
      let proto = type.prototype as object | null;
      while (proto && proto !== Object.prototype) {
        for (const key of Object.getOwnPropertyNames(proto)) {
          const fn = Object.getOwnPropertyDescriptor(proto, key)?.value as object | undefined;
          if (typeof fn !== 'function' || Reflect.getMetadata('method', fn) === undefined) continue;
          if (!Reflect.getMetadata(IS_PUBLIC, fn) && !Reflect.getMetadata(IS_PUBLIC, type)) continue;
          const path = ['/api', base, String(Reflect.getMetadata('path', fn) ?? '')]
            .join('/')
            .replace(/\/+/g, '/')
            .replace(/\/$/, '')
            .replace(/:(\w+)/g, '{$1}');
          out.add(`${methods[Reflect.getMetadata('method', fn) as number]} ${path}`);
        }
        proto = Object.getPrototypeOf(proto) as object | null;
      }
    }
  return out;
}

export async function discoverRoutes(app: INestApplication): Promise<Route[]> {
  const doc = (await request(app.getHttpServer()).get('/api/docs-json')).body as {
    paths: Record<string, Record<string, Operation>>;
  };
  const pub = publicRoutes(app);
  const routes: Route[] = [];
  for (const [path, ops] of Object.entries(doc.paths))
    for (const [method, op] of Object.entries(ops)) {
      if (!(method in VERBS)) continue;
      routes.push({
        method: method as Route['method'],
        path,
        op,
        isPublic: pub.has(`${method} ${path}`),
        permission: permissionOf(method, path),
      });
    }
  return routes;
}

/** Values a valid request carries for well-known names (fixture rows of the first province). */
export type Hints = Record<string, unknown>;

/** A value that passes the schema, preferring a hint for the property's name. */
export function example(schema: Schema | undefined, name: string, hints: Hints): unknown {
  if (name in hints) return hints[name];
  if (!schema) return 'x';
  const alt = schema.anyOf ?? schema.oneOf;
  if (alt) return example(alt.find((s) => s.type !== 'null') ?? alt[0], name, hints);
  if (schema.enum) return schema.enum[0];
  if (schema.default !== undefined) return schema.default;
  switch (schema.type) {
    case 'integer':
    case 'number':
      return Math.max(1, schema.minimum ?? 1);
    case 'boolean':
      return true;
    case 'array':
      return Array.from({ length: schema.minItems ?? 0 }, () => example(schema.items, name, hints));
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(schema.properties ?? {}))
        if (schema.required?.includes(k) || k === 'provinceSlug') out[k] = example(v, k, hints);
      return out;
    }
    default:
      if (schema.pattern?.includes('\\d{4}-\\d{2}-\\d{2}') || schema.format === 'date') return '2024-08-01';
      return 'Thử nghiệm an ninh'.padEnd(schema.minLength ?? 0, '.');
  }
}

/** The concrete URL of a route: path parameters from `ids` (by name, then by the route's resource), else harmless. */
export function urlOf(route: Route, ids: Hints, query: Record<string, string> = {}): string {
  const path = route.path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const p = route.op.parameters?.find((x) => x.in === 'path' && x.name === name);
    const resource = route.path.split('/')[2];
    const value =
      ids[`${resource}.${name}`] ?? ids[name] ?? p?.schema?.enum?.[0] ?? (p?.schema?.type === 'string' ? 'x' : 999_999);
    return encodeURIComponent(String(value));
  });
  const q = new URLSearchParams(query);
  // Documents as HTML (or DOCX): the same checks, without starting the browser that prints PDFs.
  const format = route.op.parameters?.find((p) => p.in === 'query' && p.name === 'format')?.schema?.enum;
  const quick = ['html', 'docx', 'csv'].find((f) => format?.includes(f));
  if (quick && !q.has('format')) q.set('format', quick);
  for (const p of route.op.parameters ?? [])
    if (p.in === 'query' && p.required && !q.has(p.name)) q.set(p.name, String(example(p.schema, p.name, ids)));
  const qs = q.toString();
  return qs ? `${path}?${qs}` : path;
}

/** Hints with one path parameter of a route set to `value` (over the route's own fixture id). */
export const withParam = (route: Route, hints: Hints, name: string, value: unknown): Hints => ({
  ...hints,
  [name]: value,
  [`${route.path.split('/')[2]}.${name}`]: value,
});

export const isMultipart = (route: Route) => Boolean(route.op.requestBody?.content['multipart/form-data']);

/** Sends a request to a route with a body (JSON, or multipart with a small PDF in each binary field). */
export function send(
  app: INestApplication,
  route: Route,
  url: string,
  token: string | undefined,
  body: unknown,
): request.Test {
  let t = request(app.getHttpServer())[route.method](url);
  if (token) t = t.set('Authorization', `Bearer ${token}`);
  if (route.method === 'get' || route.method === 'delete' || body === undefined) return t;
  const multipart = route.op.requestBody?.content['multipart/form-data'];
  if (!multipart)
    return body !== null && typeof body === 'object'
      ? t.send(body)
      : t.set('Content-Type', 'application/json').send(JSON.stringify(body ?? null));
  for (const [k, v] of Object.entries(multipart.schema.properties ?? {}))
    if (v.format === 'binary') t = t.attach(k, PDF, 'tai-lieu.pdf');
    else t = t.field(k, String((body as Record<string, unknown>)[k] ?? ''));
  return t;
}

export function bodyOf(route: Route, hints: Hints): unknown {
  const content = route.op.requestBody?.content;
  const schema = content?.['application/json']?.schema ?? content?.['multipart/form-data']?.schema;
  return schema ? example(schema, '', hints) : undefined;
}
