import { describe, expect, it } from 'vitest';
import { checkRows } from './CsvImport';
import { parseCsv } from './csv';

describe('CSV import', () => {
  it('reads quoted cells, semicolons and a BOM', () => {
    expect(parseCsv('\uFEFFa;b\r\n"Sở Y tế; Đắk Lắk";"x ""y"""\n')).toEqual([['a', 'b'], ['Sở Y tế; Đắk Lắk', 'x "y"']]);
  });
  it('reports each bad row by its row number in the file and converts dd/mm/yyyy dates', () => {
    const rows = checkRows('unitId,year,registeredOn\n12,2024,15/03/2024\nabc,,2024-13\n', [
      { source: 'unitId', type: 'number', required: true },
      { source: 'year', type: 'number', required: true },
      { source: 'registeredOn', type: 'date', required: true },
    ], (s) => s);
    expect(rows[0]).toEqual({ row: 2, values: { unitId: 12, year: 2024, registeredOn: '2024-03-15' }, errors: [] });
    expect(rows[1]!.row).toBe(3);
    expect(rows[1]!.errors).toHaveLength(3);
  });
});
