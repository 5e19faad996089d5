import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { certificatesFor } from './certificates.js';
import { toDocx } from './docx.js';
import { exampleDecision } from './examples.js';
import { keepPhrases } from './format.js';
import type { CertificateDocument } from './models.js';
import { closeBrowser, toPdf } from './pdf.js';
import { render } from './render.js';

/**
 * Nghị định 30/2020/NĐ-CP read back from the printed files: fonts (pdffonts), and each element's size from the
 * height poppler gives its line (pdftotext -bbox-layout). Poppler's line height is the font's ascent + descent
 * times its size; for Tinos (and Times New Roman) that is 1.107 em, so height / 1.107 is the size in points.
 */
const EM_HEIGHT = (1825 + 443) / 2048;
const dir = mkdtempSync(join(tmpdir(), 'layout-'));

function file(bytes: Buffer, ext: string): string {
  const path = join(dir, `${Math.random().toString(36).slice(2)}.${ext}`);
  writeFileSync(path, bytes);
  return path;
}

interface Line {
  page: number;
  text: string;
  size: number;
}

/** Every line of a PDF, with its page and font size. */
function lines(pdf: string): Line[] {
  const html = execFileSync('pdftotext', ['-bbox-layout', pdf, '-'], { encoding: 'utf8' });
  const out: Line[] = [];
  html
    .split('<page ')
    .slice(1)
    .forEach((page, p) => {
      for (const m of page.matchAll(
        /<line xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([\s\S]*?)<\/line>/g,
      )) {
        const words = [...m[3]!.matchAll(/>([^<]*)<\/word>/g)].map((w) => w[1]!.replace(/&amp;/g, '&'));
        const size = Math.round(((Number(m[2]) - Number(m[1])) / EM_HEIGHT) * 2) / 2;
        out.push({ page: p + 1, text: words.join(' '), size });
      }
    });
  return out;
}

function sizeOf(all: Line[], text: string): number {
  const line = all.find((l) => l.text.startsWith(text));
  if (!line) throw new Error(`no line starts with "${text}" in:\n${all.map((l) => l.text).join('\n')}`);
  return line.size;
}

function pages(pdf: string): number {
  return Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);
}

