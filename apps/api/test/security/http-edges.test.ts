import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ThrottlerException } from '@nestjs/throttler';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { Clock } from '../../src/common/clock.js';
import { errorReply } from '../../src/common/errors.filter.js';
import { AwardDecision, Nomination } from '../../src/database/entities/index.js';
import { PDF, startApi, type TestApi } from '../harness.js';
import { resetThrottle, securityWorld, tokenOf } from './fixtures.js';
import { bodyOf, discoverRoutes, type Hints, isMultipart, type Route, send, urlOf, withParam } from './routes.js';

/**
 * What an outsider's client gets wrong at the HTTP level, over every route of the OpenAPI document: an address
 * or method the api does not have, a body that is not JSON, a second file, a path id that is not a number, a
 * query parameter given twice, text typed decomposed (NFD). Each is a JSON 4xx with a code and a message in
 * Vietnamese then English naming what is wrong, never a 5xx nor the console's page; Vietnamese text is stored
 * composed (NFC), so it matches, sorts and prints like the same text typed otherwise.
 */

let api: TestApi;
let routes: Route[];
let hints: Hints;
let admin: string;
const consoleDir = mkdtempSync(join(tmpdir(), 'thidua-console-'));
writeFileSync(join(consoleDir, 'index.html'), '<!doctype html><title>console</title>');

beforeAll(async () => {
  // The console is served beside the api, as in production: an api address must never fall through to its page.
  api = await startApi({ consoleDir });
  hints = await securityWorld(api);
  routes = await discoverRoutes(api.app);
  admin = await tokenOf(api.app, 'tn.admin');
});
afterAll(() => api?.close());

const http = () => request(api.app.getHttpServer());
/** Vietnamese first, then English: "… / …". */
const VI_EN = / \/ /;
const told = (res: request.Response, status: number, code: string) =>
  res.status === status &&
  /application\/json/.test(String(res.headers['content-type'])) &&
  res.body?.code === code &&
  VI_EN.test(String(res.body?.message));
const show = (res: request.Response) =>
  `${res.status} ${res.body?.code} ${String(res.body?.message ?? res.text).slice(0, 120)}`;
const nfd = (s: string) => s.normalize('NFD');

