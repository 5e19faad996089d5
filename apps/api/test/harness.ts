import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { INestApplication } from '@nestjs/common';
import { searchText, vietnameseSortKey, type Role } from '@thidua/domain';
import * as argon2 from 'argon2';
import pg from 'pg';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createApp } from '../src/app.js';
import { type AppConfig, loadConfig } from '../src/config.js';
import { IndicatorReading, Person, Unit, User } from '../src/database/entities/index.js';

export const FIXTURE_PROVINCES = join(dirname(fileURLToPath(import.meta.url)), 'fixtures/provinces');

/** The fixture province's built manifest, for plugins written as `{ ...base, … }` by `writeFixturePlugins`. */
export const FIXTURE_BASE = pathToFileURL(join(FIXTURE_PROVINCES, 'thu-nghiem/dist/index.js')).href;

/**
 * Writes plugins into a fresh provinces folder, each a built package whose manifest is the JavaScript expression
 * given (it may spread `base`, the fixture province's manifest), and returns the folder.
 */
export function writeFixturePlugins(label: string, plugins: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), `thidua-${label}-`));
  for (const [slug, body] of Object.entries(plugins)) {
    mkdirSync(join(dir, slug, 'dist'), { recursive: true });
    writeFileSync(
      join(dir, slug, 'package.json'),
      JSON.stringify({
        name: `@test/${slug}`,
        version: '0.0.0',
        type: 'module',
        main: './dist/index.js',
        thidua: { role: 'province-plugin', slug },
      }),
    );
    writeFileSync(join(dir, slug, 'dist/index.js'), `import base from '${FIXTURE_BASE}';\nexport default ${body};\n`);
  }
  return dir;
}
export const PASSWORD = 'mat-khau-thu-nghiem';
export const TODAY = '2024-08-01';

/** Empties the PostgreSQL database named by DATABASE_URL, so each test file starts from migrations. */
async function resetPostgres(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query('DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;');
  await client.end();
}

export interface TestApi {
  app: INestApplication;
  ds: DataSource;
  config: AppConfig;
  /** supertest requests as a user (logged in once through the real login route). */
  as(username: string): Promise<Client>;
  /** The bearer token of a user's session (logged in once), for requests sent to another replica. */
  token(username: string): Promise<string>;
  anon: Client;
  close(): Promise<void>;
}

export interface Client {
  get(url: string): request.Test;
  post(url: string, body?: object): request.Test;
  put(url: string, body?: object): request.Test;
  delete(url: string): request.Test;
  upload(url: string, fields: Record<string, string>, file: Buffer, name: string): request.Test;
}

/**
 * Starts the real api on a real database (a fresh SQLite file, or PostgreSQL when DATABASE_URL is set) and real
 * HTTP on a free port, with the test provinces, today pinned to 2024-08-01, no demo data.
 */
export async function startApi(overrides: Partial<AppConfig> = {}): Promise<TestApi> {
  const base = loadConfig({
    ...process.env,
    THIDUA_DATA_DIR: mkdtempSync(join(tmpdir(), 'thidua-test-')),
    THIDUA_DEMO: '0',
    JWT_SECRET: process.env.JWT_SECRET || randomBytes(32).toString('hex'),
  });
  const config: AppConfig = { ...base, provincesDir: FIXTURE_PROVINCES, today: TODAY, demo: false, ...overrides };
  if (config.databaseUrl) await resetPostgres(config.databaseUrl);
  const app = await createApp(config, { logger: false });
  await app.listen(0, '127.0.0.1');
  const server = app.getHttpServer();
  const client = (token?: string): Client => {
    const auth = (t: request.Test) => (token ? t.set('Authorization', `Bearer ${token}`) : t);
    return {
      get: (url) => auth(request(server).get(url)),
      post: (url, body) => auth(request(server).post(url)).send(body ?? {}),
      put: (url, body) => auth(request(server).put(url)).send(body ?? {}),
      delete: (url) => auth(request(server).delete(url)),
      upload: (url, fields, file, name) => {
        let t = auth(request(server).post(url));
        for (const [k, v] of Object.entries(fields)) t = t.field(k, v);
        return t.attach('file', file, name);
      },
    };
  };
  const tokens = new Map<string, string>();
  const token = async (username: string) => {
    if (!tokens.has(username)) {
      const res = await request(server).post('/api/auth/login').send({ username, password: PASSWORD });
      if (res.status !== 200) throw new Error(`login ${username}: ${res.status} ${JSON.stringify(res.body)}`);
      tokens.set(username, res.body.token as string);
    }
    return tokens.get(username)!;
  };
  return {
    app,
    ds: app.get(DataSource),
    config,
    anon: client(),
    as: async (username) => client(await token(username)),
    token,
    close: () => app.close(),
  };
}

let hash: string | undefined;
export async function addUser(
  ds: DataSource,
  username: string,
  role: Role,
  provinceSlug: string | null,
  unitId: number | null = null,
): Promise<User> {
  hash ??= await argon2.hash(PASSWORD);
  return ds
    .getRepository(User)
    .save({ username, passwordHash: hash, fullName: username, role, provinceSlug, unitId, active: true });
}

