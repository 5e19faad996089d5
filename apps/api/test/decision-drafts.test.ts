import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { binary, seedWorld, startApi, type TestApi, workflow } from './harness.js';

/**
 * A draft award decision before it is issued: previewed as it will print (watermarked, no number), edited
 * (awardees, number, date, signer), and frozen once issued.
 */

let api: TestApi;
let world: Awaited<ReturnType<typeof seedWorld>>;
let flow: ReturnType<typeof workflow>;
/** Approved collectives of three districts, ready to be put into a decision. */
const approved: number[] = [];
const dir = mkdtempSync(join(tmpdir(), 'thidua-drafts-'));

/**
 * The pages of a PDF as text, in the order it was drawn (-raw): the diagonal watermark reads as one word there,
 * where the layout order would interleave its letters with the lines it crosses.
 */
function pdfPages(bytes: Buffer): string[] {
  const file = join(dir, `${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, bytes);
  return execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' })
    .split('\f')
    .filter((p) => p.trim())
    .map((p) => p.replace(/\s+/g, ' '));
}
const watermarked = (page: string) => page.replace(/\s+/g, '').includes('DỰTHẢO');

const DRAFT = {
  phaseId: 'so-ket-2024',
  awardFormId: 'bang-khen-ubnd-tinh',
  number: '125/QĐ-UBND',
  signedOn: '2024-09-05',
  signerName: 'Nguyễn Văn Ánh',
  signerTitle: 'KT. CHỦ TỊCH – PHÓ CHỦ TỊCH',
};

beforeAll(async () => {
  api = await startApi();
  world = await seedWorld(api.ds);
  flow = workflow(api);
  for (const i of [2, 3, 4]) {
    const unit = world.tn.districts[i]!.id;
    const n = await flow.draft({ nomineeUnitId: unit, nominatingUnitId: unit }, 'tn.admin');
    await flow.toAppraised(n.id, 'collective', 'tn.admin');
    expect((await flow.act(n.id, 'approve', 'tn.home')).status).toBe(200);
    approved.push(n.id);
  }
}, 180_000);
afterAll(() => api?.close());

describe('a draft decision', () => {
  let id: number;

  it('previews as PDF with "DỰ THẢO" on every page and the number left blank; as HTML with the same mark', async () => {
    const home = await api.as('tn.home');
    const created = await home.post('/api/decisions', { ...DRAFT, nominationIds: approved.slice(0, 2) });
    expect(created.status).toBe(201);
    id = created.body.id;
    const pdf = await binary(home.get(`/api/decisions/${id}/preview/decision?format=pdf`));
    expect(pdf.status).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-disposition']).toContain("inline; filename*=UTF-8''du-thao-quyet-dinh-125-qd-ubnd.pdf");
    expect(pdf.headers['cache-control']).toBe('no-store');
    const pages = pdfPages(pdf.body);
    expect(pages.length).toBe(2); // the decision, then its annex
    expect(pages.every(watermarked)).toBe(true);
    const text = pages.join(' ');
    expect(text).not.toContain('125/QĐ-UBND');
    for (const s of ['QUYẾT ĐỊNH', 'Về việc tặng Bằng khen', 'Nguyễn Văn Ánh', 'UBND huyện Số 03', 'UBND huyện Số 04'])
      expect(text).toContain(s);
    expect(text).toContain('02 tập thể');

    const html = await home.get(`/api/decisions/${id}/preview/annex?format=html`);
    expect(html.status).toBe(200);
    expect(html.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(html.text).toContain('<div class="watermark"');
    expect(html.text).toContain('DỰ THẢO</span>');
    expect(html.text).toMatch(/Kèm theo Quyết định số (&nbsp;)+\/QĐ-UBND/);
    // A preview is not a generated document: nothing is stored for a draft.
    expect(
      Number((await api.ds.query("SELECT COUNT(*) AS n FROM generated_document WHERE entity = 'decisions'"))[0].n),
    ).toBe(0);
  }, 60_000);

  it('is for province staff of its province: a unit clerk is refused, another province does not see it', async () => {
    const clerk = await (await api.as('tn.clerk')).get(`/api/decisions/${id}/preview/decision?format=html`);
    expect(clerk.status).toBe(403);
    expect(clerk.body.code).toBe('province-staff-only');
    expect((await (await api.as('tn2.home')).get(`/api/decisions/${id}/preview/decision`)).status).toBe(404);
    expect((await (await api.as('tn.viewer')).get(`/api/decisions/${id}/preview/decision?format=html`)).status).toBe(
      200,
    );
    expect((await (await api.as('tn.home')).get(`/api/decisions/${id}/preview/decision?format=docx`)).status).toBe(400);
    expect((await (await api.as('tn.home')).get(`/api/decisions/${id}/preview/certificate`)).status).toBe(400);
  });

  it('takes edits to its awardees, number, signing date and signer; the preview follows', async () => {
    const home = await api.as('tn.home');
    const [first, second, third] = approved as [number, number, number];
    const res = await home.put(`/api/decisions/${id}`, {
      number: '126/QĐ-UBND',
      signedOn: '2024-09-12',
      signerName: 'Trần Thị Bảo',
      signerTitle: 'CHỦ TỊCH',
      nominationIds: [second, third],
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      status: 'draft',
      number: '126/QĐ-UBND',
      signedOn: '2024-09-12',
      signerName: 'Trần Thị Bảo',
      signerTitle: 'CHỦ TỊCH',
    });
    expect([...res.body.nominationIds].sort()).toEqual([second, third].sort());
    // The one taken out is free again for another decision.
    expect((await home.get(`/api/nominations/${first}`)).body.decisionId).toBeNull();

    const text = pdfPages((await binary(home.get(`/api/decisions/${id}/preview/annex?format=pdf`))).body).join(' ');
    expect(text).toContain('UBND huyện Số 05');
    expect(text).not.toContain('UBND huyện Số 03');
    expect(text).toContain('ngày 12 tháng 9 năm 2024');

    // An edit of one field leaves the others, and the awardees, as they are.
    const signer = await home.put(`/api/decisions/${id}`, { signerName: 'Trần Thị Bảo Anh' });
    expect(signer.status).toBe(200);
    expect(signer.body).toMatchObject({ number: '126/QĐ-UBND', signerName: 'Trần Thị Bảo Anh' });
    expect([...signer.body.nominationIds].sort()).toEqual([second, third].sort());

    // Only approved nominations of the same phase × award form: a draft nomination is refused, nothing changes.
    const unit = world.tn.districts[6]!.id;
    const stray = await flow.draft({ nomineeUnitId: unit, nominatingUnitId: unit }, 'tn.admin');
    const refused = await home.put(`/api/decisions/${id}`, { nominationIds: [second, stray.id] });
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('not-approved');
    expect([...(await home.get(`/api/decisions/${id}`)).body.nominationIds].sort()).toEqual([second, third].sort());
  }, 60_000);

  it('once issued: edits refused with decision-issued, no preview, and the documents carry no watermark', async () => {
    const home = await api.as('tn.home');
    expect((await home.post(`/api/decisions/${id}/issue`)).status).toBe(200);
    for (const body of [{ signerName: 'Người khác' }, { nominationIds: [approved[0]] }]) {
      const edit = await home.put(`/api/decisions/${id}`, body);
      expect(edit.status).toBe(409);
      expect(edit.body.code).toBe('decision-issued');
    }
    const preview = await home.get(`/api/decisions/${id}/preview/decision?format=html`);
    expect(preview.status).toBe(409);
    expect(preview.body.code).toBe('decision-issued');
    const after = (await home.get(`/api/decisions/${id}`)).body;
    expect(after).toMatchObject({ status: 'issued', signerName: 'Trần Thị Bảo Anh', number: '126/QĐ-UBND' });
    expect(after.awardees.map((a: { status: string }) => a.status)).toEqual(['decided', 'decided']);

    const pdf = await binary(home.get(`/api/decisions/${id}/documents/decision?format=pdf`));
    expect(pdf.status).toBe(200);
    const pages = pdfPages(pdf.body);
    expect(pages.length).toBe(2);
    expect(pages.some(watermarked)).toBe(false);
    expect(pages[0]).toContain('Số: 126/QĐ-UBND');
    const html = await home.get(`/api/decisions/${id}/documents/annex?format=html`);
    expect(html.text).not.toContain('watermark');
    expect(html.text).toContain('Kèm theo Quyết định số 126/QĐ-UBND');
  }, 60_000);
});
