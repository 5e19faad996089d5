import {
  AlignmentType,
  BorderStyle,
  Document,
  ImageRun,
  type IParagraphOptions,
  type IRunOptions,
  Packer,
  PageBorderDisplay,
  PageBorderOffsetFrom,
  PageOrientation,
  Paragraph,
  type ParagraphChild,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { StandardFontEmbedder, StandardFonts } from 'pdf-lib';
import { find, type HtmlElement, type HtmlNode, parseHtml, textOf } from './html-tree.js';
import { pageMeta } from './meta.js';
import { TEMPLATES_DIR } from './render.js';
import { fixZipDates } from './zip.js';

/**
 * Nghị định 30/2020/NĐ-CP: Times New Roman; 13–14 pt body text. Sizes in half-points, lengths in twips; the same
 * sizes as `templates/partials/styles.hbs`, so the PDF and the Word document match element by element.
 */
const FONT = 'Times New Roman';
const BODY_SIZE = 26;
const MOTTO_SIZE = 26;
/** Word's default left and right cell margins (108 twips each) in a borderless table. */
const CELL_MARGINS = 216;
const MM = 56.7;
const A4 = { width: Math.round(210 * MM), height: Math.round(297 * MM) };
const PORTRAIT_MARGIN = {
  top: Math.round(20 * MM),
  bottom: Math.round(20 * MM),
  left: Math.round(30 * MM),
  right: Math.round(15 * MM),
};
const LANDSCAPE_MARGIN = {
  top: Math.round(12 * MM),
  bottom: Math.round(12 * MM),
  left: Math.round(15 * MM),
  right: Math.round(15 * MM),
};

const FRAME = { style: BorderStyle.DOUBLE, size: 18, color: '8A1C1C', space: 20 };
const CERTIFICATE_BORDER = {
  pageBorders: { display: PageBorderDisplay.ALL_PAGES, offsetFrom: PageBorderOffsetFrom.TEXT },
  pageBorderTop: FRAME,
  pageBorderRight: FRAME,
  pageBorderBottom: FRAME,
  pageBorderLeft: FRAME,
};

interface RunStyle {
  bold?: boolean;
  italics?: boolean;
  underline?: boolean;
  size?: number;
  color?: string;
}

/** What each template class means on a Word page (the same classes the CSS styles). */
const CLASS_STYLES: Record<string, { run?: RunStyle; paragraph?: Partial<IParagraphOptions> }> = {
  center: { paragraph: { alignment: AlignmentType.CENTER } },
  right: { paragraph: { alignment: AlignmentType.RIGHT } },
  justify: { paragraph: { alignment: AlignmentType.JUSTIFIED } },
  indent: { paragraph: { alignment: AlignmentType.JUSTIFIED, indent: { firstLine: Math.round(10 * MM) } } },
  bold: { run: { bold: true } },
  italic: { run: { italics: true } },
  small: { run: { size: 22 } },
  note: { run: { italics: true, size: 22 } },
  label: { run: { bold: true, italics: true, size: 24 } },
  issuer: { run: { size: 24 }, paragraph: { spacing: { after: 0 } } },
  national: { run: { bold: true, size: 24 }, paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 0 } } },
  motto: {
    run: { bold: true, size: MOTTO_SIZE },
    paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 120 } },
  },
  place: { run: { italics: true, size: 26 }, paragraph: { alignment: AlignmentType.CENTER } },
  'doc-type': {
    run: { bold: true, size: 28 },
    paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 240 } },
  },
  'doc-summary': { run: { bold: true, size: 28 }, paragraph: { alignment: AlignmentType.CENTER } },
  authority: {
    run: { bold: true },
    paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 200, after: 160 } },
  },
  'cert-title': {
    run: { bold: true, size: 60, color: 'B01E1E' },
    paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 120, after: 80 } },
  },
  'cert-name': {
    run: { bold: true, size: 44 },
    paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 120, after: 120 } },
  },
  'cert-lead': { run: { bold: true, size: 30 }, paragraph: { alignment: AlignmentType.CENTER } },
  recipients: { run: { size: 22 } },
};

const TIMES_BOLD = StandardFontEmbedder.for(StandardFonts.TimesRomanBold as `${StandardFonts}` as never);

/**
 * Width in twips of a line of bold Times text: Tinos and Times New Roman share Times' advance widths, and a
 * Vietnamese letter is as wide as its base letter, so the base letters measure it.
 */
