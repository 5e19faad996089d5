import { describe, expect, it } from 'vitest';
import { countryProvinces, groupProvinces, provincesInCountry } from './boundaries.js';
import type { CountryMap } from './country-map.js';
import { manifestOf, PLAN_A, PLAN_B } from './test-manifests.js';

const source = 'Nghị quyết 202/2025/QH15';
const place = (slug: string, name: string) => ({ slug, name });
// A country's map shaped like the real one (the api loads provinces/country-map.json): two mergers, two unchanged.
const MAP: CountryMap = {
  source,
  from: '2025-07-01',
  provinces: [
    { ...place('dak-lak', 'Đắk Lắk'), formerly: [place('dak-lak', 'Đắk Lắk'), place('phu-yen', 'Phú Yên')] },
    {
      ...place('thai-nguyen', 'Thái Nguyên'),
      formerly: [place('thai-nguyen', 'Thái Nguyên'), place('bac-kan', 'Bắc Kạn')],
    },
    { ...place('dien-bien', 'Điện Biên'), formerly: [place('dien-bien', 'Điện Biên')] },
    { ...place('ha-noi', 'Hà Nội'), formerly: [place('ha-noi', 'Hà Nội')] },
  ],
};
const a = manifestOf(PLAN_A);
const b = manifestOf(PLAN_B, { mergedInto: { slug: 'mau-a', name: 'Tỉnh Mẫu A', date: '2025-07-01', source } });
// C merged into a province that has no plugin ("Tỉnh Mới"), and D merged into C later: a chain.
const c = manifestOf(PLAN_B, {
  slug: 'mau-c',
  name: 'Tỉnh Mẫu C',
  mergedInto: { slug: 'tinh-moi', name: 'Tỉnh Mới', date: '2025-07-01', source },
});
const d = manifestOf(PLAN_B, {
  slug: 'mau-d',
  name: 'Tỉnh Mẫu D',
  mergedInto: { slug: 'mau-c', name: 'Tỉnh Mẫu C', date: '2025-07-01', source },
});

describe('groupProvinces', () => {
  it('keeps every province on its own under the boundaries of the time', () => {
    expect(
      groupProvinces([a, b, c, d], 'then', '2025-12-31').map((g) => [g.slug, g.members.map((m) => m.slug), g.planSlug]),
    ).toEqual([
      ['mau-a', ['mau-a'], 'mau-a'],
      ['mau-b', ['mau-b'], 'mau-b'],
      ['mau-c', ['mau-c'], 'mau-c'],
      ['mau-d', ['mau-d'], 'mau-d'],
    ]);
  });

  it("sums merged provinces under today's successor, following chains, with the successor's plan if it has one", () => {
    const groups = groupProvinces([a, b, c, d], 'today', '2025-12-31');
    expect(groups.map((g) => [g.slug, g.name, g.members.map((m) => m.slug), g.planSlug])).toEqual([
      ['mau-a', 'Tỉnh Mẫu A', ['mau-a', 'mau-b'], 'mau-a'],
      ['tinh-moi', 'Tỉnh Mới', ['mau-c', 'mau-d'], null],
    ]);
  });

  it('applies a merger only from its date on', () => {
    expect(groupProvinces([a, b], 'today', '2025-06-30').map((g) => g.slug)).toEqual(['mau-a', 'mau-b']);
  });

  it('stops at a loop in the data instead of running forever', () => {
    const x = manifestOf(PLAN_A, { mergedInto: { slug: 'mau-b', name: 'Tỉnh Mẫu B', date: '2025-07-01', source } });
    const groups = groupProvinces([x, b], 'today', '2025-12-31');
    expect(groups.flatMap((g) => g.members.map((m) => m.slug)).sort()).toEqual(['mau-a', 'mau-b']);
  });
});

