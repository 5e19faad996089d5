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
