import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Unit } from '../src/database/entities/index.js';
import { addUnit, seedWorld, startApi, type TestApi } from './harness.js';

let api: TestApi;
let world: Awaited<ReturnType<typeof seedWorld>>;
let elsewhere: Unit;

beforeAll(async () => {
  api = await startApi();
  world = await seedWorld(api.ds);
  await api.ds.getRepository(Unit).update(world.tn.districts[4]!.id, { code: 'H05' });
  elsewhere = await addUnit(api.ds, 'thu-nghiem-hai', 'UBND huyện Chỉ Có Ở Tỉnh Hai');
});
afterAll(() => api?.close());

const csv = (lines: string[]) => Buffer.from(`\uFEFF${lines.join('\n')}\n`, 'utf8');
const count = async (table: string) => Number((await api.ds.query(`SELECT COUNT(*) AS n FROM ${table}`))[0].n);
const imports = async (entity: string) =>
  Number(
    (await api.ds.query(`SELECT COUNT(*) AS n FROM audit_event WHERE action = 'import' AND entity = '${entity}'`))[0].n,
  );

describe('readings import', () => {
  const header = 'Đơn vị,Mã chỉ số,Năm,Giá trị,Nguồn';

  it('previews each row with its errors in Vietnamese; a bad row means nothing is saved', async () => {
    const admin = await api.as('tn.admin');
    const before = await count('indicator_reading');
    const file = csv([
      header,
      'H05,dti-score,2023,80,Bộ TT&TT',
      'UBND huyện Số 06,open-data-agencies,2023,"55,5",',
      'UBND huyện Số 07,chi-so-bia,2023,1,',
      `${elsewhere.name},dti-score,2023,70,`,
      'UBND huyện Số 01,dti-score,2024,90,',
      'H05,dti-score,2023,81,',
      'UBND huyện Số 08,dti-score,2023,140,',
    ]);
    const preview = await admin.upload('/api/readings/import', {}, file, 'so-lieu.csv');
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({ valid: 2, invalid: 5 });
    const errors = (row: number) => preview.body.rows.find((r: { row: number }) => r.row === row).errors.join('; ');
    expect(errors(2)).toBe('');
    expect(preview.body.rows[1].values).toMatchObject({ unit: 'UBND huyện Số 06', value: '55,5' });
    expect(errors(4)).toContain('"chi-so-bia" không có trong danh mục chỉ số quốc gia');
    expect(errors(5)).toContain(`Đơn vị "${elsewhere.name}" không có trong tỉnh`);
    expect(errors(6)).toContain('đã có số liệu');
    expect(errors(7)).toContain('đã có số liệu');
    expect(errors(8)).toContain('tỷ lệ phải từ 0 đến 100');
    const refused = await admin.upload('/api/readings/import?commit=1', {}, file, 'so-lieu.csv');
    expect(refused.body.saved).toBeUndefined();
    expect(await count('indicator_reading')).toBe(before);
    expect(await imports('readings')).toBe(0);
  });

  it('saves every row of a clean file in one go, each with its audit event', async () => {
    const admin = await api.as('tn.admin');
    const before = await count('indicator_reading');
    const saved = await admin.upload(
      '/api/readings/import?commit=1',
      {},
      csv([header, 'H05,dti-score,2023,80,Bộ TT&TT', 'UBND huyện Số 06,open-data-agencies,2023,"55,5",']),
      'so-lieu.csv',
    );
    expect(saved.body).toMatchObject({ valid: 2, invalid: 0, saved: 2 });
    expect(await count('indicator_reading')).toBe(before + 2);
    expect(await imports('readings')).toBe(2);
    const row = (
      await admin.get(
        `/api/readings?filter=${encodeURIComponent(JSON.stringify({ unitId: world.tn.districts[5]!.id, year: 2023 }))}`,
      )
    ).body[0];
    expect(row).toMatchObject({ indicatorId: 'open-data-agencies', value: 55.5, provinceSlug: 'thu-nghiem' });
  });

  it('is refused to roles that may not create readings, and asks a national administrator for the province', async () => {
    const file = csv([header, 'H05,dti-score,2022,80,']);
    expect((await (await api.as('tn.viewer')).upload('/api/readings/import', {}, file, 'x.csv')).status).toBe(403);
    expect((await (await api.as('tn.clerk')).upload('/api/readings/import', {}, file, 'x.csv')).status).toBe(403);
    expect((await (await api.as('national')).upload('/api/readings/import', {}, file, 'x.csv')).status).toBe(403);
    const other = await (
      await api.as('national')
    ).upload('/api/readings/import?provinceSlug=thu-nghiem-hai', {}, file, 'x.csv');
    expect(other.body.rows[0].errors.join()).toContain('"H05" không có trong tỉnh');
  });

  it('reads a CSV that Excel saved with semicolons', async () => {
    const res = await (
      await api.as('tn.admin')
    ).upload(
      '/api/readings/import',
      {},
      csv([
        'Đơn vị;Mã chỉ số;Năm;Giá trị',
        '"UBND huyện Số 09; cũ";dti-score;2023;80',
        'UBND huyện Số 09;dti-score;2023;80,5',
      ]),
      'x.csv',
    );
    expect(res.body.rows.map((r: { values: object }) => r.values)).toEqual([
      { unit: 'UBND huyện Số 09; cũ', indicatorId: 'dti-score', year: '2023', value: '80' },
      { unit: 'UBND huyện Số 09', indicatorId: 'dti-score', year: '2023', value: '80,5' },
    ]);
    expect(res.body).toMatchObject({ valid: 1, invalid: 1 });
  });

  it('refuses a file without the unit column', async () => {
    const res = await (
      await api.as('tn.admin')
    ).upload('/api/readings/import', {}, csv(['Năm,Giá trị', '2023,1']), 'x.csv');
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ code: 'bad-import-header' });
  });
});

