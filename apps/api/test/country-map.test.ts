import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { Registration } from '../src/database/entities/index.js';
import { loadCountryMap } from '../src/provinces/country-map.js';
import { addUnit, addUser, startApi, type TestApi } from './harness.js';

/**
 * The country's map shipped in provinces/country-map.json, and the national comparison on today's boundaries after
 * 01/7/2025 over the five real plugins: the 34 provinces of Nghị quyết 202/2025/QH15 are listed, each plugin under its successor (Bắc Kạn under Thái Nguyên, Ninh Thuận under
 * Khánh Hòa; Đắk Lắk and Tuyên Quang absorbed Phú Yên and Hà Giang), the rest marked "chưa có kế hoạch".
 */
let api: TestApi;
type Body = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const MAP = loadCountryMap(loadConfig(process.env).countryMapFile);

beforeAll(async () => {
  api = await startApi({ provincesDir: loadConfig(process.env).provincesDir, today: '2025-09-01' });
  const u = await addUnit(api.ds, 'bac-kan', 'UBND xã Thử', 'commune');
  await api.ds
    .getRepository(Registration)
    .save({ provinceSlug: 'bac-kan', unitId: u.id, year: 2025, registeredOn: '2025-03-15', note: null });
  await addUser(api.ds, 'national', 'national-admin', null);
  await addUser(api.ds, 'bk.admin', 'province-admin', 'bac-kan');
}, 300_000);
afterAll(() => api?.close());

const outcomes = async (user: string, query: string) => {
  const res = await (await api.as(user)).get(`/api/comparison/outcomes?year=2025&${query}`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body as Body;
};

describe("the country's map from 01/7/2025 (Nghị quyết 202/2025/QH15)", () => {
  it('has 34 provinces formed from the 63 former ones, each former one in exactly one, 11 unchanged', () => {
    expect(MAP.from).toBe('2025-07-01');
    expect(MAP.provinces).toHaveLength(34);
    const former = MAP.provinces.flatMap((x) => x.formerly.map((f) => f.slug));
    expect(former).toHaveLength(63);
    expect(new Set(former).size).toBe(63);
    expect(MAP.provinces.filter((x) => x.formerly.length === 1)).toHaveLength(11);
  });

  it("says where the five plans' provinces went", () => {
    const of = (slug: string) => MAP.provinces.find((x) => x.formerly.some((f) => f.slug === slug));
    expect(of('bac-kan')?.name).toBe('Thái Nguyên');
    expect(of('ninh-thuan')?.name).toBe('Khánh Hòa');
    expect(of('phu-yen')?.slug).toBe('dak-lak');
    expect(of('ha-giang')?.slug).toBe('tuyen-quang');
    expect(of('dien-bien')?.formerly).toEqual([{ slug: 'dien-bien', name: 'Điện Biên' }]);
  });

  it('stops start-up on a missing or malformed map, naming the file, the field and the problem', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'thidua-map-'));
    const bad = join(dir, 'bad.json');
    // The api the way start-up builds it, on its own data folder: it must stop before touching any database.
    const start = (countryMapFile: string) =>
      createApp(
        { ...loadConfig({ ...process.env, THIDUA_DATA_DIR: dir, JWT_SECRET: 'x'.repeat(32) }), countryMapFile },
        { logger: false },
      );
    writeFileSync(bad, JSON.stringify({ ...MAP, provinces: [{ ...MAP.provinces[0], formerly: [] }] }));
    await expect(start(bad)).rejects.toThrow(/country map invalid[\s\S]*bad\.json: provinces\[0\]\.formerly /);
    writeFileSync(bad, '{ "source": ');
    await expect(start(bad)).rejects.toThrow(/bad\.json: không phải JSON/);
    await expect(start(join(dir, 'none.json'))).rejects.toThrow(/none\.json: không có tệp/);
  });
});

// The five plans of this repository and where each stands on today's map. Any other plugin in the folder (a sixth
// province added by the README's steps) only adds to what is checked here.
const FIVE: [plugin: string, successor: string][] = [
  ['bac-kan', 'thai-nguyen'],
  ['dak-lak', 'dak-lak'],
  ['dien-bien', 'dien-bien'],
  ['ninh-thuan', 'khanh-hoa'],
  ['tuyen-quang', 'tuyen-quang'],
];
const plugins = async () => ((await api.anon.get('/api/provinces')).body as Body[]).map((p) => p.slug as string);
/** A province of the map that no discovered plugin covers, itself or through a former province. */
const unplanned = async () => {
  const found = await plugins();
  return MAP.provinces.find((p) => !p.formerly.some((f) => found.includes(f.slug)))!;
};

describe('the national comparison on the 2025 map', () => {
  it("lists the 34 provinces under today's boundaries, plugins under their successor, the rest without plan", async () => {
    const o = await outcomes('national', 'boundaries=today');
    const planned = o.rows.filter((r: Body) => r.hasPlan);
    expect(o.scope).toMatchObject({ country: 34, provinces: planned.length });
    const onMap = new Set(MAP.provinces.flatMap((p) => p.formerly.map((f) => f.slug)));
    const outside = (await plugins()).filter((slug) => !onMap.has(slug));
    expect(o.rows).toHaveLength(34 + outside.length);
    expect(o.rows.map((r: Body) => r.slug)).toEqual(expect.arrayContaining(MAP.provinces.map((p) => p.slug)));
    for (const [plugin, successor] of FIVE)
      expect(o.rows.find((r: Body) => r.slug === successor).members.map((m: Body) => m.slug)).toContain(plugin);
    const thaiNguyen = o.rows.find((r: Body) => r.slug === 'thai-nguyen');
    expect(thaiNguyen.formerly.map((f: Body) => f.name)).toEqual(['Thái Nguyên', 'Bắc Kạn']);
    expect(thaiNguyen.counts).toMatchObject({ units: 1, registered: 1 });
    expect(thaiNguyen.figures.registeredShare.value).toBe(100);
    const { slug: freeSlug } = await unplanned();
    const free = o.rows.find((r: Body) => r.slug === freeSlug);
    expect(free).toMatchObject({ hasPlan: false, members: [] });
    expect(Object.values(free.figures).every((f) => (f as Body).value === null && (f as Body).rank === null)).toBe(
      true,
    );
    // Ranks and the distribution are of the provinces with a plan only.
    expect(o.distribution.registeredShare?.n ?? 0).toBeLessThanOrEqual(planned.length);
  });

  it('keeps every plan as it was on the boundaries of the time', async () => {
    const o = await outcomes('national', 'boundaries=then');
    const found = await plugins();
    expect(o.scope).toMatchObject({ country: 63, provinces: found.length });
    expect(o.rows.map((r: Body) => r.slug).sort()).toEqual([...found].sort());
    expect(found).toEqual(expect.arrayContaining(FIVE.map(([plugin]) => plugin)));
    expect(o.rows.every((r: Body) => r.hasPlan)).toBe(true);
  });

  it("shows a province user only their own province's row, under its successor", async () => {
    const o = await outcomes('bk.admin', 'boundaries=today');
    expect(o.rows.map((r: Body) => [r.slug, r.members.map((m: Body) => m.slug)])).toEqual([
      ['thai-nguyen', ['bac-kan']],
    ]);
  });

  it('refuses a drill-down into a province no plan covers', async () => {
    const { slug } = await unplanned();
    const res = await (
      await api.as('national')
    ).get(`/api/comparison/outcomes?year=2025&boundaries=today&province=${slug}`);
    expect(res.status).toBe(404);
  });
});
