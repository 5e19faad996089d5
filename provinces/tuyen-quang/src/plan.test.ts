import { findIndicator, parseManifest, phaseQuotaTotals } from '@thidua/domain';
import { describe, expect, it } from 'vitest';
import manifest from './index.js';

describe('Tuyên Quang: manifest against its plan', () => {
  const m = parseManifest(manifest, 'tuyen-quang');
  const phase = (id: string) => m.phases.find((p) => p.id === id);
  const criterion = (id: string) => m.criteria.find((c) => c.id === id);
  const form = (id: string) => m.awardForms.find((f) => f.id === id);

  it('is a valid manifest', () => {
    expect(m.slug).toBe('tuyen-quang');
    expect(m.authority).toBe('Ủy ban nhân dân tỉnh Tuyên Quang');
  });

  // Mở đầu: "Số: /KH-UBND" … "Tuyên Quang, ngày tháng 8 năm 2022" … "KT. CHỦ TỊCH PHÓ CHỦ TỊCH Hoàng Việt Phương"
  it('keeps the blank plan number and day, with the month in dateText', () => {
    expect(m.plan.number).toBeNull();
    expect(m.plan.date).toBeNull();
    expect(m.plan.dateText).toBe('tháng 8/2022');
    expect(m.plan.signer?.name).toBe('Hoàng Việt Phương');
  });

  // Phần căn cứ: QĐ 749/QĐ-TTg, NQ 48-NQ/TU, KH 55/KH-UBND, QĐ 742/QĐ-UBND
  it('cites the four legal bases of the preamble', () => {
    expect(m.plan.legalBases.map((b) => b.ref)).toEqual([
      'Quyết định số 749/QĐ-TTg',
      'Nghị quyết số 48-NQ/TU',
      'Kế hoạch số 55/KH-UBND',
      'Quyết định số 742/QĐ-UBND',
    ]);
    expect(m.plan.legalBases[3]?.title).toContain('ngày 24/6/2022');
  });

  // V.1 "Giai đoạn 1: Từ năm 2021 đến năm 2025"; V.2 "Giai đoạn 2: Từ năm 2025 đến năm 2030"
  it('has two stages as written, overlapping in 2025', () => {
    expect(m.movement.name).toBe('Chuyển đổi số tỉnh Tuyên Quang đến năm 2025, định hướng đến năm 2030');
    expect(m.movement.span).toEqual({ from: '2021-01-01', to: '2030-12-31' });
    expect(m.movement.stages.map((s) => [s.id, s.from, s.to])).toEqual([
      ['giai-doan-1', '2021-01-01', '2025-12-31'],
      ['giai-doan-2', '2025-01-01', '2030-12-31'],
    ]);
  });

  // V.1 "Năm 2022, ban hành Kế hoạch và tổ chức phát động … Hoàn thành việc phát động trong quý III năm 2022."
  it('launches in quarter III of 2022', () => {
    expect(phase('phat-dong-2022')).toMatchObject({
      kind: 'launch',
      period: { from: '2022-07-01', to: '2022-09-30' },
      awardFormIds: [],
      source: 'V.1',
    });
  });

  // IV.2 "Hằng năm, các cơ quan, tổ chức, đơn vị … khen thưởng các tổ chức, cá nhân theo thẩm quyền."
  it('has one annual phase per year 2022–2030 giving Giấy khen, the number left to the unit', () => {
    const annual = m.phases.filter((p) => p.kind === 'annual');
    expect(annual.map((p) => p.id)).toEqual([
      'nam-2022',
      'nam-2023',
      'nam-2024',
      'nam-2025',
      'nam-2026',
      'nam-2027',
      'nam-2028',
      'nam-2029',
      'nam-2030',
    ]);
    expect(phase('nam-2024')).toMatchObject({
      stageId: 'giai-doan-1',
      period: { from: '2024-01-01', to: '2024-12-31' },
      awardFormIds: ['giay-khen'],
    });
    expect(phase('nam-2026')?.stageId).toBe('giai-doan-2');
    for (const p of annual)
      expect(m.quotas.find((q) => q.phaseId === p.id)).toMatchObject({
        awardFormId: 'giay-khen',
        decidedByHead: true,
        source: 'IV.2',
      });
  });

  // V.1 "Căn cứ tình hình thực tế, tổ chức sơ kết để đánh giá kết quả thực hiện vào năm 2023"
  it('holds an interim review in 2023 with no award forms', () => {
    expect(phase('so-ket-2023')).toMatchObject({
      kind: 'interim-review',
      period: { from: '2023-01-01', to: '2023-12-31' },
      awardFormIds: [],
    });
  });

  // V.1 "tổ chức tổng kết trong năm 2025"; IV.1 / IV.3 "Khen thưởng tổng kết giai đoạn 2021 - 2025"
  it('reviews stage 1 in 2025 with all four award forms', () => {
    expect(phase('tong-ket-2025')).toMatchObject({
      kind: 'final-review',
      stageId: 'giai-doan-1',
      period: { from: '2025-01-01', to: '2025-12-31' },
      awardFormIds: ['huan-chuong-lao-dong', 'bang-khen-thu-tuong', 'bang-khen-ubnd-tinh', 'giay-khen'],
    });
  });

  // V.2 "tiếp tục triển khai giai đoạn 2 của phong trào thi đua và tổng kết vào năm 2030"
  it('reviews stage 2 in 2030', () => {
    expect(phase('tong-ket-2030')).toMatchObject({
      kind: 'final-review',
      stageId: 'giai-doan-2',
      period: { from: '2030-01-01', to: '2030-12-31' },
      awardFormIds: [],
    });
  });

  // The plan states no nomination or report date anywhere (IV.3.2, V, VI).
  it('declares no deadline the plan does not state', () => {
    for (const p of m.phases) {
      expect(p.nominationDeadline).toBeUndefined();
      expect(p.reportDeadline).toBeUndefined();
    }
    expect(m.workflow.reportDeadlines).toEqual([]);
  });

  // IV.1 "Huân chương Lao động. Bằng khen Thủ tướng Chính phủ. Bằng khen Chủ tịch Ủy ban nhân dân tỉnh. Giấy khen của Thủ trưởng cơ quan, tổ chức, đơn vị."
  it('has the four award forms with who confers them', () => {
    expect(m.awardForms.map((f) => [f.id, f.level, f.conferredBy])).toEqual([
      ['huan-chuong-lao-dong', 'state', 'Chủ tịch nước'],
      ['bang-khen-thu-tuong', 'government', 'Thủ tướng Chính phủ'],
      ['bang-khen-ubnd-tinh', 'province', 'Chủ tịch Ủy ban nhân dân tỉnh'],
      ['giay-khen', 'unit', 'Thủ trưởng cơ quan, tổ chức, đơn vị'],
    ]);
    // IV.3.1 a, b "để tặng thưởng cho các tập thể, cá nhân"
    expect(form('bang-khen-ubnd-tinh')?.recipients).toEqual(['collective', 'individual']);
  });

  // IV.3.1 gives no number for Huân chương, Bằng khen Thủ tướng or Bằng khen UBND tỉnh; IV.3.1.c "Giấy khen … do các cơ quan, tổ chức, đơn vị quy định cụ thể."
  it('sets no quota for provincial and central awards at the 2025 review, and leaves Giấy khen to the unit', () => {
    const q = m.quotas.filter((x) => x.phaseId === 'tong-ket-2025');
    expect(q).toEqual([expect.objectContaining({ awardFormId: 'giay-khen', decidedByHead: true, source: 'IV.3.1.c' })]);
    const totals = phaseQuotaTotals(m, phase('tong-ket-2025')!);
    expect(totals.forms.find((f) => f.awardFormId === 'bang-khen-ubnd-tinh')?.collectives.status).toBe('none');
  });

  // II.2.1.a "90% hồ sơ công việc tại cấp tỉnh được xử lý trên môi trường mạng (trừ hồ sơ công việc thuộc phạm vi bí mật Nhà nước)"
  it('asks 90% of work dossiers online of provincial agencies', () => {
    expect(criterion('tinh-ho-so-cong-viec')).toMatchObject({
      tier: 'provincial-agency',
      kind: 'threshold',
      recipient: 'collective',
      indicator: 'work-dossiers-online.province',
      operator: '>=',
      threshold: 90,
      unit: '%',
      source: 'II.2.1.a',
    });
  });

  // II.2.1.b "80% hồ sơ công việc cấp huyện được xử lý và ứng dụng chữ ký số trên môi trường mạng"
  it('asks 80% of work dossiers online of districts', () => {
    expect(criterion('huyen-ho-so-cong-viec')).toMatchObject({
      tier: 'district',
      indicator: 'work-dossiers-online.district',
      operator: '>=',
      threshold: 80,
      source: 'II.2.1.b',
    });
  });

  // II.2.1.c "60% hồ sơ công việc tại cấp xã được xử lý trên môi trường mạng"
  it('asks 60% of work dossiers online of communes', () => {
    expect(criterion('xa-ho-so-cong-viec')).toMatchObject({
      tier: 'commune',
      indicator: 'work-dossiers-online.commune',
      operator: '>=',
      threshold: 60,
      source: 'II.2.1.c',
    });
  });

  // II.2.1.a "tối thiểu 80% hồ sơ thủ tục hành chính được xử lý hoàn toàn trực tuyến … tối thiểu 90% người dân, doanh nghiệp hài lòng"
  it('keeps the provincial procedure and satisfaction thresholds', () => {
    expect(criterion('tinh-ho-so-tthc-truc-tuyen')).toMatchObject({
      indicator: 'procedure-dossiers-online.province',
      threshold: 80,
    });
    expect(criterion('tinh-hai-long')).toMatchObject({ indicator: 'citizen-satisfaction', threshold: 90 });
  });

  // II.2.1.a "100% cơ sở dữ liệu dùng chung và 80% cơ sở dữ liệu chuyên ngành được kết nối, chia sẻ trên toàn tỉnh"
  it('splits a clause with two figures into two criteria', () => {
    expect(criterion('tinh-csdl-dung-chung')).toMatchObject({
      indicator: 'shared-databases-connected',
      threshold: 100,
    });
    expect(criterion('tinh-csdl-chuyen-nganh')).toMatchObject({
      indicator: 'sector-databases-connected',
      threshold: 80,
    });
    expect(criterion('tinh-csdl-dung-chung')?.text).toBe(criterion('tinh-csdl-chuyen-nganh')?.text);
  });

  // II.2.1 a–c: 19 numeric clauses for the province level, 19 for districts, 9 for communes, all on catalogue ids
  it('maps every numeric criterion to the national catalogue', () => {
    const numeric = m.criteria.filter((c) => c.kind !== 'qualitative');
    expect(numeric.filter((c) => c.tier === 'provincial-agency')).toHaveLength(19);
    expect(numeric.filter((c) => c.tier === 'district')).toHaveLength(19);
    expect(numeric.filter((c) => c.tier === 'commune')).toHaveLength(9);
    for (const c of numeric) expect(findIndicator(c.indicator!), c.id).toBeDefined();
  });

  // The plan sets no DTI criterion (QĐ 742/QĐ-UBND is cited only as a legal basis and in III.1).
  it('declares no DTI score or rank criterion', () => {
    expect(m.criteria.filter((c) => c.indicator?.startsWith('dti-'))).toEqual([]);
    expect(m.criteria.some((c) => c.kind === 'rank')).toBe(false);
  });

  // II.2.1.d "Thực hiện ứng dụng công nghệ số để tạo ra sản phẩm, dịch vụ mới…"; II.2.2 a, b, c
  it('has qualitative criteria for enterprises and for individuals by kind', () => {
    expect(criterion('doanh-nghiep-ung-dung-cong-nghe-so')).toMatchObject({
      tier: 'enterprise',
      kind: 'qualitative',
      recipient: 'collective',
    });
    expect(criterion('can-bo-sang-kien-chi-dao')).toMatchObject({
      tier: 'official',
      recipient: 'individual',
      source: 'II.2.2.a',
    });
    expect(criterion('doanh-nhan-tri-thuc-dong-gop')).toMatchObject({
      tier: 'external',
      recipient: 'individual',
      source: 'II.2.2.b',
    });
    expect(criterion('nguoi-dan-ung-dung-chuyen-doi-so')).toMatchObject({
      tier: 'citizen',
      recipient: 'individual',
      source: 'II.2.2.c',
    });
  });

  // II.2 "Các tiêu chí và chỉ tiêu thi đua đến năm 2025"; V.1 "100% các cơ quan, tổ chức, đơn vị tổ chức phát động … quý III năm 2022"
  it('declares 2025 targets per level and the 2022 launch target', () => {
    expect(m.targets.find((t) => t.indicator === 'units-launched-movement')).toMatchObject({
      year: 2022,
      operator: '>=',
      value: 100,
      source: 'V.1',
    });
    expect(m.targets.find((t) => t.indicator === 'work-dossiers-online.commune')).toMatchObject({
      year: 2025,
      value: 60,
      level: 'commune',
    });
    expect(m.targets.filter((t) => t.year === 2025)).toHaveLength(47);
  });

  // IV.3.2 "Về hồ sơ đề nghị khen thưởng: Thực hiện theo quy định của pháp luật về Thi đua, khen thưởng hiện hành."
  it('keeps the dossier rule in the plan words, with no invented documents', () => {
    expect(m.dossier).toHaveLength(1);
    expect(m.dossier[0]?.documents).toEqual([expect.objectContaining({ type: 'other', source: 'IV.3.2' })]);
    expect(m.dossier[0]?.documents[0]?.copies).toBeUndefined();
  });

  // IV.3.2 "Sở Thông tin chủ trì … tổng hợp danh sách …, xin ý kiến Ban Chỉ đạo Chuyển đổi số tỉnh và trình Chủ tịch Ủy ban nhân dân tỉnh khen thưởng (gửi Ban Thi đua - Khen thưởng, Sở Nội vụ để thẩm định)"
  it('routes nominations unit → Sở Thông tin → Ban TĐKT Sở Nội vụ → Chủ tịch UBND tỉnh', () => {
    const award = m.workflow.steps.filter((s) => s.source.startsWith('IV.3.2'));
    expect(award.map((s) => s.role)).toEqual(['nominating-unit', 'information-department', 'home-affairs', 'chairman']);
    expect(award[1]?.does).toContain('xin ý kiến Ban Chỉ đạo Chuyển đổi số tỉnh');
    expect(award[2]?.actor).toBe('Ban Thi đua - Khen thưởng, Sở Nội vụ');
  });

  it('records the discrepancies of the plan', () => {
    const at = (source: string) =>
      m.notes
        .filter((x) => x.source.includes(source))
        .map((x) => x.text)
        .join('\n');
    expect(at('Phần mở đầu')).toContain('Số: /KH-UBND');
    expect(at('V.1; V.2')).toContain('chồng lấn năm 2025');
    expect(at('IV.3.2')).toContain('Nghị định số 98/2023/NĐ-CP');
    expect(at('IV.3.2')).toContain('"Sở Thông tin chủ trì"');
    expect(at('II.2.1.b')).toContain('không còn cấp huyện');
    expect(at('III.1')).toContain('742/QĐ-UBND');
    expect(at('IV.3.1.b')).toContain('tiết a, b, c');
  });
});

describe('Tuyên Quang after 01/7/2025 (the law, not the plan)', () => {
  it('declares Hà Giang absorbed, citing Nghị quyết 202/2025/QH15', () => {
    const m = parseManifest(manifest, 'tuyen-quang');
    expect(m.absorbed).toEqual([expect.objectContaining({ slug: 'ha-giang', name: 'Hà Giang', date: '2025-07-01' })]);
    expect(m.absorbed?.[0]?.source).toContain('202/2025/QH15');
  });
});
