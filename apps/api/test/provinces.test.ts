import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { discoverProvinces, PluginLoadError } from '../src/provinces/discover.js';
import { FIXTURE_PROVINCES, startApi, type TestApi } from './harness.js';

const here = dirname(fileURLToPath(import.meta.url));
const REPO = join(here, '../../..');
let api: TestApi;

beforeAll(async () => {
  api = await startApi();
});
afterAll(() => api?.close());

describe('provinces, health and API docs', () => {
  it('lists the provinces found in the plugin folder, in Vietnamese order', async () => {
    const res = await api.anon.get('/api/provinces');
    expect(res.status).toBe(200);
    expect(res.body.map((p: { slug: string }) => p.slug)).toEqual(['thu-nghiem', 'thu-nghiem-hai']);
    expect(res.body[0]).toMatchObject({
      name: 'Thử Nghiệm',
      movement: 'Chuyển đổi số giai đoạn 2023 - 2025',
      span: { from: '2023-01-01', to: '2025-12-31' },
    });
  });

  it('serves a manifest as JSON and a clear 404 for an unknown slug', async () => {
    const ok = await api.anon.get('/api/provinces/thu-nghiem');
    expect(ok.body.quotas[1]).toMatchObject({ phaseId: 'so-ket-2024', maxCollectives: 8, source: 'III.4' });
    const missing = await api.anon.get('/api/provinces/ha-noi');
    expect(missing.status).toBe(404);
    expect(missing.body.message).toContain('Không có tỉnh "ha-noi"');
  });

  it('answers health and serves OpenAPI with request and response schemas', async () => {
    expect((await api.anon.get('/api/health')).body).toMatchObject({ status: 'ok', provinces: 2 });
    const doc = (await api.anon.get('/api/docs-json')).body;
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/nominations',
        '/api/nominations/{id}/actions/{action}',
        '/api/decisions/{id}/issue',
        '/api/provinces/{slug}/criteria',
        '/api/units/import',
        '/api/audit',
      ]),
    );
    const create = doc.paths['/api/nominations'].post;
    expect(JSON.stringify(create.requestBody)).toContain('phaseId');
    expect(JSON.stringify(create.responses['201'])).toContain('nomineeName');
  });

  it('sends security headers and exposes Content-Range to the console', async () => {
    const res = await api.anon.get('/api/health').set('Origin', 'http://localhost:5173');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['access-control-expose-headers']).toContain('Content-Range');
  });
});

