import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { DataSource } from 'typeorm';
import { instrumentInForce } from '@thidua/domain';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { BackgroundJob, Registration, Report } from '../src/database/entities/index.js';
import { DocumentsService } from '../src/documents/documents.service.js';
import { JobsService } from '../src/documents/jobs.service.js';
import { addPerson, binary, FIXTURE_PROVINCES, seedWorld, startApi, type TestApi, workflow } from './harness.js';

/**
 * The test provinces, copied so each can carry what documents need: "thu-nghiem" cites the replaced form of
 * Nghị định 91/2017 in its dossier rules; "thu-nghiem-hai" overrides the document header and the certificate.
 */
function provincesWithTemplates(): string {
  const dir = mkdtempSync(join(tmpdir(), 'thidua-doc-provinces-'));
  cpSync(FIXTURE_PROVINCES, dir, { recursive: true });
  const wrap = (slug: string, extra: string) => {
    writeFileSync(
      join(dir, slug, 'dist/manifest.js'),
      `import base from './index.js';\nexport default { ...base, ${extra} };\n`,
    );
    writeFileSync(
      join(dir, slug, 'package.json'),
      JSON.stringify({
        name: `@thidua/test-${slug}`,
        version: '0.0.0',
        private: true,
        type: 'module',
        main: './dist/manifest.js',
        thidua: { role: 'province-plugin', slug },
      }),
    );
  };
  wrap(
    'thu-nghiem',
    `dossier: base.dossier.map((r) => ({ ...r, documents: r.documents.map((d) => d.type === 'achievement-report' ? { ...d, form: 'Mẫu số 07 ban hành kèm theo Nghị định số 91/2017/NĐ-CP' } : d) }))`,
  );
  mkdirSync(join(dir, 'thu-nghiem-hai', 'templates', 'partials'), { recursive: true });
  writeFileSync(
    join(dir, 'thu-nghiem-hai', 'templates', 'partials', 'head.hbs'),
    '<p class="center bold">{{upper issuer.name}}</p><p class="center">MẪU TIÊU ĐỀ CỦA TỈNH HAI — Số: {{#if number}}{{number}}{{/if}}</p><p class="center italic">{{place}}, {{vnDate date}}</p>',
  );
  wrap('thu-nghiem-hai', `templates: { 'partials/head': 'templates/partials/head.hbs' }`);
  return dir;
}

let api: TestApi;
let world: Awaited<ReturnType<typeof seedWorld>>;
let flow: ReturnType<typeof workflow>;
const decision: Record<'tn' | 'tn2', { id: number; collective: number; individual: number }> = {} as never;
const pdfDir = mkdtempSync(join(tmpdir(), 'thidua-doc-out-'));

/** The bytes in a file of the scratch folder, for the command-line readers below. */
function saved(bytes: Buffer, ext: string): string {
  const file = join(pdfDir, `${createHash('sha1').update(bytes).digest('hex')}.${ext}`);
  writeFileSync(file, bytes);
  return file;
}
/** Text of a PDF via pdftotext (poppler), UTF-8, whitespace collapsed (lines wrap where the layout wraps them). */
const pdfText = (bytes: Buffer) =>
  execFileSync('pdftotext', ['-enc', 'UTF-8', saved(bytes, 'pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
const pdfInfo = (bytes: Buffer) => execFileSync('pdfinfo', [saved(bytes, 'pdf')], { encoding: 'utf8' });
/** One entry of a zip file (a DOCX), read with zlib: walks the central directory to the entry's local header. */
function unzipEntry(zip: Buffer, name: string): Buffer {
  let at = zip.readUInt32LE(zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06])) + 16);
  while (zip.readUInt32LE(at) === 0x02014b50) {
    const [nameLength, extra, comment] = [
      zip.readUInt16LE(at + 28),
      zip.readUInt16LE(at + 30),
      zip.readUInt16LE(at + 32),
    ];
    if (zip.toString('utf8', at + 46, at + 46 + nameLength) === name) {
      const local = zip.readUInt32LE(at + 42);
      const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      const data = zip.subarray(start, start + zip.readUInt32LE(at + 20));
      return zip.readUInt16LE(at + 10) === 8 ? inflateRawSync(data) : data;
    }
    at += 46 + nameLength + extra + comment;
  }
  throw new Error(`${name} is not in the zip`);
}
/** The text runs of a DOCX's body. */
function docxText(bytes: Buffer): string {
  const xml = unzipEntry(bytes, 'word/document.xml').toString('utf8');
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
    .map((m) => m[1])
    .join('')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\u00a0/g, ' ');
}

