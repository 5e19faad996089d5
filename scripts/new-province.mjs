#!/usr/bin/env node
// Scaffolds a new province plugin: `pnpm new-province <slug> "<Tên tỉnh>"`.
// Creates provinces/<slug>/ with a valid manifest to fill in from the plan and its test file.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const [slug, name] = process.argv.slice(2);
if (!slug || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug) || !name) {
  console.error(
    'Cách dùng / usage: pnpm new-province <slug> "<Tên tỉnh>"   (slug: lower-case words joined by "-", e.g. lam-dong)',
  );
  process.exit(2);
}
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dir = join(process.env.THIDUA_PROVINCES_DIR ?? join(root, 'provinces'), slug);
if (existsSync(dir)) {
  console.error(`provinces/${slug} already exists`);
  process.exit(1);
}
const year = new Date().getFullYear();
const files = {
  'package.json':
    JSON.stringify(
      {
        name: `@thidua/province-${slug}`,
        version: '0.1.0',
        private: true,
        description: `Province plugin: ${name}`,
        type: 'module',
        main: './dist/index.js',
        types: './dist/index.d.ts',
        exports: { '.': { types: './dist/index.d.ts', default: './dist/index.js' } },
        files: ['dist', 'templates'],
        thidua: { role: 'province-plugin', slug },
        scripts: {
          build: 'tsc -p tsconfig.build.json',
          typecheck: 'tsc -p tsconfig.json --noEmit',
          lint: 'eslint src',
          test: 'vitest run',
        },
        dependencies: { '@thidua/domain': 'workspace:*' },
        devDependencies: {
          '@thidua/eslint-config': 'workspace:*',
          '@thidua/tsconfig': 'workspace:*',
          '@types/node': '^20.19.0',
          eslint: '^9.39.0',
          typescript: '~5.9.3',
          vitest: '~4.1.0',
        },
      },
      null,
      2,
    ) + '\n',
  'tsconfig.json':
    JSON.stringify(
      {
        extends: '@thidua/tsconfig/base.json',
        compilerOptions: { outDir: 'dist', rootDir: 'src', types: ['node'] },
        include: ['src'],
      },
      null,
      2,
    ) + '\n',
  'tsconfig.build.json': JSON.stringify({ extends: './tsconfig.json', exclude: ['src/**/*.test.ts'] }, null, 2) + '\n',
  'eslint.config.js': "export { default } from '@thidua/eslint-config';\n",
  'src/index.ts': `import { defineProvince } from '@thidua/domain';

// Fill every field from the plan; \`source\` is the plan section each fact comes from (e.g. "III.2.a").
export default defineProvince({
  slug: '${slug}',
  name: '${name}',
  authority: 'Ủy ban nhân dân tỉnh ${name}',
  plan: { number: null, date: null, issuer: 'Ủy ban nhân dân tỉnh ${name}', legalBases: [], source: 'đầu văn bản' },
  movement: { name: 'Chuyển đổi số', span: { from: '${year}-01-01', to: '${year}-12-31' }, stages: [], source: 'I' },
  tiers: [{ tier: 'provincial-agency', text: 'Các sở, ban, ngành', source: 'II.2' }],
  phases: [
    { id: 'tong-ket-${year}', kind: 'final-review', name: 'Tổng kết phong trào', period: { from: '${year}-12-01', to: '${year}-12-31' }, awardFormIds: ['bang-khen-ubnd-tinh'], source: 'IV' },
  ],
  criteria: [],
  targets: [],
  awardForms: [
    { id: 'bang-khen-ubnd-tinh', name: 'Bằng khen của Chủ tịch UBND tỉnh', conferredBy: 'Chủ tịch UBND tỉnh', level: 'province', recipients: ['collective', 'individual'], source: 'IV' },
  ],
  quotas: [{ phaseId: 'tong-ket-${year}', awardFormId: 'bang-khen-ubnd-tinh', decidedByHead: true, source: 'IV' }],
  dossier: [],
  workflow: {
    steps: [{ role: 'nominating-unit', actor: 'Các cơ quan, đơn vị, địa phương', does: 'Bình xét, đề nghị khen thưởng', source: 'V' }],
    reportDeadlines: [],
    source: 'V',
  },
  notes: [],
});
`,
  'src/plan.test.ts': `import { parseManifest } from '@thidua/domain';
import { describe, expect, it } from 'vitest';
import manifest from './index.js';

describe('${name}: manifest against its plan', () => {
  const m = parseManifest(manifest, '${slug}');

  it('is a valid manifest', () => {
    expect(m.slug).toBe('${slug}');
  });

  // Add one test per fact of the plan: phases and their dates, quotas, criteria, deadlines, with the section.
});
`,
};
for (const [file, content] of Object.entries(files)) {
  mkdirSync(dirname(join(dir, file)), { recursive: true });
  writeFileSync(join(dir, file), content);
}
console.log(
  `Created provinces/${slug}. Next: pnpm install && pnpm build, fill src/index.ts from the plan, then restart the api.`,
);