describe('plugin discovery', () => {
  const dir = () => {
    const d = mkdtempSync(join(tmpdir(), 'thidua-plugins-'));
    cpSync(FIXTURE_PROVINCES, d, { recursive: true });
    return d;
  };

  it('stops with a message naming plugin, field and problem when a manifest is malformed', async () => {
    const d = dir();
    const file = join(d, 'thu-nghiem/dist/index.js');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(
        "{ phaseId: 'so-ket-2024', awardFormId: 'giay-khen'",
        "{ phaseId: 'so-ket-2099', awardFormId: 'giay-khen'",
      ),
    );
    const error = await discoverProvinces(d).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PluginLoadError);
    expect((error as Error).message).toMatch(
      /thu-nghiem: quotas\[2\]\.phaseId "so-ket-2099" không trỏ tới đợt nào \/ "so-ket-2099" names no phase — .* \/ use an id declared in phases/,
    );
  });

  it('refuses to start the api at all with a malformed plugin', async () => {
    const d = dir();
    writeFileSync(join(d, 'thu-nghiem-hai/dist/index.js'), 'export default { slug: "thu-nghiem-hai", name: "" };');
    await expect(startApi({ provincesDir: d })).rejects.toThrow(
      /thu-nghiem-hai: name must not be empty|thu-nghiem-hai: name/,
    );
  });

  it('ignores folders that are not province plugins', async () => {
    const d = dir();
    cpSync(join(d, 'thu-nghiem'), join(d, 'not-a-plugin'), { recursive: true });
    writeFileSync(join(d, 'not-a-plugin/package.json'), JSON.stringify({ name: 'x', version: '1.0.0' }));
    expect((await discoverProvinces(d)).map((p) => p.manifest.slug)).toEqual(['thu-nghiem', 'thu-nghiem-hai']);
  });

  it('follows a symlinked plugin folder, and names what it cannot read instead of skipping it silently', async () => {
    const d = mkdtempSync(join(tmpdir(), 'thidua-links-'));
    const real = dir();
    symlinkSync(join(real, 'thu-nghiem'), join(d, 'thu-nghiem'), 'dir');
    symlinkSync(join(real, 'gone'), join(d, 'dangling'), 'dir');
    const warnings: string[] = [];
    const found = await discoverProvinces(d, (m) => warnings.push(m));
    expect(found.map((p) => p.manifest.slug)).toEqual(['thu-nghiem']);
    expect(warnings).toEqual([expect.stringContaining(join(d, 'dangling'))]);
    rmSync(join(d, 'thu-nghiem'));
    warnings.length = 0;
    expect(await discoverProvinces(d, (m) => warnings.push(m))).toEqual([]);
    expect(warnings.at(-1)).toContain(`no province plugin found in ${d}`);
    expect(await discoverProvinces(join(d, 'none'), (m) => warnings.push(m))).toEqual([]);
    expect(warnings.at(-1)).toContain('THIDUA_PROVINCES_DIR');
  });

  it('lists a province created by the scaffold after a restart, with no other change and no invented fact', async () => {
    // Inside the api package, so the new plugin resolves @thidua/domain and the tsconfig presets as a workspace one does.
    const cache = join(here, '../node_modules/.cache');
    mkdirSync(cache, { recursive: true });
    const d = mkdtempSync(join(cache, 'scaffold-'));
    const slug = 'lam-dong-thu';
    execFileSync(
      'node',
      [join(REPO, 'scripts/new-province.mjs'), slug, 'Lâm Đồng Thử', "Chuyển đổi số 'thử'", '2025-07-01', '2030-12-31'],
      { env: { ...process.env, THIDUA_PROVINCES_DIR: d } },
    );
    // The real plugins' layout, already formatted with the repository's preset.
    for (const file of ['README.md', 'package.json', 'src/index.ts', 'src/plan.ts', 'src/phases.ts', 'src/notes.ts'])
      expect(readFileSync(join(d, slug, file), 'utf8')).not.toMatch(/__[A-Z]+__/);
    execFileSync(
      join(REPO, 'node_modules/.bin/prettier'),
      ['--check', '--log-level', 'warn', '--with-node-modules', join(d, slug)],
      {
        cwd: REPO,
      },
    );
    execFileSync(join(REPO, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.build.json'], { cwd: join(d, slug) });
    const restarted = await startApi({ provincesDir: d });
    try {
      const list = (await restarted.anon.get('/api/provinces')).body;
      expect(list).toEqual([
        expect.objectContaining({
          slug,
          movement: "Chuyển đổi số 'thử'",
          counts: { phases: null, criteria: null, awardForms: null },
        }),
      ]);
      const m = (await restarted.anon.get(`/api/provinces/${slug}`)).body;
      expect(m).toMatchObject({ name: 'Lâm Đồng Thử', phases: [], quotas: [], awardForms: [], criteria: [] });
      expect(m.notStated.map((n: { field: string }) => n.field)).toEqual(
        expect.arrayContaining(['phases', 'quotas', 'awardForms', 'criteria', 'deadlines']),
      );
      expect(m.notes[0].text).toContain('Cần điền từ Kế hoạch');
    } finally {
      await restarted.close();
    }
  });

  it('refuses a scaffold call without the movement and its span, saying what is missing', () => {
    const run = () => execFileSync('node', [join(REPO, 'scripts/new-province.mjs'), 'x', 'X'], { stdio: 'pipe' });
    expect(run).toThrow(/tên phong trào \/ movement/);
  });
});

describe('the five real province plugins', () => {
  it('all load and validate from the repository', async () => {
    const real = await discoverProvinces(loadConfig(process.env).provincesDir);
    // Others may join them: the test names only the five it knows.
    expect(real.map((p) => p.manifest.slug)).toEqual(
      expect.arrayContaining(['bac-kan', 'dak-lak', 'dien-bien', 'ninh-thuan', 'tuyen-quang']),
    );
  });
});