export async function addUnit(
  ds: DataSource,
  provinceSlug: string,
  name: string,
  tier = 'district',
  parentId: number | null = null,
): Promise<Unit> {
  return ds.getRepository(Unit).save({
    provinceSlug,
    name,
    sortKey: vietnameseSortKey(name),
    searchText: searchText(name),
    tier,
    parentId,
    code: null,
    staffCount: 50,
    validTo: null,
    successorId: null,
  });
}

export async function addPerson(
  ds: DataSource,
  provinceSlug: string,
  unitId: number,
  fullName: string,
  isLeader = false,
): Promise<Person> {
  return ds.getRepository(Person).save({
    provinceSlug,
    unitId,
    fullName,
    sortKey: vietnameseSortKey(fullName),
    searchText: searchText(fullName),
    position: isLeader ? 'Giám đốc' : 'Chuyên viên',
    isLeader,
  });
}

export async function addReading(
  ds: DataSource,
  provinceSlug: string,
  unitId: number,
  indicatorId: string,
  year: number,
  value: number,
) {
  return ds.getRepository(IndicatorReading).save({ provinceSlug, unitId, indicatorId, year, value, source: null });
}

/**
 * Two provinces, each with units, people and one user per role ("tn." = thu-nghiem, "tn2." = thu-nghiem-hai).
 * The clerk "tn.clerk" belongs to the first district.
 */
export async function seedWorld(ds: DataSource) {
  const world = {} as Record<'tn' | 'tn2', { districts: Unit[]; agency: Unit; enterprise: Unit; people: Person[] }>;
  for (const [prefix, slug] of [
    ['tn', 'thu-nghiem'],
    ['tn2', 'thu-nghiem-hai'],
  ] as const) {
    const districts: Unit[] = [];
    for (let i = 1; i <= 12; i++)
      districts.push(await addUnit(ds, slug, `UBND huyện Số ${String(i).padStart(2, '0')}`));
    const agency = await addUnit(ds, slug, 'Sở Thông tin và Truyền thông', 'provincial-agency');
    const enterprise = await addUnit(ds, slug, 'Công ty Cổ phần Số Một', 'enterprise');
    const people: Person[] = [];
    for (const d of districts) people.push(await addPerson(ds, slug, d.id, `Nguyễn Văn ${d.name.slice(-2)}`));
    for (const d of districts) await addReading(ds, slug, d.id, 'dti-score', 2024, 75);
    await addUser(ds, `${prefix}.admin`, 'province-admin', slug);
    await addUser(ds, `${prefix}.info`, 'information-department', slug);
    await addUser(ds, `${prefix}.home`, 'home-affairs', slug);
    await addUser(ds, `${prefix}.clerk`, 'unit-clerk', slug, districts[0]!.id);
    await addUser(ds, `${prefix}.viewer`, 'viewer', slug);
    world[prefix] = { districts, agency, enterprise, people };
  }
  await addUser(ds, 'national', 'national-admin', null);
  return world;
}

/** A request whose body comes back as a Buffer (PDF, DOCX, XLSX), whatever its content type. */
export const binary = (t: request.Test) =>
  t.buffer(true).parse((res, cb) => {
    const chunks: Buffer[] = [];
    res.on('data', (c: Buffer) => chunks.push(c));
    res.on('end', () => cb(null, Buffer.concat(chunks)));
  });

/** A tiny valid PDF, enough for the upload checks (they read the file's first bytes). */
export const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

/** Drives nominations through the workflow over HTTP, as the real users would. */
export function workflow(api: TestApi) {
  const ok = (res: request.Response, what: string) => {
    if (res.status >= 300) throw new Error(`${what}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  };
  return {
    async draft(body: Record<string, unknown>, clerk = 'tn.clerk') {
      const c = await api.as(clerk);
      return ok(
        await c.post('/api/nominations', {
          phaseId: 'so-ket-2024',
          awardFormId: 'bang-khen-ubnd-tinh',
          recipient: 'collective',
          achievements: 'Thành tích',
          ...body,
        }),
        'create',
      ) as { id: number; recipient: string };
    },
    async attachDossier(id: number, recipient: string, clerk = 'tn.clerk') {
      const c = await api.as(clerk);
      const types = recipient === 'collective' ? ['submission-letter', 'achievement-report'] : ['achievement-report'];
      for (const type of types)
        ok(await c.upload(`/api/nominations/${id}/documents`, { type }, PDF, `${type}.pdf`), 'upload');
    },
    async act(id: number, action: string, user: string, reason?: string) {
      return (await api.as(user)).post(`/api/nominations/${id}/actions/${action}`, reason ? { reason } : {});
    },
    /** draft → … → appraised (criteria passed), ready for approval. */
    async toAppraised(id: number, recipient: string, clerk = 'tn.clerk', p = 'tn') {
      await this.attachDossier(id, recipient, clerk);
      ok(await this.act(id, 'submit', clerk), 'submit');
      ok(await this.act(id, 'aggregate', `${p}.info`), 'aggregate');
      const details = ok(await (await api.as(`${p}.home`)).get(`/api/nominations/${id}`), 'get') as {
        checks: { criterionId: string; kind: string }[];
      };
      for (const c of details.checks.filter((x) => x.kind === 'qualitative'))
        ok(
          await (
            await api.as(`${p}.home`)
          ).post(`/api/nominations/${id}/verdicts`, { criterionId: c.criterionId, passed: true }),
          'verdict',
        );
      ok(await this.act(id, 'appraise', `${p}.home`), 'appraise');
    },
  };
}
