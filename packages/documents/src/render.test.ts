import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { certificateFor, certificatesFor, certificateTitle } from './certificates.js';
import { exampleDecision, exampleHead } from './examples.js';
import { find, parseHtml, textOf } from './html-tree.js';
import type {
  AchievementReportDocument,
  CouncilMinutesDocument,
  PhaseSummaryDocument,
  SubmissionLetterDocument,
  UnitReportDocument,
} from './models.js';
import { render } from './render.js';

const text = (html: string) => textOf(find(parseHtml(html), 'body')!).trim();

describe('award decision', () => {
  const html = render('decision', exampleDecision(2, 3));
  const body = text(html);

  it('follows Nghị định 30/2020: issuer, national title and motto, number, place and date, type and summary', () => {
    expect(body).toMatch(
      /^ỦY BAN NHÂN DÂN TỈNH THỬ NGHIỆM Số: 125\/QĐ-UBND CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Thử Nghiệm, ngày 05 tháng 02 năm 2024 QUYẾT ĐỊNH Về việc tặng Bằng khen/,
    );
    expect(body).toContain('CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH THỬ NGHIỆM');
    expect(body).toContain('Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;');
    expect(body).toContain('Theo đề nghị của Giám đốc Sở Nội vụ.');
  });

  it('has articles, recipients and the signature block, then the annex grouped collective / individual', () => {
    expect(body).toContain(
      'Điều 1. Tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh cho 02 tập thể và 03 cá nhân (có danh sách kèm theo) đã có thành tích',
    );
    expect(body).toMatch(/Điều 3\. .* chịu trách nhiệm thi hành Quyết định này\.\/\./);
    expect(body).toMatch(
      /Nơi nhận: - Như Điều 3; - Chủ tịch, các PCT UBND tỉnh; - Lưu: VT, SNV\. KT\. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Văn Minh/,
    );
    expect(body).toMatch(
      /DANH SÁCH .*\(Kèm theo Quyết định số 125\/QĐ-UBND ngày 05 tháng 02 năm 2024 của Chủ tịch Ủy ban nhân dân tỉnh\) I\. TẬP THỂ \(02 tập thể\) .* II\. CÁ NHÂN \(03 cá nhân\)/,
    );
  });

  it('writes only individuals when there is no collective', () => {
    const only = text(render('annex', exampleDecision(0, 2)));
    expect(only).toContain('I. CÁ NHÂN (02 cá nhân)');
    expect(only).not.toContain('TẬP THỂ (');
    expect(text(render('decision', exampleDecision(0, 2)))).toContain('cho 02 cá nhân (có danh sách kèm theo)');
  });

  it('prints user data as text: a nominee named <script> stays text', () => {
    const d = exampleDecision(1, 1);
    d.individuals[0]!.name = '<script>alert("x")</script>';
    d.collectives[0]!.name = 'Xã {{head.number}} & "Cộng"';
    const out = render('decision', d);
    expect(out).not.toContain('<script>');
    expect(out).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(text(out)).toContain('<script>alert("x")</script>');
    expect(text(out)).toContain('Xã {{head.number}} & "Cộng"');
  });

  it('refuses data with a missing field (strict mode) instead of printing a blank', () => {
    const d = exampleDecision() as unknown as Record<string, unknown>;
    delete d.proposal;
    expect(() => render('decision', d as never)).toThrow(/proposal/);
  });

  it('embeds the font and the document date', () => {
    expect(html).toContain("font-family: 'Tinos'");
    expect(html).toMatch(/src: url\(data:font\/woff2;base64,[A-Za-z0-9+/]{1000}/);
    expect(html).toContain('<meta name="date" content="2024-02-05">');
  });
});

describe('draft decision', () => {
  const draft = { ...exampleDecision(1, 1), head: exampleHead({ number: null }) };

  it('leaves the number blank before its symbol, in the head and in the annex, as a draft has no number yet', () => {
    const body = text(render('decision', draft));
    expect(body).toMatch(/^ỦY BAN NHÂN DÂN TỈNH THỬ NGHIỆM Số: \s*\/QĐ-UBND CỘNG HÒA/);
    expect(body).toMatch(/\(Kèm theo Quyết định số \s*\/QĐ-UBND ngày 05 tháng 02 năm 2024 của /);
    expect(body).not.toContain('125/QĐ-UBND');
  });

  it('titles the draft and its annex without a number, never "null"', () => {
    for (const kind of ['decision', 'annex'] as const) {
      const title = /<title>([^<]*)<\/title>/.exec(render(kind, draft))![1]!;
      expect(title).not.toContain('null');
      expect(title).toMatch(/Quyết định$/);
    }
  });

  it('carries the watermark, escaped, as the first thing in the body, also under an overridden layout', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tpl-'));
    writeFileSync(
      join(dir, 'layout.hbs'),
      '<!DOCTYPE html><html><head><title>{{pageTitle}}</title></head><body class="riêng">{{> @partial-block}}</body></html>',
    );
    const layouts: Record<string, string>[] = [{}, { 'partials/layout': join(dir, 'layout.hbs') }];
    for (const overrides of layouts) {
      const html = render('decision', draft, { overrides, watermark: 'DỰ THẢO <b>' });
      const body = find(parseHtml(html), 'body')!;
      const first = body.children.find((c) => typeof c !== 'string');
      expect(first).toMatchObject({ tag: 'div', classes: ['watermark'] });
      expect(textOf(first!).trim()).toBe('DỰ THẢO <b>');
      expect(html).toContain('position: fixed');
      expect(html).toContain('rotate(-45deg)');
    }
    expect(render('decision', draft)).not.toContain('watermark');
  });
});

describe('certificates', () => {
  const d = exampleDecision(1, 2);
  it('words one certificate per awardee from the decision, A4 landscape', () => {
    const c = certificateFor(d, d.individuals[1]!);
    expect(c).toMatchObject({
      title: 'Bằng khen',
      name: d.individuals[1]!.name,
      decision: { number: '125/QĐ-UBND', date: '2024-02-05' },
    });
    expect(c.achievement).toMatch(/^Đã có thành tích xuất sắc/);
    const html = render('certificate', c);
    expect(html).toContain('size: A4 landscape');
    expect(text(html)).toMatch(/CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH THỬ NGHIỆM TẶNG BẰNG KHEN Trần Thị Bình/);
    expect(certificateTitle('Giấy khen của Giám đốc Sở Nội vụ')).toBe('Giấy khen');
    // A plan that writes the conferrer without "của" still gets the form alone as the title.
    expect(certificateTitle('Bằng khen Chủ tịch UBND tỉnh')).toBe('Bằng khen');
  });

  it('puts every certificate of a decision on its own page', () => {
    const html = render('certificates', { title: 'Bằng khen', date: d.head.date, certificates: certificatesFor(d) });
    expect(html.match(/<section class="certificate">/g)).toHaveLength(3);
    expect(html.match(/class="page-break"/g)).toHaveLength(2);
  });
});

describe('province overrides', () => {
  it('replaces a partial (the header) or a whole template from a plugin file; core stays untouched', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tpl-'));
    writeFileSync(
      join(dir, 'head.hbs'),
      '<p class="center bold">{{upper issuer.name}} — MẪU RIÊNG</p><p>{{place}}, {{vnDate date}}</p>',
    );
    writeFileSync(
      join(dir, 'certificate.hbs'),
      '{{#> layout pageTitle=name pageDate=decision.date pageOrientation="landscape"}}<p>GIẤY CHỨNG NHẬN {{name}}</p>{{/layout}}',
    );
    const overrides = { 'partials/head': join(dir, 'head.hbs'), certificate: join(dir, 'certificate.hbs') };
    expect(text(render('decision', exampleDecision(), { overrides }))).toMatch(
      /^ỦY BAN NHÂN DÂN TỈNH THỬ NGHIỆM — MẪU RIÊNG Thử Nghiệm, ngày 05 tháng 02 năm 2024 QUYẾT ĐỊNH/,
    );
    const d = exampleDecision(1, 0);
    expect(text(render('certificate', certificateFor(d, d.collectives[0]!), { overrides }))).toBe(
      'GIẤY CHỨNG NHẬN Ủy ban nhân dân xã Số 01',
    );
    expect(text(render('decision', exampleDecision()))).toMatch(/^ỦY BAN NHÂN DÂN TỈNH THỬ NGHIỆM Số:/);
    expect(() =>
      render('decision', exampleDecision(), { overrides: { 'partials/khong-co': join(dir, 'head.hbs') } }),
    ).toThrow(/names no template/);
  });
});

