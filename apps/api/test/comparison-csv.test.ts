import { describe, expect, it } from 'vitest';
import { toCsv } from '../src/comparison/export.js';

describe('comparison CSV', () => {
  it('writes decimals with a comma for Excel with Vietnamese settings, quoting them, integers and text unchanged', () => {
    const csv = toCsv({
      name: 'x',
      rows: [
        ['Tỉnh', 'Số khen thưởng / 100 đơn vị', 'Đơn vị'],
        ['Hà Giang', 12.5, 40],
      ],
    })
      .toString('utf8')
      .replace(/^\uFEFF/, '');
    expect(csv).toBe('Tỉnh,Số khen thưởng / 100 đơn vị,Đơn vị\r\nHà Giang,"12,5",40\r\n');
  });
});