/** One collective and one individual of a province, approved and put in an issued decision. */
async function issuedDecision(p: 'tn' | 'tn2', number: string) {
  const w = world[p];
  const admin = `${p}.admin`;
  const c = await flow.draft(
    {
      nomineeUnitId: w.districts[4]!.id,
      nominatingUnitId: w.districts[4]!.id,
      ...(p === 'tn2' ? { provinceSlug: 'thu-nghiem-hai' } : {}),
    },
    admin,
  );
  await flow.toAppraised(c.id, 'collective', admin, p);
  const person = await addPerson(
    api.ds,
    p === 'tn' ? 'thu-nghiem' : 'thu-nghiem-hai',
    w.districts[5]!.id,
    p === 'tn' ? '<script>alert(1)</script> Đặng Thị Ước' : 'Hà Văn Ửng',
  );
  const i = await flow.draft(
    { recipient: 'individual', nomineePersonId: person.id, nominatingUnitId: w.districts[5]!.id },
    admin,
  );
  await flow.toAppraised(i.id, 'individual', admin, p);
  for (const id of [c.id, i.id]) expect((await flow.act(id, 'approve', `${p}.home`)).status).toBe(200);
  const home = await api.as(`${p}.home`);
  const created = await home.post('/api/decisions', {
    phaseId: 'so-ket-2024',
    awardFormId: 'bang-khen-ubnd-tinh',
    number,
    signedOn: '2024-09-05',
    signerName: 'Nguyễn Văn Ánh',
    signerTitle: 'KT. CHỦ TỊCH – PHÓ CHỦ TỊCH',
    nominationIds: [c.id, i.id],
  });
  expect(created.status).toBe(201);
  expect((await home.post(`/api/decisions/${created.body.id}/issue`)).status).toBe(200);
  decision[p] = { id: created.body.id, collective: c.id, individual: i.id };
}

beforeAll(async () => {
  api = await startApi({ provincesDir: provincesWithTemplates() });
  world = await seedWorld(api.ds);
  flow = workflow(api);
  await issuedDecision('tn', '125/QĐ-UBND');
  await issuedDecision('tn2', '77/QĐ-UBND');
}, 180_000);
afterAll(() => api?.close());