const nominees = [
  {
    recipient: 'collective' as const,
    name: 'Phòng Văn hóa - Thông tin',
    detail: 'UBND huyện Số 01',
    awardForm: 'Bằng khen của Chủ tịch UBND tỉnh',
    votes: 9,
  },
  {
    recipient: 'individual' as const,
    name: 'Đặng Thị Ước',
    detail: 'Chuyên viên',
    awardForm: 'Bằng khen của Chủ tịch UBND tỉnh',
    votes: null,
  },
];
const unitHead = exampleHead({
  issuer: { parent: 'Ủy ban nhân dân tỉnh Thử Nghiệm', name: 'Ủy ban nhân dân huyện Số 01' },
  number: null,
  symbol: 'TTr-UBND',
  date: '2024-08-20',
});

describe('dossier documents and reports', () => {
  it('submission letter: addressee, nominee table, blank number for the clerk', () => {
    const doc: SubmissionLetterDocument = {
      head: unitHead,
      summary: 'Về việc đề nghị tặng Bằng khen của Chủ tịch UBND tỉnh',
      to: ['Chủ tịch Ủy ban nhân dân tỉnh Thử Nghiệm'],
      legalBases: [],
      intro: 'Thực hiện Kế hoạch số 635/KH-UBND.\nCăn cứ kết quả bình xét.',
      unitName: 'Ủy ban nhân dân huyện Số 01',
      decider: 'Chủ tịch Ủy ban nhân dân tỉnh',
      awardForm: 'Bằng khen của Chủ tịch UBND tỉnh',
      phase: 'Sơ kết năm 2024',
      nominees,
      recipients: ['Như trên', 'Lưu: VT'],
      signer: { title: 'Chủ tịch', name: 'Lò Văn Páo' },
    };
    const body = text(render('submission-letter', doc));
    expect(body).toMatch(/ỦY BAN NHÂN DÂN TỈNH THỬ NGHIỆM ỦY BAN NHÂN DÂN HUYỆN SỐ 01 Số: \/TTr-UBND/);
    expect(body).toContain('TỜ TRÌNH Về việc đề nghị tặng Bằng khen');
    expect(body).toContain('Kính gửi: Chủ tịch Ủy ban nhân dân tỉnh Thử Nghiệm');
    expect(body).toContain('1 Phòng Văn hóa - Thông tin (tập thể) UBND huyện Số 01');
    expect(body).toContain('2 Đặng Thị Ước (cá nhân) Chuyên viên');
    expect(body).toMatch(/CHỦ TỊCH Lò Văn Páo$/);
  });

  it('council minutes: votes where known, dotted blanks where the platform has nothing', () => {
    const doc: CouncilMinutesDocument = {
      head: { ...unitHead, symbol: 'BB-HĐTĐKT' },
      summary: 'Họp Hội đồng Thi đua – Khen thưởng huyện Số 01',
      unitName: 'huyện Số 01',
      decider: 'Chủ tịch Ủy ban nhân dân tỉnh',
      awardForm: 'Bằng khen',
      phase: 'Sơ kết năm 2024',
      plan: 'Kế hoạch số 635/KH-UBND',
      meeting: { time: null, place: null, chair: 'Lò Văn Páo', secretary: null, present: 10, members: 11 },
      nominees,
    };
    const body = text(render('council-minutes', doc));
    expect(body).toContain('BIÊN BẢN Họp Hội đồng Thi đua – Khen thưởng huyện Số 01');
    expect(body).toContain('Thời gian: …… giờ …… phút, ngày 20 tháng 8 năm 2024.');
    expect(body).toContain('Thành viên Hội đồng có mặt: 10/11 thành viên.');
    expect(body).toContain('09 phiếu (90,0%)');
    expect(body).toContain('…… phiếu (……%)');
  });

  it('council minutes of a scored meeting: scorers, score of max, rank and result; no vote column', () => {
    const doc: CouncilMinutesDocument = {
      head: { ...unitHead, symbol: 'BB-HĐTĐKT' },
      summary: 'Họp Hội đồng Thi đua – Khen thưởng tỉnh Thử Nghiệm',
      unitName: 'tỉnh Thử Nghiệm',
      decider: 'Chủ tịch Ủy ban nhân dân tỉnh',
      awardForm: 'Cờ thi đua',
      phase: 'Sơ kết năm 2024',
      plan: 'Kế hoạch số 635/KH-UBND',
      meeting: { time: null, place: null, chair: null, secretary: null, present: 4, members: 4 },
      scoring: { aggregate: 'điểm bình quân của các thành viên chấm', passMark: '70', rankTop: null },
      nominees: [
        {
          ...nominees[0]!,
          votes: null,
          score: { scorers: 4, value: '85,5', max: '100', rank: 1 },
          result: 'Đạt, đề nghị khen thưởng',
        },
        { ...nominees[1]!, score: { scorers: 0, value: null, max: '100', rank: null }, result: 'Không đạt' },
      ],
    };
    const body = text(render('council-minutes', doc));
    expect(body).toContain('(điểm bình quân của các thành viên chấm; điểm đạt: 70):');
    expect(body).toContain('Số thành viên chấm Điểm / tối đa Xếp hạng Kết quả');
    expect(body).toContain('04 85,5/100 1 Đạt, đề nghị khen thưởng');
    expect(body).toContain('00 chưa có điểm – Không đạt');
    expect(body).not.toContain('đồng ý');
  });

  it('achievement report: the current form of Nghị định 98/2023, a note where the plan cites a replaced one', () => {
    const doc: AchievementReportDocument = {
      head: { ...unitHead, symbol: 'BC-UBND' },
      recipient: 'individual',
      awardForm: 'Bằng khen của Chủ tịch UBND tỉnh',
      form: 'Theo mẫu tại Phụ lục Nghị định số 98/2023/NĐ-CP',
      outdatedNote: 'Lưu ý: kế hoạch dẫn Nghị định số 91/2017/NĐ-CP…',
      nominee: {
        name: 'Đặng Thị Ước',
        facts: [
          { label: 'Họ và tên', value: 'Đặng Thị Ước' },
          { label: 'Chức vụ', value: 'Chuyên viên' },
        ],
      },
      phase: 'Sơ kết năm 2024',
      movement: 'Chuyển đổi số',
      achievements: 'Triển khai 100% hồ sơ trực tuyến.\n\nSố hóa 12.000 hồ sơ.',
      indicators: [{ label: 'Chỉ số DTI', year: 2024, value: '75,5' }],
      previousAwards: null,
      confirmer: 'XÁC NHẬN CỦA CẤP TRÌNH KHEN THƯỞNG',
      reporter: 'NGƯỜI BÁO CÁO THÀNH TÍCH',
      reporterName: 'Đặng Thị Ước',
    };
    const html = render('achievement-report', doc);
    const body = text(html);
    expect(body).toContain(
      'BÁO CÁO THÀNH TÍCH Đề nghị tặng Bằng khen của Chủ tịch UBND tỉnh Theo mẫu tại Phụ lục Nghị định số 98/2023/NĐ-CP',
    );
    expect(body).toContain('Lưu ý: kế hoạch dẫn Nghị định số 91/2017/NĐ-CP');
    expect(body).toMatch(
      /I\. SƠ LƯỢC LÝ LỊCH - Họ và tên: Đặng Thị Ước\. - Chức vụ: Chuyên viên\. II\. THÀNH TÍCH ĐẠT ĐƯỢC/,
    );
    expect(html).toContain(
      '<p class="indent">Triển khai 100% hồ sơ trực tuyến.</p>\n<p class="indent">Số hóa 12.000 hồ sơ.</p>',
    );
    expect(body).toContain('1 Chỉ số DTI 2024 75,5');
    expect(text(render('achievement-report', { ...doc, recipient: 'collective', outdatedNote: null }))).toMatch(
      /ĐẶNG THỊ ƯỚC I\. SƠ LƯỢC ĐẶC ĐIỂM, TÌNH HÌNH/,
    );
  });

  it('unit yearly report and province phase summary', () => {
    const report: UnitReportDocument = {
      head: { ...unitHead, symbol: 'BC-UBND' },
      summary: 'Kết quả thực hiện Phong trào thi đua năm 2024',
      to: ['Sở Thông tin và Truyền thông'],
      year: 2024,
      intro: 'Thực hiện Kế hoạch.',
      body: 'Đã triển khai.',
      indicators: [{ label: 'Điểm DTI', value: '75' }],
      nominations: [{ name: 'Đặng Thị Ước', awardForm: 'Bằng khen', status: 'Đã khen thưởng' }],
      timeliness: 'Hạn báo cáo: 20/12/2024; gửi ngày 15/12/2024 (đúng hạn).',
      recipients: ['Như trên'],
      signer: { title: 'KT. Chủ tịch – Phó Chủ tịch', name: null },
    };
    const r = text(render('unit-report', report));
    expect(r).toContain('II. CÁC CHỈ SỐ CHUYỂN ĐỔI SỐ NĂM 2024 STT Chỉ số Kết quả 1 Điểm DTI 75');
    expect(r).toContain('III. ĐỀ NGHỊ KHEN THƯỞNG');
    expect(r).toContain('(đúng hạn)');
    const summary: PhaseSummaryDocument = {
      head: exampleHead({ number: null, symbol: 'BC-UBND' }),
      phase: 'Sơ kết năm 2024',
      summary: 'Tổng hợp kết quả Sơ kết năm 2024',
      intro: 'Tình hình chung.',
      stats: [{ label: 'Số đơn vị đăng ký thi đua', value: '12' }],
      awards: [{ awardForm: 'Bằng khen', collectives: 3, individuals: 8, quota: 'không quá 08 tập thể và 08 cá nhân' }],
      units: [{ name: 'UBND huyện Số 01', registered: true, nominations: 2, awarded: 1, report: '15/12/2024' }],
      recipients: ['Lưu: VT'],
      signer: { title: 'Chủ tịch', name: 'Nguyễn Văn Minh' },
    };
    const s = text(render('phase-summary', summary));
    expect(s).toContain('1 Bằng khen 03 08 không quá 08 tập thể và 08 cá nhân');
    expect(s).toContain('1 UBND huyện Số 01 Có 2 1 15/12/2024');
  });
});
