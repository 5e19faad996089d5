import { describe, expect, it } from 'vitest';
import { parseDmy } from './DateTextInput';

describe('dates typed as dd/mm/yyyy', () => {
  it('become YYYY-MM-DD once whole and valid', () => {
    expect(parseDmy('15/3/2024')).toBe('2024-03-15');
    expect(parseDmy('01/08/2024')).toBe('2024-08-01');
  });
  it('stay as typed while partial or impossible, so the field never jumps', () => {
    expect(parseDmy('15/0')).toBe('15/0');
    expect(parseDmy('31/02/2024')).toBe('31/02/2024');
  });
  it('empty is no date', () => {
    expect(parseDmy(' ')).toBeNull();
  });
});