it('documents both imports in OpenAPI as multipart uploads', async () => {
  const doc = (await api.anon.get('/api/docs-json')).body;
  for (const path of ['/api/readings/import', '/api/registrations/import']) {
    expect(Object.keys(doc.paths[path].post.requestBody.content)).toEqual(['multipart/form-data']);
    expect(JSON.stringify(doc.paths[path].post.responses['200'])).toContain('invalid');
  }
});

describe('registrations import', () => {
  async function workbook(rows: unknown[][]): Promise<Buffer> {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('Đăng ký');
    sheet.addRow(['Đơn vị', 'Năm', 'Ngày đăng ký', 'Ghi chú']);
    for (const r of rows) sheet.addRow(r);
    return Buffer.from(await wb.xlsx.writeBuffer());
  }

  it('reads Excel dates and dd/mm/yyyy text, refuses impossible dates and years outside the movement', async () => {
    const admin = await api.as('tn.admin');
    const before = await count('registration');
    const rows = [
      ['UBND huyện Số 02', 2024, new Date(Date.UTC(2024, 2, 15)), 'Đăng ký sớm'],
      ['H05', 2024, '16/03/2024'],
      ['UBND huyện Số 03', 2022, '2022-03-01'],
      ['UBND huyện Số 04', 2024, '31/02/2024'],
      ['', 2024, '01/03/2024', 'thiếu đơn vị'],
    ];
    const preview = await admin.upload('/api/registrations/import?commit=1', {}, await workbook(rows), 'dang-ky.xlsx');
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({ valid: 2, invalid: 3 });
    expect(preview.body.rows[0]).toMatchObject({ row: 2, values: { registeredOn: '2024-03-15' }, errors: [] });
    expect(preview.body.rows[2].errors.join()).toContain('phong trào diễn ra từ 2023 đến 2025');
    expect(preview.body.rows[3].errors.join()).toContain('không có trên lịch');
    expect(preview.body.rows[4].errors.join()).toContain('hãy ghi mã hoặc tên đơn vị');
    expect(await count('registration')).toBe(before);
    const saved = await admin.upload(
      '/api/registrations/import?commit=1',
      {},
      await workbook(rows.slice(0, 2)),
      'dang-ky.xlsx',
    );
    expect(saved.body).toMatchObject({ saved: 2 });
    const second = (
      await admin.get(
        `/api/registrations?filter=${encodeURIComponent(JSON.stringify({ unitId: world.tn.districts[4]!.id }))}`,
      )
    ).body[0];
    expect(second).toMatchObject({ year: 2024, registeredOn: '2024-03-16' });
    expect(await imports('registrations')).toBe(2);
  });

  it('limits a unit clerk to their own unit', async () => {
    const clerk = await api.as('tn.clerk');
    const own = world.tn.districts[0]!.name;
    const before = await count('registration');
    const mixed = await clerk.upload(
      '/api/registrations/import?commit=1',
      {},
      await workbook([
        [own, 2025, '02/01/2025'],
        ['UBND huyện Số 09', 2025, '02/01/2025'],
      ]),
      'dang-ky.xlsx',
    );
    expect(mixed.body).toMatchObject({ valid: 1, invalid: 1 });
    expect(mixed.body.rows[1].errors.join()).toContain('của đơn vị mình');
    expect(await count('registration')).toBe(before);
    const saved = await clerk.upload(
      '/api/registrations/import?commit=1',
      {},
      await workbook([[own, 2025, '02/01/2025']]),
      'dang-ky.xlsx',
    );
    expect(saved.body.saved).toBe(1);
    expect(
      (
        await (
          await api.as('tn.viewer')
        ).upload('/api/registrations/import', {}, await workbook([[own, 2024, '02/01/2024']]), 'x.xlsx')
      ).status,
    ).toBe(403);
  });
});