/** A line made of accents alone: a diacritic that fell off its letter (the "stray accent marks" at page feet). */
const STRAY = /^[\u0300-\u036f\u02c6-\u02dd`´^~¨ˉ˘˙˚˛\s]+$/;

/** Award names as long as any plugin's (the api's plugin test adds every discovered one). */
const LONG_TITLES = [
  'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh',
  'Bằng khen Chủ tịch Ủy ban nhân dân tỉnh',
  'Giấy khen của Chủ tịch Ủy ban nhân dân huyện, thành phố',
  'Bằng khen của Thủ tướng Chính phủ',
];

afterAll(() => closeBrowser());

describe('Nghị định 30/2020 layout, read back from the PDF', { timeout: 60_000 }, () => {
  const d = exampleDecision(3, 30);

  it('sets every element in embedded Tinos at its size, with no accent left alone', async () => {
    const pdf = file(await toPdf(render('decision', d)), 'pdf');
    const fonts = execFileSync('pdffonts', [pdf], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
    expect(fonts.length).toBeGreaterThan(0);
    for (const f of fonts)
      expect(f, 'every font is Tinos, embedded').toMatch(/^[A-Z]{6}\+Tinos-\w+\s.*\syes\s+yes\s+yes\s/);
    expect(fonts.map((f) => f.split(/\s/)[0]!.split('+')[1]).sort()).toEqual(
      expect.arrayContaining(['Tinos-Bold', 'Tinos-BoldItalic', 'Tinos-Italic', 'Tinos-Regular']),
    );
    const all = lines(pdf);
    expect(sizeOf(all, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'), 'Quốc hiệu, on one line').toBe(12);
    expect(sizeOf(all, 'Độc lập - Tự do - Hạnh phúc'), 'Tiêu ngữ').toBe(13);
    expect(sizeOf(all, 'Thử Nghiệm, ngày 05 tháng 02 năm 2024'), 'place and date').toBe(13);
    expect(sizeOf(all, 'ỦY BAN NHÂN DÂN'), 'issuing body').toBe(12);
    expect(sizeOf(all, 'QUYẾT ĐỊNH'), 'document type').toBe(14);
    expect(sizeOf(all, 'Căn cứ Luật Thi đua'), 'body').toBe(13);
    expect(sizeOf(all, 'Nơi nhận:'), '"Nơi nhận:"').toBe(12);
    expect(sizeOf(all, '- Như Điều 3;'), 'its list').toBe(11);
    expect(sizeOf(all, 'Nguyễn Văn Minh'), 'signer').toBe(13);
    // The issuing body breaks between its phrases only.
    expect(all.map((l) => l.text)).toContain('TỈNH THỬ NGHIỆM');
    expect(all.filter((l) => STRAY.test(l.text)).map((l) => `p.${l.page}: ${l.text}`)).toEqual([]);
  });

  it('prints one certificate per page with the emblem, register number and a title broken only between phrases', async () => {
    const certificates: CertificateDocument[] = certificatesFor(exampleDecision(2, 2)).map((c, i) => ({
      ...c,
      title: LONG_TITLES[i % LONG_TITLES.length]!,
      conferrer: 'Chủ tịch Ủy ban nhân dân thành phố Buôn Ma Thuột Mới',
    }));
    const html = render('certificates', { title: 'Bằng khen', date: '2024-02-05', certificates });
    expect(html.match(/<svg class="emblem"/g)).toHaveLength(certificates.length);
    const pdf = file(await toPdf(html), 'pdf');
    expect(pages(pdf)).toBe(certificates.length);
    const all = lines(pdf);
    for (const [i, c] of certificates.entries()) {
      const page = all.filter((l) => l.page === i + 1).map((l) => l.text);
      expect(page, `page ${i + 1}`).toContain(`Số vào sổ: 125.0${i + 1}`);
      // Each printed line of the title and conferrer is a whole run of phrases.
      const phrases = (s: string) =>
        keepPhrases(s.toLocaleUpperCase('vi'))
          .split(' ')
          .map((p) => p.replace(/\u00a0/g, ' '));
      for (const words of [phrases(c.conferrer)]) {
        const printed = page.filter(
          (l) => words.some((p) => l.includes(p.split(' ')[0]!)) && l === l.toLocaleUpperCase('vi'),
        );
        expect(printed.join(' '), `page ${i + 1}`).toContain(words.join(' '));
      }
      expect(page.join('\n')).not.toMatch(/ỦY\n|BAN\nNHÂN|NHÂN\nDÂN|CHỦ\nTỊCH|\nTỈNH\n?$/m);
    }
  });

  it('gives the DOCX the same sizes and a motto line as long as the motto', async () => {
    const JSZip = (await import('jszip')).default;
    const zip = await JSZip.loadAsync(await toDocx(render('decision', d)));
    const xml = await zip.file('word/document.xml')!.async('string');
    const paragraph = (text: string) =>
      xml.split('<w:p>').find((p) =>
        p
          .replace(/<[^>]+>/g, '')
          .replace(/\u00a0/g, ' ')
          .includes(text),
      )!;
    expect(paragraph('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toContain('<w:sz w:val="24"/>');
    expect(paragraph('Độc lập - Tự do - Hạnh phúc')).toContain('<w:sz w:val="26"/>');
    expect(paragraph('Nơi nhận:')).toContain('<w:sz w:val="24"/>');
    expect(paragraph('Như Điều 3')).toContain('<w:sz w:val="22"/>');
    const motto = paragraph('Độc lập - Tự do - Hạnh phúc');
    expect(motto).toMatch(/<w:pBdr><w:bottom /);
    const [left, right] = [/w:left="(\d+)"/.exec(motto)![1], /w:right="(\d+)"/.exec(motto)![1]].map(Number);
    // The motto column is 60 % of 165 mm; the line spans the column less both indents and Word's cell margins.
    const column = Math.round((165 * 56.7 * 60) / 100);
    const line = column - 216 - left! - right!;
    // "Độc lập - Tự do - Hạnh phúc" in 13 pt bold Times is 157 pt (3,140 twips) wide.
    expect(Math.abs(line - 3140)).toBeLessThan(120);
  });
});
