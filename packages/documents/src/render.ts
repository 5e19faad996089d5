import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Handlebars from 'handlebars';
import { shortDate } from '@thidua/domain';
import { embeddedFontCss } from './fonts.js';
import { keepPhrases, signatureLines, twoDigits, vietnameseDate, vietnameseNumber, vietnameseUpper } from './format.js';
import { DOCUMENT_KINDS, type DocumentKind, type DocumentModels } from './models.js';

export const TEMPLATES_DIR = fileURLToPath(new URL('../templates/', import.meta.url));
const PARTIALS_DIR = join(TEMPLATES_DIR, 'partials');

/** The partials core ships; a province may override any of them as well as any document template. */
export const PARTIAL_NAMES: readonly string[] = readdirSync(PARTIALS_DIR)
  .filter((f) => f.endsWith('.hbs'))
  .map((f) => basename(f, '.hbs'))
  .sort();

/**
 * Template overrides: a document kind ("certificate") or a partial ("partials/head" or "head") → the absolute path
 * of the .hbs file that replaces it (a province plugin's `templates/` folder, manifest field `templates`).
 */
export type TemplateOverrides = Record<string, string>;

export interface RenderOptions {
  overrides?: TemplateOverrides;
  /**
   * Text laid diagonally across every page ("DỰ THẢO" on a draft decision). Added after the template has run,
   * with its own inline style, so a province's overridden layout or styles cannot lose it.
   */
  watermark?: string;
}

interface Environment {
  templates: Map<DocumentKind, Handlebars.TemplateDelegate>;
}

const environments = new Map<string, Environment>();

function registerHelpers(hb: typeof Handlebars): void {
  const { SafeString, escapeExpression } = hb;
  hb.registerHelper({
    upper: (s: string) => vietnameseUpper(s),
    phrases: (s: string) => keepPhrases(s),
    vnDate: (iso: string) => vietnameseDate(iso),
    shortDate: (iso: string) => shortDate(iso),
    vnNumber: (n: number) => vietnameseNumber(n),
    twoDigits: (n: number) => twoDigits(n),
    inc: (i: number) => i + 1,
    eq: (a: unknown, b: unknown) => a === b,
    percent: (part: number, whole: number | null) => (whole ? `${vietnameseNumber((100 * part) / whole, 1)}%` : '……%'),
    // A missing part (a draft's number) is left out, not written "null" (the title of a draft was "Quyết định null").
    concat: (...args: unknown[]) =>
      args
        .slice(0, -1)
        .filter((a) => a !== null && a !== undefined)
        .map(String)
        .join('')
        .trim(),
    signLines: (title: string) => signatureLines(title),
    recipientLabel: (r: string) => (r === 'collective' ? 'tập thể' : 'cá nhân'),
    // User text keeps its line breaks as paragraphs; each line is escaped before it is wrapped.
    paragraphs: (text: string) =>
      new SafeString(
        text
          .split(/\r?\n/)
          .map((l) => l.trim())
          .filter(Boolean)
          .map((l) => `<p class="indent">${escapeExpression(l)}</p>`)
          .join('\n'),
      ),
    fontFaces: () => new SafeString(embeddedFontCss()),
  });
}

function partialName(key: string): string | undefined {
  const name = key.replace(/^partials\//, '');
  return PARTIAL_NAMES.includes(name) ? name : undefined;
}

function environment(overrides: TemplateOverrides): Environment {
  const key = JSON.stringify(Object.entries(overrides).sort());
  const cached = environments.get(key);
  if (cached) return cached;
  const hb = Handlebars.create();
  registerHelpers(hb);
  const source = (core: string, override?: string) => readFileSync(override ?? core, 'utf8');
  const kindOverrides = new Map<string, string>();
  const partialOverrides = new Map<string, string>();
  for (const [name, path] of Object.entries(overrides)) {
    if ((DOCUMENT_KINDS as readonly string[]).includes(name)) kindOverrides.set(name, path);
    else if (partialName(name)) partialOverrides.set(partialName(name)!, path);
    else
      throw new Error(
        `template override "${name}" names no template; use one of ${[...DOCUMENT_KINDS, ...PARTIAL_NAMES.map((p) => `partials/${p}`)].join(', ')}`,
      );
  }
  for (const name of PARTIAL_NAMES)
    hb.registerPartial(name, source(join(PARTIALS_DIR, `${name}.hbs`), partialOverrides.get(name)));
  const templates = new Map<DocumentKind, Handlebars.TemplateDelegate>();
  for (const kind of DOCUMENT_KINDS) {
    // strict: a field missing from the data is an error; user data is only ever printed with {{ }} (escaped).
    templates.set(
      kind,
      hb.compile(source(join(TEMPLATES_DIR, `${kind}.hbs`), kindOverrides.get(kind)), { strict: true }),
    );
  }
  const env = { templates };
  environments.set(key, env);
  return env;
}

/** The document as a self-contained HTML page (fonts embedded), ready to print or to convert to PDF or DOCX. */
export function render<K extends DocumentKind>(kind: K, data: DocumentModels[K], options: RenderOptions = {}): string {
  const template = environment(options.overrides ?? {}).templates.get(kind);
  if (!template) throw new Error(`unknown document kind "${kind}"`);
  const html = template(data);
  return options.watermark ? withWatermark(html, options.watermark) : html;
}

/**
 * The watermark as the body's first child. Chromium prints a `position: fixed` box on every page, so each page of
 * the PDF carries it; on screen it stays in the middle of the view. Grey, behind nothing, never selectable.
 */
function withWatermark(html: string, text: string): string {
  const body = /<body[^>]*>/i.exec(html);
  if (!body) throw new Error('a watermark needs the document to have a <body>');
  const mark =
    '<div class="watermark" aria-hidden="true" style="position: fixed; top: 0; left: 0; right: 0; bottom: 0; ' +
    'display: flex; align-items: center; justify-content: center; pointer-events: none; user-select: none; ' +
    'z-index: 1000; overflow: hidden;"><span style="transform: rotate(-45deg); font-family: \'Tinos\', ' +
    "'Times New Roman', serif; font-size: 110pt; font-weight: 700; letter-spacing: 8pt; white-space: nowrap; " +
    `color: rgba(190, 30, 30, 0.16);">${Handlebars.escapeExpression(text)}</span></div>`;
  const at = body.index + body[0].length;
  return `${html.slice(0, at)}\n${mark}${html.slice(at)}`;
}