describe('award decision documents', () => {
  it('prints the issued decision with its annex as PDF: NĐ 30/2020 layout, Vietnamese intact, user data as text', async () => {
    const res = await binary(
      (await api.as('tn.viewer')).get(`/api/decisions/${decision.tn.id}/documents/decision?format=pdf`),
    );
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toContain("filename*=UTF-8''quyet-dinh-125-qd-ubnd.pdf");
    const text = pdfText(res.body);
    for (const s of [
      'ỦY BAN NHÂN DÂN TỈNH THỬ NGHIỆM',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số: 125/QĐ-UBND',
      'Thử Nghiệm, ngày 05 tháng 9 năm 2024',
      'QUYẾT ĐỊNH',
      'Về việc tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh',
      'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH THỬ NGHIỆM',
      'Nghị định số 98/2023/NĐ-CP',
      'Kế hoạch số 01/KH-UBND ngày 15 tháng 3 năm 2023',
      'Theo đề nghị của Giám đốc Sở Nội vụ',
      'KT. CHỦ TỊCH',
      'PHÓ CHỦ TỊCH',
      'Nguyễn Văn Ánh',
      'Nơi nhận:',
      'DANH SÁCH',
      'I. TẬP THỂ (01 tập thể)',
      'UBND huyện Số 05',
      'II. CÁ NHÂN (01 cá nhân)',
      '<script>alert(1)</script> Đặng Thị Ước',
    ])
      expect(text).toContain(s);
    expect(res.headers['x-checksum-sha256']).toBe(createHash('sha256').update(res.body).digest('hex'));
  });

  it('gives the same file again for the same data (stored once, same checksum), in PDF and DOCX', async () => {
    const c = await api.as('tn.home');
    for (const format of ['pdf', 'docx']) {
      const a = await binary(c.get(`/api/decisions/${decision.tn.id}/documents/annex?format=${format}`));
      await new Promise((r) => setTimeout(r, 2100));
      const b = await binary(c.get(`/api/decisions/${decision.tn.id}/documents/annex?format=${format}`));
      expect(a.status).toBe(200);
      expect(Buffer.compare(a.body, b.body)).toBe(0);
      expect(b.headers['x-document-id']).toBe(a.headers['x-document-id']);
    }
  });

  it('writes the decision as DOCX with the same fields', async () => {
    const res = await binary(
      (await api.as('tn.home')).get(`/api/decisions/${decision.tn.id}/documents/decision?format=docx`),
    );
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    const text = docxText(res.body);
    for (const s of [
      'ỦY BAN NHÂN DÂN TỈNH THỬ NGHIỆM',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Số: 125/QĐ-UBND',
      'Điều 1.',
      'cho 01 tập thể và 01 cá nhân',
      'Nguyễn Văn Ánh',
      '<script>alert(1)</script> Đặng Thị Ước',
    ])
      expect(text).toContain(s);
  });

  it('shows HTML inline with the user data escaped', async () => {
    const res = await (await api.as('tn.home')).get(`/api/decisions/${decision.tn.id}/documents/annex?format=html`);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['content-disposition']).toMatch(/^inline/);
    expect(res.text).not.toContain('<script>alert(1)');
    expect(res.text).toContain('&lt;script&gt;alert(1)&lt;/script&gt; Đặng Thị Ước');
  });

  it('prints one certificate on A4 landscape; asks which awardee; refuses a non-awardee and a draft decision', async () => {
    const c = await api.as('tn.home');
    const res = await binary(
      c.get(`/api/decisions/${decision.tn.id}/documents/certificate?format=pdf&nominationId=${decision.tn.individual}`),
    );
    expect(res.status).toBe(200);
    expect(pdfInfo(res.body)).toMatch(/Page size:\s+84\d(\.\d+)? x 59\d(\.\d+)? pts/);
    const text = pdfText(res.body);
    for (const s of [
      'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH THỬ NGHIỆM',
      'TẶNG',
      'BẰNG KHEN',
      'Đặng Thị Ước',
      'Quyết định số 125/QĐ-UBND',
    ])
      expect(text).toContain(s);
    expect((await c.get(`/api/decisions/${decision.tn.id}/documents/certificate`)).body.code).toBe(
      'nomination-required',
    );
    expect((await c.get(`/api/decisions/${decision.tn.id}/documents/certificate?nominationId=999999`)).status).toBe(
      404,
    );
    expect((await c.get(`/api/decisions/${decision.tn.id}/documents/memo`)).status).toBe(400);
    const draft = await c.post('/api/decisions', {
      phaseId: 'so-ket-2024',
      awardFormId: 'giay-khen',
      number: '130/QĐ-UBND',
      signedOn: '2024-09-06',
      signerName: 'A B',
      signerTitle: 'CHỦ TỊCH',
    });
    const refused = await c.get(`/api/decisions/${draft.body.id}/documents/decision`);
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('decision-not-issued');
  });

  it('keeps each province to its own: another province gets 404; its own override prints its header', async () => {
    expect(
      (await (await api.as('tn2.home')).get(`/api/decisions/${decision.tn.id}/documents/decision?format=html`)).status,
    ).toBe(404);
    const own = await binary(
      (await api.as('tn2.home')).get(`/api/decisions/${decision.tn2.id}/documents/decision?format=pdf`),
    );
    const text = pdfText(own.body);
    expect(text).toContain('MẪU TIÊU ĐỀ CỦA TỈNH HAI — Số: 77/QĐ-UBND');
    expect(text).not.toContain('Độc lập - Tự do - Hạnh phúc');
    expect(text).toContain('Hà Văn Ửng');
    const core = pdfText(
      (await binary((await api.as('tn.home')).get(`/api/decisions/${decision.tn.id}/documents/decision?format=pdf`)))
        .body,
    );
    expect(core).not.toContain('MẪU TIÊU ĐỀ');
  });
});

