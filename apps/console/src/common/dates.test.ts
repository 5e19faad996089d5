import { describe, expect, it } from 'vitest';
import { dmy, dmyTime, parseDmyTime } from './dates';

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
  it('reads a typed date and time as dd/mm/yyyy hh:mm, refusing what is not on the calendar or the clock', () => {
    expect(parseDmyTime('05/09/2024 08:30')).toBe('2024-09-05T08:30');
    expect(parseDmyTime(' 5/9/2024 8:30 ')).toBe('2024-09-05T08:30');
    expect(parseDmyTime('05/09/2024 14h05')).toBe('2024-09-05T14:05');
    for (const bad of [
      '',
      '05/09/2024',
      '09/05/2024 8:30 PM',
      '2024-09-05T08:30',
      '30/02/2024 08:00',
      '05/09/2024 24:00',
    ])
      expect(parseDmyTime(bad), bad).toBeNull();
  });
});