export function boldTimesWidth(text: string, halfPoints: number): number {
  const base = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/Đ/g, 'D')
    .replace(/đ/g, 'd');
  return Math.round(TIMES_BOLD.widthOfTextAtSize(base, halfPoints / 2) * 20);
}

const BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'div', 'section', 'table', 'ul', 'ol', 'li']);

interface Context {
  run: RunStyle;
  /** Width available, in twips (for short rules). */
  width: number;
  /** The next paragraph starts a new page. */
  pageBreak: { pending: boolean };
}

function styleOf(el: HtmlElement, ctx: Context): { run: RunStyle; paragraph: Partial<IParagraphOptions> } {
  let run: RunStyle = { ...ctx.run };
  let paragraph: Partial<IParagraphOptions> = {};
  for (const c of el.classes) {
    const s = CLASS_STYLES[c];
    if (s?.run) run = { ...run, ...s.run };
    if (s?.paragraph) paragraph = { ...paragraph, ...s.paragraph };
  }
  if (el.tag === 'th') {
    run.bold = true;
    paragraph = { alignment: AlignmentType.CENTER, ...paragraph };
  }
  return { run, paragraph };
}

function runs(nodes: HtmlNode[], style: RunStyle): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  for (const n of nodes) {
    if (typeof n === 'string') {
      // Collapse spacing but keep no-break spaces: they hold a title's phrases together (`keepPhrases`).
      const text = n.replace(/[ \t\r\n\f]+/g, ' ');
      if (text.trim() || (text && out.length)) out.push(new TextRun({ text, font: FONT, ...style } as IRunOptions));
      continue;
    }
    if (n.tag === 'br') out.push(new TextRun({ text: '', break: 1, font: FONT, ...style } as IRunOptions));
    else {
      const s = { ...style };
      if (n.tag === 'strong' || n.tag === 'b') s.bold = true;
      if (n.tag === 'em' || n.tag === 'i') s.italics = true;
      if (n.tag === 'u') s.underline = true;
      out.push(...runs(n.children, { ...s, ...styleOf(n, { run: s, width: 0, pageBreak: { pending: false } }).run }));
    }
  }
  return out;
}

function paragraph(el: HtmlElement, ctx: Context): Paragraph[] {
  const { run, paragraph: options } = styleOf(el, ctx);
  const pageBreakBefore = ctx.pageBreak.pending;
  ctx.pageBreak.pending = false;
  if (el.classes.includes('rule')) {
    const inset = Math.round(ctx.width * 0.34);
    return [
      new Paragraph({
        pageBreakBefore,
        indent: { left: inset, right: inset },
        spacing: { after: 120 },
        border: { top: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
        children: [],
      }),
    ];
  }
  if (el.classes.includes('motto')) {
    // The line under the Tiêu ngữ is as long as the Tiêu ngữ: a bottom border between indents that leave its width.
    const text = textOf(el).trim();
    // 2 pt of slack each side, so a word processor's rounding never wraps the last word.
    const inset = Math.max(0, Math.round((ctx.width - CELL_MARGINS - boldTimesWidth(text, MOTTO_SIZE)) / 2) - 40);
    return [
      new Paragraph({
        ...options,
        pageBreakBefore,
        indent: { left: inset, right: inset },
        border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
        children: runs(el.children, run),
      }),
    ];
  }
  if (el.classes.includes('signer-space'))
    return [0, 1, 2].map((i) => new Paragraph({ pageBreakBefore: i === 0 && pageBreakBefore, children: [] }));
  return [new Paragraph({ spacing: { after: 80 }, ...options, pageBreakBefore, children: runs(el.children, run) })];
}

function table(el: HtmlElement, ctx: Context): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  if (ctx.pageBreak.pending) out.push(...paragraph({ tag: 'p', classes: [], attrs: {}, children: [] }, ctx));
  const bordered = el.classes.includes('grid');
  const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
  const line = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
  const border = bordered ? line : none;
  const rows = collect(el, 'tr');
  const rowCells = rows.map((r) =>
    r.children.filter((c): c is HtmlElement => typeof c !== 'string' && (c.tag === 'td' || c.tag === 'th')),
  );
  const widths = (rowCells[0] ?? []).map((c, _, all) => Number(c.attrs['data-w'] ?? 100 / all.length));
  const total = widths.reduce((a, b) => a + b, 0) || 100;
  const cols = widths.map((w) => Math.round((ctx.width * w) / total));
  out.push(
    new Table({
      width: { size: ctx.width, type: WidthType.DXA },
      columnWidths: cols,
      borders: {
        top: border,
        bottom: border,
        left: border,
        right: border,
        insideHorizontal: border,
        insideVertical: border,
      },
      rows: rowCells.map(
        (cells) =>
          new TableRow({
            cantSplit: true,
            children: cells.map((cell, i) => {
              const width = cols[i] ?? Math.round(ctx.width / cells.length);
              const inner: Context = {
                run: { ...ctx.run, ...styleOf(cell, ctx).run, ...(bordered ? { size: 24 } : {}) },
                width,
                pageBreak: { pending: false },
              };
              let children = blocks(cell.children, inner).filter((b): b is Paragraph => b instanceof Paragraph);
              if (!cell.children.some((c) => typeof c !== 'string' && BLOCKS.has(c.tag)))
                children = [
                  new Paragraph({ ...styleOf(cell, inner).paragraph, children: runs(cell.children, inner.run) }),
                ];
              return new TableCell({
                width: { size: width, type: WidthType.DXA },
                margins: bordered ? { left: 80, right: 80, top: 40, bottom: 40 } : undefined,
                children: children.length ? children : [new Paragraph({ children: [] })],
              });
            }),
          }),
      ),
    }),
  );
  return out;
}

