import { describe, expect, it } from 'vitest';
import { can } from './permissions.js';

describe('permissions', () => {
  it('lets only administrators edit criteria', () => {
    expect(can('province-admin', 'update', 'criteria')).toBe(true);
    expect(can('home-affairs', 'update', 'criteria')).toBe(false);
    expect(can('viewer', 'read', 'criteria')).toBe(true);
  });

  it('keeps the viewer read-only everywhere', () => {
    for (const r of ['units', 'nominations', 'decisions', 'criteria', 'readings'] as const) {
      expect(can('viewer', 'create', r) || can('viewer', 'update', r) || can('viewer', 'delete', r)).toBe(false);
    }
  });

  it('lets unit clerks nominate but not decide', () => {
    expect(can('unit-clerk', 'create', 'nominations')).toBe(true);
    expect(can('unit-clerk', 'create', 'decisions')).toBe(false);
    expect(can('unit-clerk', 'read', 'audit')).toBe(false);
  });
});
