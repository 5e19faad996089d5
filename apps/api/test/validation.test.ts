import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedWorld, startApi, type TestApi } from './harness.js';

let api: TestApi;
let world: Awaited<ReturnType<typeof seedWorld>>;

beforeAll(async () => {
  api = await startApi();
  world = await seedWorld(api.ds);
});
afterAll(() => api?.close());

const units = async () => Number((await api.ds.query('SELECT COUNT(*) AS n FROM unit'))[0].n);

describe('bad input gets a clear 4xx and leaves nothing behind', () => {
  it('names each wrong field, in Vietnamese', async () => {
    const admin = await api.as('tn.admin');
    const before = await units();
    const res = await admin.post('/api/units', { name: 'x', tier: 'galaxy', staffCount: -1 });
    expect(res.status).toBe(400);
    expect(res.body.fields.map((f: { field: string }) => f.field).sort()).toEqual(['name', 'staffCount', 'tier']);
    expect(res.body.message).toMatch(/name: .*(quá|ít|ký tự)/);
    expect(await units()).toBe(before);
  });

  it('refuses a tier that the plan does not list', async () => {
    const res = await (await api.as('tn.admin')).post('/api/units', { name: 'UBND xã Một', tier: 'commune' });
    expect(res.status).toBe(400);
    expect(res.body.message).toContain('kế hoạch của tỉnh không có đối tượng "commune"');
  });

  it('refuses a date that is not on the calendar, naming the field', async () => {
    const res = await (
      await api.as('tn.admin')
    ).post('/api/registrations', { unitId: world.tn.districts[0]!.id, year: 2024, registeredOn: '2024-02-30' });
    expect(res.status).toBe(400);
    expect(res.body.message).toContain('registeredOn: Ngày không có trên lịch');
    expect(Number((await api.ds.query('SELECT COUNT(*) AS n FROM registration'))[0].n)).toBe(0);
  });

  it('refuses malformed list parameters and unknown filters', async () => {
    const admin = await api.as('tn.admin');
    expect((await admin.get('/api/units?range=[0')).body.message).toContain('"range" không phải JSON');
    expect((await admin.get('/api/units?range=[0,5000]')).status).toBe(400);
    expect((await admin.get(`/api/units?sort=${encodeURIComponent('["password","ASC"]')}`)).body.message).toContain(
      'Không sắp xếp được theo "password"',
    );
    expect((await admin.get(`/api/units?filter=${encodeURIComponent('{"hack":1}')}`)).body.message).toContain(
      'Không lọc được theo "hack"',
    );
    expect((await admin.get('/api/units/abc')).status).toBe(400);
  });

  it('sorts and searches Vietnamese names correctly, with Content-Range paging', async () => {
    const admin = await api.as('tn.admin');
    for (const name of ['UBND xã Ea Tiêu', 'UBND xã Đắk Nuê', 'UBND xã Dray Sáp', 'UBND xã Ân Phú', 'UBND xã Anh Sơn'])
      await admin.post('/api/units', { name, tier: 'district' });
    const res = await admin.get(
      `/api/units?filter=${encodeURIComponent('{"q":"ubnd xa"}')}&sort=${encodeURIComponent('["name","ASC"]')}&range=[0,2]`,
    );
    expect(res.body.map((u: { name: string }) => u.name)).toEqual([
      'UBND xã Anh Sơn',
      'UBND xã Ân Phú',
      'UBND xã Dray Sáp',
    ]);
    expect(res.headers['content-range']).toBe('units 0-2/5');
    const page2 = await admin.get(
      `/api/units?filter=${encodeURIComponent('{"q":"UBND XÃ"}')}&sort=${encodeURIComponent('["name","ASC"]')}&range=[3,4]`,
    );
    expect(page2.body.map((u: { name: string }) => u.name)).toEqual(['UBND xã Đắk Nuê', 'UBND xã Ea Tiêu']);
    expect((await admin.get(`/api/units?filter=${encodeURIComponent('{"q":"dak nue"}')}`)).body).toHaveLength(1);
  });

  it('refuses out-of-range readings and unknown indicators', async () => {
    const admin = await api.as('tn.admin');
    const unitId = world.tn.districts[0]!.id;
    expect(
      (await admin.post('/api/readings', { unitId, indicatorId: 'dti-score', year: 2025, value: 140 })).body.code,
    ).toBe('bad-value');
    expect(
      (await admin.post('/api/readings', { unitId, indicatorId: 'made-up', year: 2025, value: 1 })).body.code,
    ).toBe('bad-indicator');
    expect(
      (await admin.post('/api/readings', { unitId, indicatorId: 'dti-score', year: 2024, value: 80 })).status,
    ).toBe(409);
  });

  it('refuses duplicate usernames and weak passwords for new users', async () => {
    const admin = await api.as('tn.admin');
    expect(
      (
        await admin.post('/api/users', {
          username: 'tn.info',
          password: 'mat-khau-dai-du',
          fullName: 'Trùng',
          role: 'viewer',
        })
      ).status,
    ).toBe(409);
    expect(
      (await admin.post('/api/users', { username: 'moi', password: 'ngan', fullName: 'Mới', role: 'viewer' })).status,
    ).toBe(400);
    expect(
      (
        await admin.post('/api/users', {
          username: 'quoc.gia',
          password: 'mat-khau-dai-du',
          fullName: 'Leo thang',
          role: 'national-admin',
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await admin.post('/api/users', {
          username: 'clerk.moi',
          password: 'mat-khau-dai-du',
          fullName: 'Thiếu đơn vị',
          role: 'unit-clerk',
        })
      ).body.code,
    ).toBe('unit-required');
  });
});

describe('units import', () => {
  const csv = (text: string) => Buffer.from(`\uFEFF${text}`, 'utf8');

  it('previews every row with its errors and saves nothing; commit saves all or nothing', async () => {
    const admin = await api.as('tn.admin');
    const before = await units();
    const file = csv(
      'Tên đơn vị,Đối tượng,Mã,Đơn vị cấp trên,Số CBCCVC\nUBND huyện Nhập Một,Cấp huyện,H1,,40\nUBND xã Con,district,X1,UBND huyện Nhập Một,12\n,Cấp huyện,H2,,5\nCông ty Nhập,galaxy,,,3\n',
    );
    const preview = await admin.upload('/api/units/import', {}, file, 'don-vi.csv');
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({ valid: 2, invalid: 2 });
    expect(preview.body.rows[2]).toMatchObject({ row: 4 });
    expect(preview.body.rows[2].errors.join()).toContain('name');
    expect(preview.body.rows[3].errors.join()).toContain('tier');
    expect(await units()).toBe(before);
    const refused = await admin.upload('/api/units/import?commit=1', {}, file, 'don-vi.csv');
    expect(refused.body.saved).toBeUndefined();
    expect(await units()).toBe(before);
    const good = csv(
      'Tên đơn vị,Đối tượng,Đơn vị cấp trên\nUBND huyện Nhập Một,Cấp huyện,\nUBND xã Con,district,UBND huyện Nhập Một\n',
    );
    const saved = await admin.upload('/api/units/import?commit=1', {}, good, 'don-vi.csv');
    expect(saved.body).toMatchObject({ valid: 2, invalid: 0, saved: 2 });
    const child = (await admin.get(`/api/units?filter=${encodeURIComponent('{"q":"xa con"}')}`)).body[0];
    const parent = (await admin.get(`/api/units?filter=${encodeURIComponent('{"q":"nhap mot"}')}`)).body[0];
    expect(child.parentId).toBe(parent.id);
  });

  it('refuses a file it cannot read', async () => {
    const res = await (
      await api.as('tn.admin')
    ).upload('/api/units/import', {}, Buffer.from('not a workbook'), 'x.xlsx');
    expect(res.status).toBe(400);
  });
});