let emblemPng: Buffer | undefined;

/**
 * The certificate's emblem in Word: `templates/emblem.png`, the core SVG (`partials/emblem`) rasterised once, 22 mm
 * wide (a word processor shows an inline SVG only with a raster copy beside it).
 */
function emblem(ctx: Context): Paragraph {
  emblemPng ??= readFileSync(join(TEMPLATES_DIR, 'emblem.png'));
  const pageBreakBefore = ctx.pageBreak.pending;
  ctx.pageBreak.pending = false;
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    pageBreakBefore,
    children: [new ImageRun({ type: 'png', data: emblemPng, transformation: { width: 83, height: 86 } })],
  });
}

function collect(el: HtmlElement, tag: string): HtmlElement[] {
  return el.children.flatMap((c) => (typeof c === 'string' ? [] : c.tag === tag ? [c] : collect(c, tag)));
}

function blocks(nodes: HtmlNode[], ctx: Context): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  for (const n of nodes) {
    if (typeof n === 'string') continue;
    if (n.classes.includes('page-break')) ctx.pageBreak.pending = true;
    else if (n.tag === 'svg' && n.classes.includes('emblem')) out.push(emblem(ctx));
    else if (n.tag === 'table') out.push(...table(n, ctx));
    else if (n.tag === 'p' || n.tag === 'li' || /^h\d$/.test(n.tag)) out.push(...paragraph(n, ctx));
    else if (BLOCKS.has(n.tag)) out.push(...blocks(n.children, { ...ctx, run: styleOf(n, ctx).run }));
  }
  return out;
}

function coreXml(title: string, date: string): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const at = `${date}T00:00:00Z`;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${esc(title)}</dc:title><dc:creator>thidua</dc:creator>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${at}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${at}</dcterms:modified></cp:coreProperties>`
  );
}

/**
 * A Word document from a page rendered by `render()`: the same template, so a province's overrides apply to DOCX
 * too. Dates inside the file (core properties, zip entries) are the document's own date: same data, same bytes.
 */
export async function toDocx(html: string): Promise<Buffer> {
  const { date, title } = pageMeta(html);
  const body = find(parseHtml(html), 'body');
  if (!body) throw new Error('the page has no <body>');
  const landscape = body.classes.includes('landscape');
  const margin = landscape ? LANDSCAPE_MARGIN : PORTRAIT_MARGIN;
  const width = (landscape ? A4.height : A4.width) - margin.left - margin.right;
  const doc = new Document({
    title,
    creator: 'thidua',
    styles: { default: { document: { run: { font: FONT, size: BODY_SIZE } } } },
    sections: [
      {
        properties: {
          page: {
            size: {
              width: A4.width,
              height: A4.height,
              orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
            },
            margin,
            // A certificate keeps its double frame in any word processor: a page border, not a drawn box.
            ...(landscape ? { borders: CERTIFICATE_BORDER } : {}),
          },
        },
        children: blocks(body.children, { run: {}, width, pageBreak: { pending: false } }),
      },
    ],
  });
  const packed = await Packer.toBuffer(doc, false, [{ path: 'docProps/core.xml', data: coreXml(title, date) }]);
  return fixZipDates(packed, date);
}
