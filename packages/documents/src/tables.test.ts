import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { type Column, toCsv, toXlsx } from './tables.js';

interface Row {
  name: string;
  unit: string;
  score: number | null;
}
const rows: Row[] = [
  { name: 'Đặng Thị Ước', unit: 'UBND huyện Đắk Mil', score: 87.5 },
  { name: '=HYPERLINK("x")', unit: 'Xã "Mới", huyện Số 01', score: null },
];
const columns: Column<Row>[] = [
  { header: 'Họ và tên', value: (r) => r.name, width: 30 },
  { header: 'Đơn vị', value: (r) => r.unit },
  { header: 'Điểm', value: (r) => r.score },
];

describe('list exports', () => {
  it('XLSX: header row, Vietnamese text and numbers as numbers, dated from the data', async () => {
    const buf = await toXlsx(rows, columns, { sheetName: 'Đề nghị', date: '2024-09-20' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buf as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet('Đề nghị')!;
    expect(sheet.getRow(1).values).toEqual([undefined, 'Họ và tên', 'Đơn vị', 'Điểm']);
    expect(sheet.getCell('A2').value).toBe('Đặng Thị Ước');
    expect(sheet.getCell('C2').value).toBe(87.5);
    expect(sheet.getCell('B3').value).toBe('Xã "Mới", huyện Số 01');
    expect(wb.created.toISOString()).toBe('2024-09-20T00:00:00.000Z');
    await new Promise((r) => setTimeout(r, 2100));
    expect(buf.equals(await toXlsx(rows, columns, { sheetName: 'Đề nghị', date: '2024-09-20' }))).toBe(true);
  });

  it('CSV: UTF-8 with BOM for Excel, quoted fields, formulas neutralised', () => {
    const buf = toCsv(rows, columns);
    expect([...buf.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(buf.toString('utf8')).toBe(
      '\ufeffHọ và tên,Đơn vị,Điểm\r\nĐặng Thị Ước,UBND huyện Đắk Mil,87.5\r\n"\'=HYPERLINK(""x"")","Xã ""Mới"", huyện Số 01",\r\n',
    );
  });
});
