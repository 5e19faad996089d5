import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { certificatesFor } from './certificates.js';
import { exampleDecision } from './examples.js';
import { mergePdfs } from './merge.js';
import { closeBrowser, fixPdfDates, toPdf } from './pdf.js';
import { render } from './render.js';

const dir = mkdtempSync(join(tmpdir(), 'pdf-'));
/** Runs a poppler tool on the PDF and returns its output. */
function poppler(tool: string, pdf: Buffer, ...args: string[]): string {
  const file = join(dir, `${tool}-${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, pdf);
  return execFileSync(tool, [...args, file, ...(tool === 'pdftotext' ? ['-'] : [])], { encoding: 'utf8' });
}

afterAll(() => closeBrowser());

describe('PDF', () => {
  const d = exampleDecision(2, 3);
  d.individuals[0]!.name = '<script>alert(1)</script>';
  d.individuals[1]!.name = 'Đặng Thị Ưởng Ỹ';

  it('prints the decision and its annex on A4 with every diacritic intact, the font embedded', async () => {
    const pdf = await toPdf(render('decision', d));
    const text = poppler('pdftotext', pdf, '-enc', 'UTF-8');
    for (const s of [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Thử Nghiệm, ngày 05 tháng 02 năm 2024',
      'QUYẾT ĐỊNH',
      'KT. CHỦ TỊCH',
      'Nguyễn Văn Minh',
      'Đặng Thị Ưởng Ỹ',
      '<script>alert(1)</script>',
      'II. CÁ NHÂN (03 cá nhân)',
    ])
      expect(text).toContain(s);
    const info = poppler('pdfinfo', pdf);
    expect(info).toMatch(/Page size:\s+59\d(\.\d+)? x 84\d(\.\d+)? pts \(A4\)/);
    expect(info).toMatch(/Pages:\s+2/);
    expect(info).toMatch(/CreationDate:\s+Mon Feb\s+5 00:00:00 2024/);
    expect(poppler('pdffonts', pdf)).toMatch(/Tinos\S*\s+.*yes/);
  }, 60_000);

  it('lays "DỰ THẢO" across every page of a draft (decision and annex), and nowhere on the final print', async () => {
    const draft = { ...d, head: { ...d.head, number: null } };
    const pdf = await toPdf(render('decision', draft, { watermark: 'DỰ THẢO' }));
    const pages = poppler('pdftotext', pdf, '-raw', '-enc', 'UTF-8')
      .split('\f')
      .filter((p) => p.trim());
    expect(pages.length).toBe(2);
    // pdftotext reads the diagonal text as it lies, so compare letters only.
    for (const page of pages) expect(page.replace(/\s+/g, '')).toContain('DỰTHẢO');
    expect(pages[0]).toContain('Số:');
    expect(pages[0]).not.toContain('125/QĐ-UBND');
    const final = poppler('pdftotext', await toPdf(render('decision', d)), '-enc', 'UTF-8');
    expect(final.replace(/\s+/g, '')).not.toContain('DỰTHẢO');
  }, 60_000);

  it('gives the same bytes for the same data', async () => {
    const html = render('decision', d);
    const [a, b] = [await toPdf(html), await toPdf(html)];
    expect(a.equals(b)).toBe(true);
  }, 60_000);

  it('prints every certificate on its own A4 landscape page', async () => {
    const certs = certificatesFor(d);
    const pdf = await toPdf(render('certificates', { title: 'Bằng khen', date: d.head.date, certificates: certs }));
    const info = poppler('pdfinfo', pdf);
    expect(info).toMatch(/Pages:\s+5/);
    expect(info).toMatch(/Page size:\s+84\d(\.\d+)? x 59\d(\.\d+)? pts/);
    const pages = poppler('pdftotext', pdf, '-enc', 'UTF-8').split('\f');
    expect(pages[4]).toContain('BẰNG KHEN');
    expect(pages[4]).toContain(certs[4]!.name);
  }, 60_000);

  it('rewrites timestamps without moving any byte', () => {
    const raw = Buffer.from("1 0 obj <</CreationDate (D:20261125101530+07'00') /ModDate (D:20261125101530-05'00')>>");
    const fixed = fixPdfDates(raw, '2024-02-05');
    expect(fixed.length).toBe(raw.length);
    expect(fixed.toString('latin1')).toBe(
      "1 0 obj <</CreationDate (D:20240205000000+00'00') /ModDate (D:20240205000000+00'00')>>",
    );
  });

  it('merges certificates printed in chunks into one file: every page in order, readable, the same bytes twice', async () => {
    const certs = certificatesFor(d);
    const print = async () => {
      const chunks = [certs.slice(0, 2), certs.slice(2, 4), certs.slice(4)];
      const pdfs = await Promise.all(
        chunks.map((c) => toPdf(render('certificates', { title: 'Bằng khen', date: d.head.date, certificates: c }))),
      );
      return mergePdfs(pdfs, d.head.date);
    };
    const [a, b] = [await print(), await print()];
    const sha = (x: Buffer) => createHash('sha256').update(x).digest('hex');
    expect(sha(a)).toBe(sha(b));
    const info = poppler('pdfinfo', a);
    expect(info).toMatch(/Pages:\s+5/);
    expect(info).toMatch(/Page size:\s+84\d(\.\d+)? x 59\d(\.\d+)? pts/);
    expect(info).toMatch(/CreationDate:\s+Mon Feb\s+5 00:00:00 2024/);
    expect(info).toMatch(/Producer:\s+@thidua\/documents/);
    expect(poppler('pdffonts', a)).toMatch(/Tinos\S*\s+.*yes/);
    const pages = poppler('pdftotext', a, '-enc', 'UTF-8').split('\f');
    expect(pages[0]).toContain(certs[0]!.name);
    expect(pages[4]).toContain('BẰNG KHEN');
    expect(pages[4]).toContain(certs[4]!.name);
  }, 60_000);
});
