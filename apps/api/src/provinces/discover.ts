import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { formatIssue, type ManifestIssue, PLUGIN_ROLE, type ProvinceManifest, validateManifest } from '@thidua/domain';

export interface LoadedProvince {
  manifest: ProvinceManifest;
  /** Package folder, for template overrides. */
  dir: string;
  packageName: string;
  version: string;
}

/** Start-up stops with this when any plugin is malformed; the message names plugin, field and problem. */
export class PluginLoadError extends Error {
  constructor(
    readonly issues: ManifestIssue[],
    heading = 'Province plugin(s) invalid',
  ) {
    super(`${heading}:\n${issues.map((i) => `  ${formatIssue(i)}`).join('\n')}`);
    this.name = 'PluginLoadError';
  }
}

interface PackageJson {
  name?: string;
  version?: string;
  main?: string;
  thidua?: { role?: string; slug?: string };
}

/**
 * Finds every package under the provinces folder (`THIDUA_PROVINCES_DIR`, default `provinces/`) whose package.json
 * declares `"thidua": { "role": "province-plugin" }`, imports its built entry and validates its manifest. No province
 * is named anywhere in core: adding a folder (and building it) is all it takes. Symlinked folders are followed; what
 * cannot be read (a dangling link, a missing folder, no plugin at all) is reported through `warn`, never skipped
 * silently.
 */
export async function discoverProvinces(
  provincesDir: string,
  warn: (message: string) => void = (m) => console.warn(m),
): Promise<LoadedProvince[]> {
  if (!existsSync(provincesDir)) {
    warn(`Không có thư mục tỉnh ${provincesDir} / no provinces folder at ${provincesDir} (THIDUA_PROVINCES_DIR)`);
    return [];
  }
  const issues: ManifestIssue[] = [];
  const loaded: LoadedProvince[] = [];
  const folders = readdirSync(provincesDir, { withFileTypes: true })
    .filter((e) => e.isDirectory() || e.isSymbolicLink())
    .map((e) => e.name)
    .sort((a, b) => a.localeCompare(b));
  for (const name of folders) {
    const dir = join(provincesDir, name);
    const target = statSync(dir, { throwIfNoEntry: false });
    if (!target?.isDirectory()) {
      warn(`Bỏ qua ${dir}: liên kết không trỏ tới thư mục / skipped ${dir}: the link does not lead to a folder`);
      continue;
    }
    const pkgFile = join(dir, 'package.json');
    if (!existsSync(pkgFile)) continue;
    const pkg = JSON.parse(readFileSync(pkgFile, 'utf8')) as PackageJson;
    if (pkg.thidua?.role !== PLUGIN_ROLE) continue;
    const plugin = pkg.thidua.slug ?? name;
    const main = join(dir, pkg.main ?? 'dist/index.js');
    if (!existsSync(main)) {
      issues.push({
        plugin,
        path: 'main',
        problem: `${main} không có / does not exist`,
        fix: `build plugin: pnpm --filter ${pkg.name ?? name} build`,
      });
      continue;
    }
    let exported: unknown;
    try {
      exported = ((await import(pathToFileURL(main).href)) as { default?: unknown }).default;
    } catch (e) {
      issues.push({
        plugin,
        path: 'main',
        problem: `không nạp được / cannot be loaded: ${(e as Error).message}`,
        fix: 'sửa lỗi rồi build lại / fix the error and rebuild the plugin',
      });
      continue;
    }
    const result = validateManifest(exported, plugin);
    if (!result.ok) issues.push(...result.issues);
    else
      loaded.push({
        manifest: result.manifest,
        dir,
        packageName: pkg.name ?? name,
        version: pkg.version ?? '0.0.0',
      });
  }
  const slugs = new Set<string>();
  for (const p of loaded) {
    if (slugs.has(p.manifest.slug))
      issues.push({
        plugin: p.manifest.slug,
        path: 'slug',
        problem: 'được hai plugin khai báo / is declared by two plugins',
        fix: 'đổi slug của một plugin / give one of them another slug',
      });
    slugs.add(p.manifest.slug);
  }
  if (issues.length) throw new PluginLoadError(issues);
  if (!loaded.length)
    warn(`Không tìm thấy plugin tỉnh nào trong ${provincesDir} / no province plugin found in ${provincesDir}`);
  return loaded;
}
