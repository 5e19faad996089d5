import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { certificatesFor } from './certificates.js';
import { toDocx } from './docx.js';
import { exampleDecision } from './examples.js';
import { render } from './render.js';

/**
 * The DOCX as a word processor lays it out: LibreOffice Writer (Debian's libreoffice-writer-nogui, installed by
 * scripts/setup.sh) converts it headless to PDF, and poppler reads the result.
 */
const SOFFICE = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => existsSync(p));
if (!SOFFICE && process.env.CI)
  throw new Error('soffice is missing on CI: scripts/setup.sh installs libreoffice-writer-nogui');
if (!SOFFICE)
  console.warn('SKIPPED: LibreOffice (soffice) is not installed; run scripts/setup.sh as root to check DOCX layout');

const dir = mkdtempSync(join(tmpdir(), 'lo-'));

function convert(docx: Buffer, name: string): string {
  const input = join(dir, `${name}.docx`);
  writeFileSync(input, docx);
  execFileSync(
    SOFFICE!,
    [
      `-env:UserInstallation=file://${join(dir, 'profile')}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      dir,
      input,
    ],
    { stdio: 'pipe', timeout: 120_000 },
  );
  return join(dir, `${name}.pdf`);
}

const pages = (pdf: string) => execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }).split('\f');
const lines = (page: string) => page.split('\n').map((l) => l.trim());

/** Share of dark-red pixels (the frame's #8A1C1C) in a strip along the left edge of page 1, at 20 dpi. */
function frameAtLeftEdge(pdf: string): number {
  execFileSync('pdftoppm', ['-r', '20', '-f', '1', '-l', '1', pdf, join(dir, 'page')]);
  const file = join(dir, 'page-1.ppm');
  const ppm = readFileSync(file);
  const [, w, h] = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.subarray(0, 40).toString('latin1'))!.map(Number) as number[];
  const start = ppm.length - w! * h! * 3;
  let red = 0;
  for (let y = Math.round(h! * 0.25); y < h! * 0.75; y++) {
    let found = false;
    for (let x = 0; x < w! * 0.12 && !found; x++) {
      const i = start + (y * w! + x) * 3;
      found = ppm[i]! > 90 && ppm[i + 1]! < 90 && ppm[i + 2]! < 90;
    }
    if (found) red++;
  }
  return red / Math.round(h! * 0.5);
}

describe.skipIf(!SOFFICE)('DOCX after LibreOffice', { timeout: 180_000 }, () => {
  it('keeps the decision’s Quốc hiệu on one line and breaks the issuing body between phrases', async () => {
    const pdf = convert(await toDocx(render('decision', exampleDecision(3, 12))), 'decision');
    const first = lines(pages(pdf)[0]!);
    expect(
      first.some((l) => /(^|\s)CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM$/.test(l)),
      first.join('\n'),
    ).toBe(true);
    expect(first.some((l) => /(^|\s)Độc lập - Tự do - Hạnh phúc$/.test(l))).toBe(true);
    expect(
      first.some((l) => /^ỦY BAN NHÂN DÂN(\s{2,}|$)/.test(l)),
      'issuer, first phrase',
    ).toBe(true);
    expect(
      first.some((l) => /^TỈNH THỬ NGHIỆM(\s{2,}|$)/.test(l)),
      'issuer, second phrase',
    ).toBe(true);
  });

  it('prints one certificate per page, each inside its frame', async () => {
    const d = exampleDecision(2, 3);
    const certificates = certificatesFor(d);
    const html = render('certificates', { title: 'Bằng khen', date: d.head.date, certificates });
    const pdf = convert(await toDocx(html), 'certificates');
    const printed = pages(pdf).filter((p) => p.trim());
    expect(printed).toHaveLength(certificates.length);
    printed.forEach((p, i) => {
      expect(p, `page ${i + 1}`).toContain(certificates[i]!.name);
      expect(p, `page ${i + 1}`).toContain('BẰNG KHEN');
    });
    expect(frameAtLeftEdge(pdf), 'the frame runs down the left edge').toBeGreaterThan(0.9);
  });
});
