import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * Nghị định 30/2020/NĐ-CP asks for Times New Roman. Tinos (Apache 2.0, from @fontsource) has the same metrics and
 * the full Vietnamese alphabet, so a page lays out line for line as in Word and prints alike on any machine.
 */
export const FONT_NAME = 'Tinos';
/** Latin and Vietnamese cover every letter of Vietnamese; latin-ext (three quarters of the bytes, for other
 * languages' letters) is left out so that each page loads fast — such a rare letter falls back to a system serif. */
const SUBSETS = ['vietnamese', 'latin'];
const FACES = ['400', '400-italic', '700', '700-italic'];

let css: string | undefined;

/** @font-face rules for Tinos with the font files inlined as base64 (the PDF embeds them). Built once per process. */
export function embeddedFontCss(): string {
  if (css !== undefined) return css;
  const dir = dirname(createRequire(import.meta.url).resolve('@fontsource/tinos/package.json'));
  const rules: string[] = [];
  for (const face of FACES) {
    const source = readFileSync(join(dir, `${face}.css`), 'utf8');
    for (const block of source.split('@font-face').slice(1)) {
      const file = /url\(\.\/files\/([^)]+\.woff2)\)/.exec(block)?.[1];
      if (!file || !SUBSETS.some((s) => file.includes(`-${s}-`))) continue;
      const data = readFileSync(join(dir, 'files', file)).toString('base64');
      const body = block.replace(/src:[^;]+;/, `src: url(data:font/woff2;base64,${data}) format('woff2');`);
      rules.push(`@font-face${body.split('}')[0]}}`);
    }
  }
  css = rules.join('\n');
  return css;
}
