import { describe, expect, it } from 'vitest';
import { dmy, dmyTime } from './dates';

describe('dates for users', () => {
  it('writes plain dates as dd/mm/yyyy without shifting the day', () => {
    expect(dmy('2024-08-01')).toBe('01/08/2024');
    expect(dmy('2025-12-31')).toBe('31/12/2025');
  });
  it('writes timestamps as dd/mm/yyyy hh:mm in local time', () => {
    const local = new Date(2024, 0, 5, 9, 7).toISOString();
    expect(dmy(local)).toBe('05/01/2024');
    expect(dmyTime(local)).toBe('05/01/2024 09:07');
  });
  it('leaves empty values empty', () => {
    expect(dmy(null)).toBe('');
    expect(dmyTime(undefined)).toBe('');
  });
});
