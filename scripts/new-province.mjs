#!/usr/bin/env node
// Scaffolds a new province plugin:
//   pnpm new-province <slug> "<Tên tỉnh>" "<Tên phong trào>" <từ YYYY-MM-DD> <đến YYYY-MM-DD>
// Copies scripts/province-template/ (the real plugins' layout) to provinces/<slug>/ (or $THIDUA_PROVINCES_DIR/<slug>/),
// filling in only what was given: everything else is declared "not stated" and listed in notes.ts to fill.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const usage =
  'Cách dùng / usage: pnpm new-province <slug> "<Tên tỉnh>" "<Tên phong trào>" <từ/from YYYY-MM-DD> <đến/to YYYY-MM-DD>\n' +
  '  slug: chữ thường nối bằng "-" / lower-case words joined by "-", e.g. lam-dong\n' +
  '  e.g. pnpm new-province lam-dong "Lâm Đồng" "Chuyển đổi số giai đoạn 2023 - 2025" 2023-01-01 2025-12-31';
const [slug, name, movement, from, to] = process.argv.slice(2);
const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const problems = [
  !slug || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug) ? 'slug' : null,
  !name?.trim() ? 'tên tỉnh / name' : null,
  !movement?.trim() ? 'tên phong trào / movement' : null,
  !isoDate.test(from ?? '') ? 'từ ngày / from (YYYY-MM-DD)' : null,
  !isoDate.test(to ?? '') || (from && to < from) ? 'đến ngày / to (YYYY-MM-DD, not before from)' : null,
].filter(Boolean);
if (problems.length) {
  console.error(`Thiếu hoặc sai / missing or wrong: ${problems.join(', ')}\n${usage}`);
  process.exit(2);
}
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const template = join(root, 'scripts/province-template');
const dir = join(process.env.THIDUA_PROVINCES_DIR ?? join(root, 'provinces'), slug);
if (existsSync(dir)) {
  console.error(`${dir} đã có / already exists`);
  process.exit(1);
}
const values = { __SLUG__: slug, __NAME__: name.trim(), __MOVEMENT__: movement.trim(), __FROM__: from, __TO__: to };
const fill = (text, ts) =>
  text.replace(/__(SLUG|NAME|MOVEMENT|FROM|TO)__/g, (key) => (ts ? values[key].replaceAll("'", "\\'") : values[key]));
const files = (d) =>
  readdirSync(d, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(d, e.name)) : [join(d, e.name)],
  );
for (const file of files(template)) {
  const out = join(dir, relative(template, file).replace(/\.tmpl$/, ''));
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, fill(readFileSync(file, 'utf8'), out.endsWith('.ts')));
}
// Formatted with the repository's preset, wherever the plugin was written.
execFileSync(
  join(root, 'node_modules/.bin/prettier'),
  ['--write', '--log-level', 'warn', '--with-node-modules', '--config', join(root, 'tooling/prettier/index.js'), dir],
  {
    stdio: 'inherit',
  },
);
console.log(
  `Đã tạo / created ${dir}. Tiếp / next: pnpm install && pnpm --filter @thidua/province-${slug} build, restart the api; ` +
    'then fill src/ from the plan (notes.ts lists what; packages/domain/MANIFEST.md explains every field).',
);