describe('all certificates as a background job', () => {
  it('starts a job, reports progress, and serves the file: every certificate, one page each, PDF and DOCX', async () => {
    const c = await api.as('tn.home');
    // A certificate per PDF chunk, so progress must move once per certificate; DOCX moves at the end.
    api.app.get(DocumentsService).certificatesPerChunk = 1;
    const updates = vi.spyOn(api.app.get(DataSource).getRepository(BackgroundJob), 'update');
    for (const [format, steps] of [
      [
        'pdf',
        [
          [0, 2],
          [1, 2],
          [2, 2],
        ],
      ],
      [
        'docx',
        [
          [0, 2],
          [2, 2],
        ],
      ],
    ] as const) {
      updates.mockClear();
      const started = await c.post(`/api/decisions/${decision.tn.id}/certificates?format=${format}`);
      expect(started.status).toBe(202);
      expect(started.body).toMatchObject({ status: 'queued', progress: 0, kind: 'certificates', format });
      await api.app.get(JobsService).idle();
      const reported = updates.mock.calls
        .map(([, set]) => set as Partial<BackgroundJob>)
        .filter((set) => set.total !== undefined);
      expect(reported.map((set) => [set.progress, set.total])).toEqual(steps);
      const job = (await c.get(`/api/jobs/${started.body.id}`)).body;
      expect(job).toMatchObject({ status: 'done', progress: 2, total: 2, error: null });
      const file = await binary(c.get(`/api/jobs/${started.body.id}/file`));
      expect(file.status).toBe(200);
      if (format === 'pdf') {
        expect(pdfInfo(file.body)).toMatch(/Pages:\s+2/);
        expect(pdfText(file.body)).toContain('UBND huyện Số 05');
        // The chunks merge into the same bytes every time, so printing again finds the stored file.
        const again = await c.post(`/api/decisions/${decision.tn.id}/certificates?format=pdf`);
        await api.app.get(JobsService).idle();
        expect((await c.get(`/api/jobs/${again.body.id}`)).body.documentId).toBe(job.documentId);
      } else expect((docxText(file.body).match(/BẰNG KHEN/g) ?? []).length).toBe(2);
    }
    updates.mockRestore();
    expect((await (await api.as('tn2.home')).get('/api/jobs/1')).status).toBe(404);
  });
});

describe("a unit's dossier documents", () => {
  it("submission letter and council minutes for the unit's nominations, achievement report flagging the replaced form", async () => {
    const clerk = await api.as('tn.admin');
    const letter = await clerk.get(
      `/api/nominations/${decision.tn.collective}/documents-generated/submission-letter?format=html`,
    );
    expect(letter.status).toBe(200);
    expect(letter.text).toContain('TỜ TRÌNH');
    expect(letter.text).toContain('Kính gửi: Chủ tịch Ủy ban nhân dân tỉnh Thử Nghiệm');
    expect(letter.text).toContain('UBND huyện Số 05');
    const minutes = pdfText(
      (
        await binary(
          clerk.get(`/api/nominations/${decision.tn.collective}/documents-generated/council-minutes?format=pdf`),
        )
      ).body,
    );
    expect(minutes).toContain('BIÊN BẢN');
    expect(minutes).toContain('Họp Hội đồng Thi đua – Khen thưởng UBND huyện Số 05');
    const report = pdfText(
      (
        await binary(
          clerk.get(`/api/nominations/${decision.tn.individual}/documents-generated/achievement-report?format=pdf`),
        )
      ).body,
    );
    // The form and the note follow the decree in force on the nomination's date (today's).
    const decree = instrumentInForce('emulation-decree', new Date().toISOString().slice(0, 10))!;
    for (const s of [
      'BÁO CÁO THÀNH TÍCH',
      `Nghị định số ${decree.number}`,
      'Lưu ý: kế hoạch dẫn Nghị định số 91/2017/NĐ-CP',
      'I. SƠ LƯỢC LÝ LỊCH',
      'II. THÀNH TÍCH ĐẠT ĐƯỢC',
      'NGƯỜI BÁO CÁO THÀNH TÍCH',
    ])
      expect(report).toContain(s);
    const docx = docxText(
      (
        await binary(
          clerk.get(`/api/nominations/${decision.tn.collective}/documents-generated/achievement-report?format=docx`),
        )
      ).body,
    );
    expect(docx).toContain('I. SƠ LƯỢC ĐẶC ĐIỂM, TÌNH HÌNH');
    expect(docx).toContain('Chỉ số');
    expect(
      (
        await (
          await api.as('tn.clerk')
        ).get(`/api/nominations/${decision.tn.collective}/documents-generated/submission-letter`)
      ).status,
    ).toBe(404);
  });
});

