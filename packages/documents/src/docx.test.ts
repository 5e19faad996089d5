import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { certificatesFor } from './certificates.js';
import { toDocx } from './docx.js';
import { exampleDecision } from './examples.js';
import { render } from './render.js';

async function open(docx: Buffer) {
  const zip = await JSZip.loadAsync(docx);
  const xml = await zip.file('word/document.xml')!.async('string');
  // No-break spaces hold a title's phrases together; the reader sees spaces.
  const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
    .map((m) => m[1])
    .join('')
    .replace(/\u00a0/g, ' ');
  return { zip, xml, text };
}

describe('DOCX', () => {
  const d = exampleDecision(2, 3);
  d.collectives[0]!.name = 'Xã <Đắk> & "Mới"';

  it('carries the decision: header, articles, signature, annex tables; Times New Roman, A4 portrait', async () => {
    const { xml, text, zip } = await open(await toDocx(render('decision', d)));
    for (const s of [
      'ỦY BAN NHÂN DÂN TỈNH THỬ NGHIỆM',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số: 125/QĐ-UBND',
      'Thử Nghiệm, ngày 05 tháng 02 năm 2024',
      'QUYẾT ĐỊNH:',
      'Điều 1.',
      'Nơi nhận:',
      'KT. CHỦ TỊCH',
      'PHÓ CHỦ TỊCH',
      'Nguyễn Văn Minh',
      'I. TẬP THỂ (02 tập thể)',
    ])
      expect(text).toContain(s);
    expect(xml).toContain('Xã &lt;Đắk&gt; &amp; &quot;Mới&quot;');
    expect(xml).toContain('w:ascii="Times New Roman"');
    expect(xml).toMatch(/<w:pgSz w:w="11907" w:h="16840"/);
    expect(xml).toContain('<w:pageBreakBefore/>');
    expect((xml.match(/<w:tbl>/g) ?? []).length).toBe(5); // two headers, the signature, two annex tables
    expect(await zip.file('docProps/core.xml')!.async('string')).toContain(
      '<dcterms:created xsi:type="dcterms:W3CDTF">2024-02-05T00:00:00Z</dcterms:created>',
    );
  });

  it('lays certificates out A4 landscape, one page each', async () => {
    const html = render('certificates', { title: 'Bằng khen', date: d.head.date, certificates: certificatesFor(d) });
    const { xml, text } = await open(await toDocx(html));
    expect(xml).toMatch(/<w:pgSz w:w="16840" w:h="11907" w:orient="landscape"/);
    expect((xml.match(/<w:pageBreakBefore\/>/g) ?? []).length).toBe(4);
    expect((text.match(/BẰNG KHEN/g) ?? []).length).toBe(5);
    // The emblem on every certificate, from one embedded image.
    expect((xml.match(/<w:drawing>/g) ?? []).length).toBe(5);
  });

  it('gives the same bytes for the same data', async () => {
    const html = render('decision', d);
    const a = await toDocx(html);
    await new Promise((r) => setTimeout(r, 2100)); // zip times have a 2-second resolution
    expect(a.equals(await toDocx(html))).toBe(true);
  });
});