describe("the framework's own refusals are told like the api's", () => {
  it('an address or a method the api does not have is a JSON 404 "no-route", never the console\'s page', async () => {
    const wrong: string[] = [];
    const methods = ['get', 'post', 'put', 'patch', 'delete'] as const;
    const paths = new Map<string, Set<string>>();
    for (const r of routes) paths.set(r.path, (paths.get(r.path) ?? new Set()).add(r.method));
    const taken = (m: string, url: string) =>
      routes.some((r) => r.method === m && new RegExp(`^${r.path.replace(/\{\w+\}/g, '[^/]+')}$`).test(url));
    for (const [path, has] of paths) {
      const route = routes.find((r) => r.path === path)!;
      const url = urlOf(route, hints).split('?')[0]!;
      // A method the path lacks, unless another route of that method takes the same address (GET /units/import
      // is GET /units/{id} with a bad id).
      for (const method of methods.filter((m) => !has.has(m) && !taken(m, url))) {
        const res = await http()[method](url).set('Authorization', `Bearer ${admin}`);
        if (!told(res, 404, 'no-route')) wrong.push(`${method.toUpperCase()} ${url} → ${show(res)}`);
      }
      const deeper = `${url}/khong-co`;
      if (taken('get', deeper)) continue;
      const res = await http().get(deeper).set('Authorization', `Bearer ${admin}`);
      if (!told(res, 404, 'no-route')) wrong.push(`GET ${deeper} → ${show(res)}`);
    }
    for (const url of ['/api', '/api/', '/api/khong-co', '/API/KHONG-CO', '/api/units/1/2/3']) {
      const res = await http().get(url);
      if (!told(res, 404, 'no-route')) wrong.push(`GET ${url} (anonymous) → ${show(res)}`);
    }
    expect(wrong).toEqual([]);
  });

  it('the api answers its routes whatever the case of /api; the console keeps what is not under /api', async () => {
    const units = await http().get('/API/units').set('Authorization', `Bearer ${admin}`);
    expect(units.status).toBe(200);
    expect(Array.isArray(units.body)).toBe(true);
    const page = await http().get('/apis');
    expect(page.status).toBe(200);
    expect(page.text).toContain('<title>console</title>');
  });

  it('a JSON body that is malformed, or a bare null, is a 400 "bad-json" on every route that takes one', async () => {
    const wrong: string[] = [];
    let tried = 0;
    for (const route of routes.filter((r) => r.op.requestBody?.content['application/json'])) {
      resetThrottle(api.app);
      for (const text of ['{"name": "Thử', 'null', "{'a': 1}", '']) {
        if (text === '') continue;
        tried++;
        let req = http()[route.method](urlOf(route, hints)).set('Content-Type', 'application/json');
        if (!route.isPublic) req = req.set('Authorization', `Bearer ${admin}`);
        const res = await req.send(text);
        if (!told(res, 400, 'bad-json'))
          wrong.push(`${route.method.toUpperCase()} ${route.path} ${text} → ${show(res)}`);
      }
    }
    expect(tried).toBeGreaterThan(30);
    expect(wrong).toEqual([]);
  });

  it('a body over the limit is a 413 "too-large"; an unknown charset a 415 "bad-content-type"', async () => {
    const big = await http()
      .post('/api/units')
      .set('Authorization', `Bearer ${admin}`)
      .set('Content-Type', 'application/json')
      .send(JSON.stringify({ name: 'x'.repeat(2_000_000), tier: 'district' }));
    expect(told(big, 413, 'too-large'), show(big)).toBe(true);
    const charset = await http()
      .post('/api/units')
      .set('Authorization', `Bearer ${admin}`)
      .set('Content-Type', 'application/json; charset=latin9')
      .send('{}');
    expect(told(charset, 415, 'bad-content-type'), show(charset)).toBe(true);
  });

  it('the per-route rate limit (1,000 a minute) is a 429 "too-many-requests"', () => {
    const reply = errorReply(new ThrottlerException())!;
    expect(reply.status).toBe(429);
    expect(reply.body.code).toBe('too-many-requests');
    expect(reply.body.message).toMatch(VI_EN);
  });

  it('an upload with a second file, or a file in another field, is a 400 "bad-upload" on every upload route', async () => {
    const wrong: string[] = [];
    const uploads = routes.filter(isMultipart);
    expect(uploads.length).toBeGreaterThan(2);
    for (const route of uploads) {
      const url = urlOf(route, hints);
      const two = await http()
        .post(url)
        .set('Authorization', `Bearer ${admin}`)
        .field('type', 'achievement-report')
        .attach('file', PDF, 'a.pdf')
        .attach('file', PDF, 'b.pdf');
      if (!told(two, 400, 'bad-upload')) wrong.push(`${route.path} two files → ${show(two)}`);
      const other = await http()
        .post(url)
        .set('Authorization', `Bearer ${admin}`)
        .field('type', 'achievement-report')
        .attach('tep', PDF, 'a.pdf');
      if (!told(other, 400, 'bad-upload')) wrong.push(`${route.path} field "tep" → ${show(other)}`);
    }
    expect(wrong).toEqual([]);
  });
});

