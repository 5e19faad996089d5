import { describe, expect, it } from 'vitest';
import { validateCountryMap } from './country-map.js';

const place = (slug: string, name: string) => ({ slug, name });
const valid = {
  source: 'Nghị quyết mẫu',
  from: '2025-07-01',
  provinces: [
    { ...place('mau-a', 'Tỉnh Mẫu A'), formerly: [place('mau-a', 'Tỉnh Mẫu A'), place('mau-b', 'Tỉnh Mẫu B')] },
    { ...place('mau-c', 'Tỉnh Mẫu C'), formerly: [place('mau-c', 'Tỉnh Mẫu C')] },
  ],
};
const problems = (input: unknown) => {
  const r = validateCountryMap(input, 'map.json');
  return r.ok ? [] : r.issues.map((i) => `${i.plugin}: ${i.path} ${i.problem}`);
};

describe('validateCountryMap', () => {
  it('accepts a map whose provinces list themselves and hold each former province once', () => {
    expect(validateCountryMap(valid, 'map.json')).toEqual({ ok: true, map: valid });
  });

  it('names the file, the field and the problem of a malformed map', () => {
    expect(problems({ ...valid, from: '01/7/2025' })).toEqual([expect.stringMatching(/^map\.json: from .*YYYY-MM-DD/)]);
    expect(problems({ ...valid, provinces: [] })).toEqual([expect.stringMatching(/^map\.json: provinces /)]);
    expect(problems({ ...valid, extra: 1 })).toHaveLength(1);
    expect(problems({ ...valid, provinces: [{ ...valid.provinces[0], slug: 'Mau A' }] })).toEqual([
      expect.stringMatching(/^map\.json: provinces\[0\]\.slug /),
    ]);
  });

  it('refuses a province that does not list itself, or a former province held by two', () => {
    const a = valid.provinces[0]!;
    const c = valid.provinces[1]!;
    expect(problems({ ...valid, provinces: [{ ...a, formerly: [place('mau-b', 'B')] }, c] })).toEqual([
      expect.stringMatching(/^map\.json: provinces\[0\]\.formerly .*"mau-a"/),
    ]);
    expect(problems({ ...valid, provinces: [a, { ...c, formerly: [...c.formerly, place('mau-b', 'B')] }] })).toEqual([
      expect.stringMatching(/^map\.json: provinces\[1\]\.formerly\[1\] .*"mau-b".*"mau-a"/),
    ]);
  });
});
