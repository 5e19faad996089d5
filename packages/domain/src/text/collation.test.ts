import { describe, expect, it } from 'vitest';
import { compareVietnamese } from './collation.js';

describe('Vietnamese collation', () => {
  it('orders the alphabet a ă â … d đ … o ô ơ … u ư', () => {
    const words = ['ư', 'đa', 'ơ', 'an', 'ăn', 'ân', 'da', 'ô', 'o', 'u', 'b'];
    expect([...words].sort(compareVietnamese)).toEqual(['an', 'ăn', 'ân', 'b', 'da', 'đa', 'o', 'ô', 'ơ', 'u', 'ư']);
  });

  it('sorts province names: Đ after D, then letter by letter', () => {
    const names = ['Điện Biên', 'Đắk Lắk', 'Bắc Kạn', 'Ninh Thuận', 'Tuyên Quang', 'Đà Nẵng', 'Cà Mau'];
    expect([...names].sort(compareVietnamese)).toEqual([
      'Bắc Kạn',
      'Cà Mau',
      'Đà Nẵng',
      'Đắk Lắk',
      'Điện Biên',
      'Ninh Thuận',
      'Tuyên Quang',
    ]);
  });

  it('uses tones only to break ties: ma, mà, mả, mã, má, mạ', () => {
    expect(['mạ', 'má', 'mã', 'mả', 'mà', 'ma'].sort(compareVietnamese)).toEqual(['ma', 'mà', 'mả', 'mã', 'má', 'mạ']);
    expect(['mạnh', 'mai'].sort(compareVietnamese)).toEqual(['mai', 'mạnh']);
  });

  it('ignores case and sorts numbers before letters', () => {
    expect(['xã 2', 'Xã 10', 'xã 1'].sort(compareVietnamese)).toEqual(['xã 1', 'Xã 10', 'xã 2']);
    expect(['Ấp', 'ấp', 'Anh'].sort(compareVietnamese)[0]).toBe('Anh');
  });
});

describe('searchText', () => {
  it('matches without tones, marks or case', async () => {
    const { searchText } = await import('./collation.js');
    expect(searchText('  Sở Thông tin và Truyền thông ĐẮK LẮK ')).toBe('so thong tin va truyen thong dak lak');
  });
});