describe('path and query parameters', () => {
  it('a path id that is not an integer is a 400 naming the parameter, in Vietnamese and English', async () => {
    const wrong: string[] = [];
    let tried = 0;
    for (const route of routes.filter((r) => !r.isPublic)) {
      resetThrottle(api.app);
      for (const p of route.op.parameters ?? []) {
        if (p.in !== 'path' || p.schema?.type !== 'number') continue;
        for (const value of ['abc', '1.5', '1e3', '0x10']) {
          tried++;
          const res = await send(
            api.app,
            route,
            urlOf(route, withParam(route, hints, p.name, value)),
            admin,
            bodyOf(route, hints),
          );
          if (!told(res, 400, 'invalid-input') || !String(res.body.message).startsWith(`${p.name}:`))
            wrong.push(`${route.method.toUpperCase()} ${route.path} ${p.name}=${value} → ${show(res)}`);
        }
      }
    }
    expect(tried).toBeGreaterThan(80);
    expect(wrong).toEqual([]);
  });

  it('a record or province that is not there is a 404 told in Vietnamese then in English, on every GET route', async () => {
    const national = await tokenOf(api.app, 'national');
    // Vietnamese letters with diacritics: the English half must not borrow the Vietnamese noun.
    const VIETNAMESE = /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/i;
    const wrong: string[] = [];
    let tried = 0;
    for (const route of routes.filter((r) => r.method === 'get' && !r.isPublic)) {
      resetThrottle(api.app);
      for (const p of route.op.parameters ?? []) {
        if (p.in !== 'path' || !['id', 'slug'].includes(p.name)) continue;
        tried++;
        const missing = p.name === 'id' ? 2_000_000_000 : 'khong-co-tinh';
        const res = await send(
          api.app,
          route,
          urlOf(route, withParam(route, hints, p.name, missing)),
          national,
          undefined,
        );
        const english = String(res.body?.message ?? '')
          .split(' / ')
          .slice(1)
          .join(' / ');
        if (res.status !== 404 || !told(res, 404, res.body?.code) || VIETNAMESE.test(english))
          wrong.push(`GET ${route.path} ${p.name}=${missing} → ${show(res)}`);
      }
    }
    expect(tried).toBeGreaterThan(15);
    expect(wrong).toEqual([]);
  });

  it('a query parameter given twice (an array to the parser) is never a 5xx; a refusal names it', async () => {
    const wrong: string[] = [];
    let tried = 0;
    for (const route of routes) {
      resetThrottle(api.app);
      for (const p of (route.op.parameters ?? []).filter((x) => x.in === 'query')) {
        tried++;
        const once = urlOf(route, hints);
        const value = String(hints[p.name] ?? '1');
        const url = `${once}${once.includes('?') ? '&' : '?'}${p.name}=${encodeURIComponent(value)}&${p.name}=${encodeURIComponent(value)}`;
        const res = await send(
          api.app,
          route,
          url,
          route.isPublic ? undefined : admin,
          isMultipart(route) ? {} : bodyOf(route, hints),
        );
        if (res.status >= 500) wrong.push(`${route.method.toUpperCase()} ${url} → ${show(res)}`);
        else if (res.status === 400 && res.body?.code === 'invalid-input' && !String(res.body.message).includes(p.name))
          wrong.push(`${route.method.toUpperCase()} ${url} → ${show(res)} (does not name ${p.name})`);
      }
    }
    expect(tried).toBeGreaterThan(20);
    expect(wrong).toEqual([]);
  });

  it('?at= of the criteria is a date or a moment with its offset, compared as a moment; anything else a 400', async () => {
    const client = await api.as('tn.admin');
    const base = '/api/provinces/thu-nghiem/criteria';
    expect((await client.post(`${base}/mo-hinh/retire`, { baseVersion: 1, reason: 'Thử thời điểm' })).status).toBe(201);
    const v2 = (await client.get(`${base}/versions`)).body.find((v: { version: number }) => v.version === 2);
    const created = Date.parse(v2.createdAt);
    // The same moment written in Vietnam time sorts after it as text: it must be compared as a moment.
    const vietnam = (ms: number) => `${new Date(ms + 7 * 3600_000).toISOString().slice(0, 19)}+07:00`;
    const at = async (value: string) => client.get(`${base}?at=${encodeURIComponent(value)}`);
    expect((await at(vietnam(created - 3600_000))).body.version).toBe(1);
    expect((await at(vietnam(created + 3600_000))).body.version).toBe(2);
    expect((await at(new Date(created + 1000).toISOString())).body.version).toBe(2);
    expect((await at('2020-01-01')).body.version).toBe(1);
    for (const bad of [
      'abc',
      '2025-02-30',
      '2025-13-01',
      '2025-07-01T25:00:00Z',
      '2025-07-01T10:00:00',
      '10000-01-01',
    ]) {
      const res = await at(bad);
      expect(
        told(res, 400, 'invalid-input') && String(res.body.message).startsWith('at:'),
        `${bad} → ${show(res)}`,
      ).toBe(true);
    }
    const twice = await client.get(`${base}?at=2024-01-01&at=2024-02-01`);
    expect(twice.status).toBe(400);
    expect(twice.body.message).toMatch(/^at: /);
  });
});

