import { describe, expect, it } from 'vitest';
import { findIndicator, INDICATORS } from './indicators.js';

describe('national indicator catalogue', () => {
  it('has unique, stable ids with a Vietnamese and an English name', () => {
    expect(new Set(INDICATORS.map((i) => i.id)).size).toBe(INDICATORS.length);
    for (const i of INDICATORS) {
      expect(i.id).toMatch(/^[a-z0-9-]+(\.[a-z]+)?$/);
      expect(i.name.length).toBeGreaterThan(5);
      expect(i.nameEn.length).toBeGreaterThan(5);
    }
  });

  it('splits work dossiers processed online by administrative level', () => {
    expect(findIndicator('work-dossiers-online.commune')).toMatchObject({ level: 'commune', unit: 'percent' });
    expect(findIndicator('dti-rank')?.higherIsBetter).toBe(false);
  });
});

describe('innovation, science and technology (QĐ 923/QĐ-TTg)', () => {
  it('can be the indicator of a 2025-era criterion or target', () => {
    for (const id of ['digital-economy-share-grdp', 'innovation-initiatives', 'science-tech-enterprises'])
      expect(findIndicator(id), id).toBeDefined();
    expect(findIndicator('innovation-initiatives')).toMatchObject({ unit: 'count', higherIsBetter: true });
  });
});
