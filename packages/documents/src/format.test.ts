import { describe, expect, it } from 'vitest';
import {
  roman,
  signatureLines,
  twoDigits,
  vietnameseDate,
  vietnameseNumber,
  vietnameseUpper,
  keepPhrases,
} from './format.js';

describe('Vietnamese formats of Nghị định 30/2020', () => {
  it('pads days below 10 and months below 3 only', () => {
    expect(vietnameseDate('2024-02-05')).toBe('ngày 05 tháng 02 năm 2024');
    expect(vietnameseDate('2022-10-10')).toBe('ngày 10 tháng 10 năm 2022');
    expect(vietnameseDate('2023-05-26')).toBe('ngày 26 tháng 5 năm 2023');
    expect(vietnameseDate('2023-01-31')).toBe('ngày 31 tháng 01 năm 2023');
    expect(() => vietnameseDate('26/5/2023')).toThrow(/YYYY-MM-DD/);
  });

  it('writes numbers with Vietnamese separators', () => {
    expect(vietnameseNumber(1234567.5)).toBe('1.234.567,5');
    expect(vietnameseNumber(87.456, 1)).toBe('87,5');
    expect(twoDigits(8)).toBe('08');
    expect(twoDigits(12)).toBe('12');
    expect(roman(4)).toBe('IV');
  });

  it('upper-cases đ and keeps every tone mark', () => {
    expect(vietnameseUpper('Ủy ban nhân dân tỉnh Đắk Lắk')).toBe('ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK');
    expect(vietnameseUpper('điện biên')).toBe('ĐIỆN BIÊN');
    // Decomposed input (tone as a combining mark) comes out composed.
    expect(vietnameseUpper('Bă\u0301c Ka\u0323n')).toBe('BẮC KẠN');
  });

  it('splits a signer title into authority and title lines', () => {
    expect(signatureLines('KT. CHỦ TỊCH – PHÓ CHỦ TỊCH')).toEqual(['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']);
    expect(signatureLines('KT. Chủ tịch / Phó Chủ tịch')).toEqual(['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']);
    expect(signatureLines('Chủ tịch')).toEqual(['CHỦ TỊCH']);
  });

  it('keeps the phrases of an official title together: a line breaks between phrases only', () => {
    const nb = (s: string) => s.replace(/\u00a0/g, '_');
    expect(nb(keepPhrases('BẰNG KHEN CỦA CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK'))).toBe(
      'BẰNG_KHEN CỦA_CHỦ_TỊCH ỦY_BAN_NHÂN_DÂN TỈNH_ĐẮK_LẮK',
    );
    expect(nb(keepPhrases('CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH'))).toBe('CHỦ_TỊCH ỦY_BAN_NHÂN_DÂN_TỈNH');
    expect(nb(keepPhrases('ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH'))).toBe('ỦY_BAN_NHÂN_DÂN THÀNH_PHỐ_HỒ_CHÍ_MINH');
  });
});