describe('Vietnamese typed decomposed (NFD) is kept composed (NFC)', () => {
  it('a unit named in NFD is stored in NFC, found by an NFD or an NFC search', async () => {
    const client = await api.as('tn.admin');
    const name = 'UBND huyện Hòa Thuận Tổ Hợp';
    const created = await client.post('/api/units', { name: nfd(name), tier: 'district' });
    expect(created.status).toBe(201);
    expect(created.body.name).toBe(name);
    for (const q of [nfd('hòa thuận tổ'), 'Hòa Thuận tổ']) {
      const found = await client.get(`/api/units?filter=${encodeURIComponent(JSON.stringify({ q }))}`);
      expect(found.body.map((u: { name: string }) => u.name)).toEqual([name]);
    }
    const exact = await client.get(`/api/units?filter=${encodeURIComponent(JSON.stringify({ id: created.body.id }))}`);
    expect(exact.body[0].name).toBe(name);
  });

  it('an import file typed in NFD matches its headers and the units it names', async () => {
    const client = await api.as('tn.admin');
    const csv = (lines: string[]) => Buffer.from(`\uFEFF${nfd(lines.join('\n'))}\n`, 'utf8');
    const units = await client.upload(
      '/api/units/import',
      {},
      csv(['Tên đơn vị,Đối tượng,Đơn vị cấp trên', 'Phòng Văn hóa Đồng Tâm,district,UBND huyện Số 01']),
      'don-vi.csv',
    );
    expect(units.status, show(units)).toBe(200);
    expect(units.body.rows[0].errors).toEqual([]);
    expect(units.body.rows[0].values.name).toBe('Phòng Văn hóa Đồng Tâm');
    const readings = await client.upload(
      '/api/readings/import',
      {},
      csv(['Đơn vị,Mã chỉ số,Năm,Giá trị', 'UBND huyện Số 02,dti-score,2022,80']),
      'so-lieu.csv',
    );
    expect(readings.status, show(readings)).toBe(200);
    expect(readings.body.rows[0].errors).toEqual([]);
  });

  it('a dossier file named in NFD keeps its name, composed, not its letters turned into "_"', async () => {
    const clerk = await api.as('tn.clerk');
    const name = 'Báo cáo thành tích Đồng Tâm.pdf';
    const res = await clerk.upload(
      `/api/nominations/${String(hints['nominations.id'])}/documents`,
      { type: 'achievement-report' },
      PDF,
      nfd(name),
    );
    expect(res.status, show(res)).toBe(201);
    expect(res.body.fileName).toBe(name);
  });
});

describe("dates are Vietnam's days, whatever the server's time zone", () => {
  it('today turns at midnight in Hà Nội: at 01:00 on 1/10 (18:00 UTC on 30/9) a deadline of 30/9 is past', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(new Date('2024-09-30T18:00:00Z'));
      expect(new Clock().today()).toBe('2024-10-01');
      vi.setSystemTime(new Date('2024-09-30T16:59:59Z'));
      expect(new Clock().today()).toBe('2024-09-30');
      expect(new Clock('2024-08-01').today()).toBe('2024-08-01');
    } finally {
      vi.useRealTimers();
    }
  });

  it('a dossier drafted at 02:00 on 1/7/2025 in Hà Nội is dated 01/7/2025, under the law of that day', async () => {
    const id = Number(hints['nominations.id']);
    await api.ds.getRepository(Nomination).update(id, { createdAt: '2025-06-30T19:00:00.000Z', submittedAt: null });
    const letter = await (
      await api.as('tn.admin')
    ).get(`/api/nominations/${id}/documents-generated/submission-letter?format=html`);
    expect(letter.status, show(letter)).toBe(200);
    const text = letter.text.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    expect(text).toMatch(/ngày 0?1 tháng 0?7 năm 2025/);
    expect(text).not.toMatch(/ngày 30 tháng 0?6 năm 2025/);
    expect(text).toContain('152/2025/NĐ-CP');
    expect(text).not.toContain('98/2023/NĐ-CP');
  });
});

