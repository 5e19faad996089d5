import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedWorld, startApi, type TestApi, workflow } from './harness.js';

let api: TestApi;
let world: Awaited<ReturnType<typeof seedWorld>>;

beforeAll(async () => {
  api = await startApi();
  world = await seedWorld(api.ds);
});
afterAll(() => api?.close());

describe('names, not ids', () => {
  it("gives criteria versions their author's name, readable by a non-administrator", async () => {
    const base = '/api/provinces/thu-nghiem/criteria';
    await (await api.as('tn.admin')).post(`${base}/mo-hinh/retire`, { baseVersion: 1, reason: 'Không còn áp dụng' });
    const history = (await (await api.as('tn.home')).get(`${base}/versions`)).body;
    expect(history.map((v: { version: number; authorName: string | null }) => [v.version, v.authorName])).toEqual([
      [2, 'tn.admin'],
      [1, null],
    ]);
  });

  it('gives each nomination event the name of who acted', async () => {
    const flow = workflow(api);
    const n = await flow.draft({
      nomineeUnitId: world.tn.districts[0]!.id,
      nominatingUnitId: world.tn.districts[0]!.id,
    });
    await flow.attachDossier(n.id, 'collective');
    await flow.act(n.id, 'submit', 'tn.clerk');
    await flow.act(n.id, 'return', 'tn.info', 'Thiếu số liệu');
    const history = (await (await api.as('tn.viewer')).get(`/api/nominations/${n.id}`)).body.history;
    expect(history.map((e: { action: string; userName: string }) => `${e.action}:${e.userName}`)).toEqual([
      'create:tn.clerk',
      'submit:tn.clerk',
      'return:tn.info',
    ]);
  });
});

describe('users in Vietnamese order', () => {
  it('sorts users by full name as a Vietnamese reader does, after a rename too, without showing the key', async () => {
    const admin = await api.as('tn.admin');
    // Byte order would put "Chuyên" before "Cán" and "Ánh" after "Trần"; Vietnamese order is the one below.
    const names = [
      'Trần Văn Tú',
      'Ánh Dương',
      'Chuyên viên Hà',
      'Đặng Văn An',
      'Cán bộ Lan',
      'Dương Thị Bình',
      'Anh Thư',
    ];
    const ids: number[] = [];
    for (const [i, fullName] of names.entries()) {
      const res = await admin.post('/api/users', {
        username: `thu.tu.${i}`,
        password: 'mot-mat-khau-du-dai-2026',
        fullName,
        role: 'viewer',
      });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      expect(res.body).not.toHaveProperty('sortKey');
      ids.push(res.body.id);
    }
    const listed = async (dir: 'ASC' | 'DESC') =>
      (
        await admin.get(
          `/api/users?sort=${encodeURIComponent(JSON.stringify(['fullName', dir]))}&filter=${encodeURIComponent(JSON.stringify({ id: ids }))}`,
        )
      ).body.map((u: { fullName: string }) => u.fullName);
    // Letters first, tones only between otherwise equal names: "Ánh Dương" (d) before "Anh Thư" (t).
    const order = [
      'Ánh Dương',
      'Anh Thư',
      'Cán bộ Lan',
      'Chuyên viên Hà',
      'Dương Thị Bình',
      'Đặng Văn An',
      'Trần Văn Tú',
    ];
    expect(await listed('ASC')).toEqual(order);
    expect(await listed('DESC')).toEqual([...order].reverse());
    // A rename moves the user: the key follows the name on update.
    expect((await admin.put(`/api/users/${ids[0]}`, { fullName: 'Bùi Văn Tú' })).status).toBe(200);
    expect(await listed('ASC')).toEqual(['Ánh Dương', 'Anh Thư', 'Bùi Văn Tú', ...order.slice(2, -1)]);
  });
});

describe('audit search', () => {
  const search = async (user: string, q: string) => {
    const res = await (
      await api.as(user)
    ).get(`/api/audit?filter=${encodeURIComponent(JSON.stringify({ q }))}&range=[0,999]`);
    expect(res.status).toBe(200);
    return res.body as { username: string; action: string; entity: string; provinceSlug: string }[];
  };

  it('matches username, action or entity, ignoring case and accents, within the province', async () => {
    await (await api.as('tn2.admin')).post('/api/units', { name: 'UBND huyện Tìm Kiếm', tier: 'district' });
    const byUser = await search('tn.admin', 'TN.INFO');
    expect(byUser.length).toBeGreaterThan(0);
    expect(byUser.every((e) => e.username === 'tn.info')).toBe(true);
    const byAction = await search('tn.admin', 'SỦBMIT');
    expect(byAction.map((e) => e.action)).toEqual(['nomination.submit']);
    const byEntity = await search('tn.admin', 'criteria');
    expect(byEntity.map((e) => e.entity)).toEqual(['criteria']);
    expect(await search('tn.admin', 'tn2')).toEqual([]);
    expect((await search('tn2.admin', 'units')).map((e) => e.provinceSlug)).toEqual(['thu-nghiem-hai']);
    expect(await search('tn.admin', 'khong-co-gi')).toEqual([]);
  });
});