describe('reports', () => {
  it("prints a unit's yearly report with its timeliness, and the province's phase summary for province staff", async () => {
    const unit = world.tn.districts[4]!;
    const r = await api.ds.getRepository(Report).save({
      provinceSlug: 'thu-nghiem',
      unitId: unit.id,
      year: 2024,
      dueOn: '2024-12-20',
      submittedOn: '2024-12-22',
      summary: 'Hoàn thành 100% dịch vụ công trực tuyến toàn trình.',
    });
    await api.ds
      .getRepository(Registration)
      .save({ provinceSlug: 'thu-nghiem', unitId: unit.id, year: 2024, registeredOn: '2024-01-15', note: null });
    const doc = await (await api.as('tn.viewer')).get(`/api/reports/${r.id}/document?format=html`);
    expect(doc.status).toBe(200);
    expect(doc.text).toContain('Kết quả thực hiện Phong trào thi đua “Chuyển đổi số giai đoạn 2023 - 2025” năm 2024');
    expect(doc.text).toContain('Hạn báo cáo: 20/12/2024; gửi ngày 22/12/2024 (chậm hạn).');
    const summary = pdfText(
      (await binary((await api.as('tn.home')).get('/api/provinces/thu-nghiem/phases/so-ket-2024/summary?format=pdf')))
        .body,
    );
    for (const s of [
      'BÁO CÁO',
      'Tổng hợp kết quả sơ kết giữa kỳ năm 2024',
      'Mỗi cơ quan, đơn vị lựa chọn 01 tập thể và 01 cá nhân',
      'UBND huyện Số 05',
    ])
      expect(summary).toContain(s);
    expect((await (await api.as('tn.clerk')).get('/api/provinces/thu-nghiem/phases/so-ket-2024/summary')).status).toBe(
      403,
    );
    expect((await (await api.as('tn2.home')).get('/api/provinces/thu-nghiem/phases/so-ket-2024/summary')).status).toBe(
      404,
    );
    expect((await (await api.as('tn.home')).get('/api/provinces/thu-nghiem/phases/khong-co/summary')).status).toBe(404);
  });
});

describe('list exports', () => {
  it('exports nominations to XLSX with Vietnamese headers and names, scoped to the province', async () => {
    const res = await binary(
      (await api.as('tn.home')).get(
        `/api/exports/nominations?format=xlsx&filter=${encodeURIComponent(JSON.stringify({ status: 'decided' }))}`,
      ),
    );
    expect(res.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.body as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0]!;
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      'STT',
      'Tập thể, cá nhân',
      'Loại',
      'Đối tượng',
      'Đơn vị đề nghị',
      'Hình thức khen thưởng',
      'Đợt',
      'Trạng thái',
      'Ngày gửi',
      'Quyết định',
    ]);
    const names = sheet.getColumn(2).values.slice(2);
    expect(names).toEqual(['UBND huyện Số 05', '<script>alert(1)</script> Đặng Thị Ước']);
    expect(sheet.getCell('J2').value).toBe('125/QĐ-UBND');
    expect((await (await api.as('tn.home')).get('/api/exports/nominations?filter={"bad":1}')).status).toBe(400);
  });

  it('documents every endpoint in OpenAPI', async () => {
    const paths = Object.keys((await api.anon.get('/api/docs-json')).body.paths);
    for (const p of [
      '/api/decisions/{id}/documents/{kind}',
      '/api/decisions/{id}/certificates',
      '/api/jobs/{id}',
      '/api/jobs/{id}/file',
      '/api/decisions/{id}/awardees',
      '/api/nominations/{id}/documents-generated/{kind}',
      '/api/reports/{id}/document',
      '/api/provinces/{slug}/phases/{phaseId}/summary',
      '/api/exports/{list}',
    ])
      expect(paths).toContain(p);
  });

  it('exports awardees and readings to CSV that Excel reads as UTF-8 (BOM)', async () => {
    const csv = await binary((await api.as('tn.viewer')).get(`/api/decisions/${decision.tn.id}/awardees?format=csv`));
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect([...csv.body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = csv.body.toString('utf8').slice(1).trim().split('\r\n');
    expect(lines[0]).toBe(
      'STT,Tập thể,Loại,Đối tượng,Đơn vị đề nghị,Hình thức khen thưởng,Đợt,Ngày gửi,Quyết định số,Ngày ký'
        .replace('Tập thể,', 'Tập thể, cá nhân,')
        .replace('Tập thể, cá nhân,', '"Tập thể, cá nhân",'),
    );
    expect(lines[1]).toContain('UBND huyện Số 05');
    expect(lines[2]).toContain('125/QĐ-UBND,05/09/2024');
    const readings = (await binary((await api.as('tn.clerk')).get('/api/exports/readings?format=csv'))).body.toString(
      'utf8',
    );
    expect(readings.trim().split('\r\n')).toHaveLength(2); // the header and the clerk's own unit
    expect(readings).toContain('UBND huyện Số 01');
  });
});
