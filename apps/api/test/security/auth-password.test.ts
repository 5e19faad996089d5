import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { passwordProblems } from '../../src/auth/password-policy.js';
import { loadConfig } from '../../src/config.js';
import { User } from '../../src/database/entities/index.js';
import { DEMO_PASSWORD, DEMO_ROLES } from '../../src/demo/demo-data.js';
import { discoverProvinces } from '../../src/provinces/discover.js';
import { seedWorld, startApi, type TestApi } from '../harness.js';

describe('password policy (ASVS L2)', () => {
  it('refuses short, common, breached and context passwords; accepts passphrases in any script', () => {
    const context = ['tn.quantri', 'Thử Nghiệm', 'thu-nghiem'];
    const refused: [string, RegExp][] = [
      ['Ab1!Ab1!Ab1', /ít nhất 12/],
      ['x'.repeat(129), /tối đa 128/],
      ['aaaaaaaaaaaaaaa', /ít ký tự khác nhau/],
      ['password1234', /phổ biến/],
      ['Password2025!', /phổ biến/],
      ['qwertyuiop123', /phổ biến/],
      ['1q2w3e4r5t6y', /phổ biến/],
      ['Matkhau@12345', /phổ biến/],
      ['tn.quantri.2025!', /tên đăng nhập/],
      ['ThuNghiem@2025xyz', /tên tỉnh/],
      ['Thử-Nghiệm-mùa-thu', /tên tỉnh/],
      ['ThiDua@2025!vn', /tên hệ thống/],
    ];
    for (const [password, problem] of refused)
      expect(passwordProblems(password, context).join('; '), password).toMatch(problem);
    for (const password of ['trâu già gặm cỏ non', 'correct-lamp-ocean-42', '東京タワーの夜景がきれい', 'x7#Kp!2mQz9w'])
      expect(passwordProblems(password, context), password).toEqual([]);
  });

  it('is met by the demo password for every demo user of every province', async () => {
    const provinces = await discoverProvinces(loadConfig({ THIDUA_DATA_DIR: '/tmp' }).provincesDir);
    expect(provinces.length).toBeGreaterThan(0);
    for (const { manifest } of provinces)
      for (const r of ['quocgia', ...DEMO_ROLES.map((x) => x.suffix)])
        expect(passwordProblems(DEMO_PASSWORD, [`${manifest.slug}.${r}`, manifest.name, manifest.slug])).toEqual([]);
  });
});

describe('password policy over HTTP', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startApi();
    await seedWorld(api.ds);
  });
  afterAll(() => api?.close());

  it('refuses a weak password when creating or changing a user, naming the field, and changes nothing', async () => {
    const admin = await api.as('tn.admin');
    const count = await api.ds.getRepository(User).count();
    for (const password of ['ngan-qua', 'password1234', 'tn.moi-2025-abc', 'Thử Nghiệm 2025!']) {
      const res = await admin.post('/api/users', { username: 'tn.moi', password, fullName: 'Mới', role: 'viewer' });
      expect(res.status, password).toBe(400);
      expect(res.body.code).toBe('weak-password');
      expect(res.body.message).toMatch(/^password: Mật khẩu/);
    }
    expect(await api.ds.getRepository(User).count()).toBe(count);

    const viewer = await api.ds.getRepository(User).findOneByOrFail({ username: 'tn.viewer' });
    const before = viewer.passwordHash;
    const res = await admin.put(`/api/users/${viewer.id}`, { password: 'password1234', fullName: 'Đổi tên' });
    expect(res.status).toBe(400);
    const after = await api.ds.getRepository(User).findOneByOrFail({ id: viewer.id });
    expect([after.passwordHash, after.fullName]).toEqual([before, 'tn.viewer']);
  });

  it('accepts a Vietnamese passphrase and logs in with it however the keyboard composed the accents', async () => {
    const admin = await api.as('tn.admin');
    const passphrase = 'trâu già gặm cỏ non';
    const res = await admin.post('/api/users', {
      username: 'tn.cumtu',
      password: passphrase,
      fullName: 'Cụm từ',
      role: 'viewer',
    });
    expect(res.status).toBe(201);
    for (const typed of [passphrase.normalize('NFC'), passphrase.normalize('NFD')])
      expect((await api.anon.post('/api/auth/login', { username: 'tn.cumtu', password: typed })).status).toBe(200);
  });
});
