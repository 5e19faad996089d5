import { describe, expect, it } from 'vitest';
import { shortDate } from './dates.js';

describe('shortDate', () => {
  it('writes dd/mm/yyyy with leading zeros, taking a timestamp by its written date', () => {
    expect(shortDate('2024-09-05')).toBe('05/09/2024');
    expect(shortDate('2024-12-31')).toBe('31/12/2024');
    expect(shortDate('2024-08-01T23:30:00.000Z')).toBe('01/08/2024');
  });

  it('refuses what is not written YYYY-MM-DD rather than print a wrong date', () => {
    expect(() => shortDate('5/9/2024')).toThrow(/YYYY-MM-DD/);
    expect(() => shortDate('')).toThrow(/YYYY-MM-DD/);
  });
});