describe('mergers declared by the successor, and the country on each map', () => {
  // Only the successor's plugin says it absorbed "mau-e" (as Đắk Lắk says of Phú Yên).
  const e = manifestOf(PLAN_B, { slug: 'mau-e', name: 'Tỉnh Mẫu E' });
  const a2 = manifestOf(PLAN_A, { absorbed: [{ slug: 'mau-e', name: 'Tỉnh Mẫu E', date: '2025-07-01', source }] });

  it('groups an absorbed province under its successor once the date has come', () => {
    expect(groupProvinces([a2, e], 'today', '2025-12-31').map((g) => [g.slug, g.members.map((m) => m.slug)])).toEqual([
      ['mau-a', ['mau-a', 'mau-e']],
    ]);
    expect(groupProvinces([a2, e], 'today', '2025-06-30')).toHaveLength(2);
  });

  it('counts the map’s provinces once it is in force, their former ones before or on the map of the plans’ time', () => {
    expect(provincesInCountry(MAP, 'today', '2026-01-01')).toBe(4);
    expect(provincesInCountry(MAP, 'today', '2025-06-30')).toBe(6);
    expect(provincesInCountry(MAP, 'then', '2026-01-01')).toBe(6);
  });
});

describe('countryProvinces', () => {
  const real = (slug: string, name: string, extra = {}) => manifestOf(PLAN_B, { slug, name, ...extra });
  // Shaped like the real plugins: one absorbs a province (Nghị quyết 202/2025/QH15), one merged into a province
  // with no plugin, one unchanged.
  const absorbing = real('dak-lak', 'Đắk Lắk', {
    absorbed: [{ slug: 'phu-yen', name: 'Phú Yên', date: '2025-07-01', source }],
  });
  const merged = real('bac-kan', 'Bắc Kạn', {
    mergedInto: { slug: 'thai-nguyen', name: 'Thái Nguyên', date: '2025-07-01', source },
  });
  const unchanged = real('dien-bien', 'Điện Biên');
  const all = [absorbing, merged, unchanged];

  it("lists the map's provinces from its date under today's boundaries, plugins under their successor", () => {
    const rows = countryProvinces(groupProvinces(all, 'today', '2025-07-01'), MAP, 'today', '2025-07-01');
    expect(rows).toHaveLength(4);
    expect(rows.filter((r) => r.hasPlan).map((r) => [r.slug, r.members.map((m) => m.slug)])).toEqual([
      ['dak-lak', ['dak-lak']],
      ['dien-bien', ['dien-bien']],
      ['thai-nguyen', ['bac-kan']],
    ]);
    const thaiNguyen = rows.find((r) => r.slug === 'thai-nguyen')!;
    expect(thaiNguyen.planSlug).toBeNull();
    expect(thaiNguyen.formerly.map((f) => f.slug)).toEqual(['thai-nguyen', 'bac-kan']);
    expect(rows.filter((r) => !r.hasPlan).every((r) => r.members.length === 0)).toBe(true);
    expect(new Set(rows.map((r) => r.slug))).toEqual(new Set(MAP.provinces.map((p) => p.slug)));
  });

  it('sums a former province that has its own plugin without a merger declared into its successor', () => {
    const phuYen = real('phu-yen', 'Phú Yên');
    const rows = countryProvinces(
      groupProvinces([unchanged, phuYen, merged], 'today', '2026-01-01'),
      MAP,
      'today',
      '2026-01-01',
    );
    expect(rows.find((r) => r.slug === 'dak-lak')).toMatchObject({ hasPlan: true, members: [{ slug: 'phu-yen' }] });
  });

  it('keeps the plugins as they are before 01/7/2025, on the map of the time, and a plugin outside the map', () => {
    expect(countryProvinces(groupProvinces(all, 'today', '2025-06-30'), MAP, 'today', '2025-06-30')).toHaveLength(3);
    expect(countryProvinces(groupProvinces(all, 'then', '2026-01-01'), MAP, 'then', '2026-01-01')).toHaveLength(3);
    const rows = countryProvinces(groupProvinces([a, unchanged], 'today', '2026-01-01'), MAP, 'today', '2026-01-01');
    expect(rows).toHaveLength(5);
    expect(rows.find((r) => r.slug === 'mau-a')).toMatchObject({ hasPlan: true });
  });
});
