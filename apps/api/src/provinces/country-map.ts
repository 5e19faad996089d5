import { existsSync, readFileSync } from 'node:fs';
import { validateCountryMap, type CountryMap, type ManifestIssue } from '@thidua/domain';
import { PluginLoadError } from './discover.js';

const HEADING = 'Bản đồ hành chính không hợp lệ / country map invalid';

/**
 * Reads and validates the country's map (THIDUA_COUNTRY_MAP). Like a bad plugin, a missing or malformed map stops
 * start-up with the file, the field and the problem: a comparison counted on a wrong map would mislead quietly.
 */
export function loadCountryMap(file: string): CountryMap {
  const fail = (issue: Omit<ManifestIssue, 'plugin' | 'path'>) =>
    new PluginLoadError([{ plugin: file, path: '', ...issue }], HEADING);
  if (!existsSync(file))
    throw fail({
      problem: 'không có tệp / the file does not exist',
      fix: 'đặt THIDUA_COUNTRY_MAP trỏ tới tệp JSON của bản đồ / point THIDUA_COUNTRY_MAP at the map’s JSON file',
    });
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw fail({ problem: `không phải JSON / not JSON: ${(e as Error).message}`, fix: 'sửa tệp / fix the file' });
  }
  const result = validateCountryMap(data, file);
  if (!result.ok) throw new PluginLoadError(result.issues, HEADING);
  return result.map;
}