describe('dates a client can mistype', () => {
  /** The date fields of a JSON body, as the OpenAPI document describes them (YYYY-MM-DD). */
  const dateFields = (route: Route) => {
    const schema = route.op.requestBody?.content['application/json']?.schema as
      { properties?: Record<string, { pattern?: string; anyOf?: { pattern?: string }[] }> } | undefined;
    const isDate = (p?: string) => Boolean(p?.includes('\\d{4}-\\d{2}-\\d{2}'));
    const isTime = (p?: string) => Boolean(p?.includes('T'));
    return Object.entries(schema?.properties ?? {})
      .map(([k, v]) => [k, [v, ...(v.anyOf ?? [])].find((x) => isDate(x.pattern))?.pattern] as const)
      .filter(([, pattern]) => pattern)
      .map(([k, pattern]) => ({ field: k, time: isTime(pattern) }));
  };

  it('a day not on the calendar, or a year before 1900 or after 2199, is a 400 naming the field, on every route that takes a date or a time', async () => {
    const wrong: string[] = [];
    let tried = 0;
    for (const route of routes) {
      resetThrottle(api.app);
      for (const { field, time } of dateFields(route)) {
        for (const day of ['0000-01-01', '0001-01-01', '1899-12-31', '2200-01-01', '9999-12-31', '2025-02-30']) {
          tried++;
          const body = { ...(bodyOf(route, hints) as object), [field]: time ? `${day}T08:00` : day };
          const res = await send(api.app, route, urlOf(route, hints), admin, body);
          if (!told(res, 400, 'invalid-input') || !String(res.body.message).startsWith(`${field}:`))
            wrong.push(`${route.method.toUpperCase()} ${route.path} ${field}=${day} → ${show(res)}`);
        }
      }
    }
    expect(tried).toBeGreaterThan(20);
    expect(wrong).toEqual([]);
  });

  it('an award decision signed before its phase starts is refused, created or corrected, and nothing is written', async () => {
    const home = await api.as('tn.home');
    const before = await api.ds.getRepository(AwardDecision).count();
    const draft = {
      phaseId: 'so-ket-2024',
      awardFormId: 'bang-khen-ubnd-tinh',
      number: '77/QĐ-UBND',
      signerName: 'Nguyễn Văn Ký',
      signerTitle: 'Chủ tịch',
    };
    for (const signedOn of ['2024-06-30', '2023-01-01', '1900-01-01']) {
      const res = await home.post('/api/decisions', { ...draft, signedOn });
      expect(told(res, 400, 'bad-signing-date') && String(res.body.message).startsWith('signedOn:'), show(res)).toBe(
        true,
      );
    }
    expect(await api.ds.getRepository(AwardDecision).count()).toBe(before);
    const ok = await home.post('/api/decisions', { ...draft, signedOn: '2024-07-01' });
    expect(ok.status, show(ok)).toBe(201);
    const moved = await home.put(`/api/decisions/${ok.body.id}`, { signedOn: '2024-06-01' });
    expect(told(moved, 400, 'bad-signing-date'), show(moved)).toBe(true);
    expect((await api.ds.getRepository(AwardDecision).findOneByOrFail({ id: ok.body.id })).signedOn).toBe('2024-07-01');
  });
});

describe('units form a tree and a succession, never a loop', () => {
  it('a unit cannot be put under a unit below it, nor succeed itself through a chain; nothing is written', async () => {
    const client = await api.as('tn.admin');
    const unit = async (name: string, extra: object = {}) =>
      (await client.post('/api/units', { name, tier: 'district', ...extra })).body as { id: number };
    const a = await unit('UBND huyện Vòng A');
    const b = await unit('UBND huyện Vòng B', { parentId: a.id });
    const c = await unit('UBND huyện Vòng C', { parentId: b.id });
    for (const parentId of [b.id, c.id]) {
      const res = await client.put(`/api/units/${a.id}`, { parentId });
      expect(told(res, 400, 'unit-cycle') && String(res.body.message).startsWith('parentId:'), show(res)).toBe(true);
    }
    for (const successorId of [a.id]) {
      const res = await client.put(`/api/units/${a.id}`, { successorId });
      expect(told(res, 400, 'unit-cycle') && String(res.body.message).startsWith('successorId:'), show(res)).toBe(true);
    }
    expect((await client.put(`/api/units/${b.id}`, { successorId: c.id })).status).toBe(200);
    const back = await client.put(`/api/units/${c.id}`, { successorId: b.id });
    expect(told(back, 400, 'unit-cycle'), show(back)).toBe(true);
    const rows = (await client.get(`/api/units?filter=${encodeURIComponent(JSON.stringify({ q: 'vong' }))}`)).body as {
      id: number;
      parentId: number | null;
      successorId: number | null;
    }[];
    expect(rows.find((r) => r.id === a.id)).toMatchObject({ parentId: null, successorId: null });
    expect(rows.find((r) => r.id === c.id)).toMatchObject({ parentId: b.id, successorId: null });
    // Moving a unit elsewhere in the tree is still fine.
    expect((await client.put(`/api/units/${c.id}`, { parentId: a.id })).status).toBe(200);
  });
});
