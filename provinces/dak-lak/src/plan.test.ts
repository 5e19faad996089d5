import { findIndicator, nominationCloses, parseManifest, phaseQuotaTotals, reportDueDates } from '@thidua/domain';
import { describe, expect, it } from 'vitest';
import manifest from './index.js';

describe('Đắk Lắk: manifest against its plan', () => {
  const m = parseManifest(manifest, 'dak-lak');
  const phase = (id: string) => m.phases.find((p) => p.id === id);
  const criterion = (id: string) => m.criteria.find((c) => c.id === id);
  const quota = (phaseId: string, awardFormId: string) =>
    m.quotas.find((q) => q.phaseId === phaseId && q.awardFormId === awardFormId);
  const notesAt = (source: string) =>
    m.notes
      .filter((x) => x.source.includes(source))
      .map((x) => x.text)
      .join('\n');

  it('is a valid manifest', () => {
    expect(m.slug).toBe('dak-lak');
    expect(m.name).toBe('Đắk Lắk');
    expect(m.authority).toBe('Ủy ban nhân dân tỉnh Đắk Lắk');
  });

  // Phần ký: "KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Tuấn Hà"; the text has no "Số: …/KH-UBND" and no date line.
  it('has no plan number or date, and names the signer', () => {
    expect(m.plan.number).toBeNull();
    expect(m.plan.date).toBeNull();
    expect(m.plan.dateText).toBeUndefined();
    expect(m.plan.signer).toEqual({ name: 'Nguyễn Tuấn Hà', title: 'KT. CHỦ TỊCH – PHÓ CHỦ TỊCH' });
  });

  // Phần căn cứ: NĐ 91/2017/NĐ-CP, TT 12/2019/TT-BNV, TT 05/2020/TT-BNV; "Thực hiện" QĐ 749/QĐ-TTg, QĐ 942/QĐ-TTg,
  // NQ 37/NQ-HĐND, NQ 04-NQ/TU, QĐ 3330/QĐ-UBND; III.1 "Quyết định số 2534/QĐ-UBND ngày 11/11/2022"
  it('cites the legal bases of the preamble and the DTI decision of III.1', () => {
    expect(m.plan.legalBases.map((b) => b.ref)).toEqual([
      'Nghị định số 91/2017/NĐ-CP',
      'Thông tư số 12/2019/TT-BNV',
      'Thông tư số 05/2020/TT-BNV',
      'Quyết định số 749/QĐ-TTg',
      'Quyết định số 942/QĐ-TTg',
      'Nghị quyết số 37/NQ-HĐND',
      'Nghị quyết số 04-NQ/TU',
      'Quyết định số 3330/QĐ-UBND',
      'Quyết định số 2534/QĐ-UBND',
    ]);
    expect(m.plan.legalBases[7]?.title).toContain('ngày 29/11/2021');
    expect(m.plan.legalBases[8]).toMatchObject({ source: 'III.1.a; III.1.b; III.1.c' });
    expect(m.plan.legalBases[8]?.title).toContain('ngày 11/11/2022');
  });

  // Tên Kế hoạch "Chuyển đổi số giai đoạn 2023 - 2025"; I.2 "từ nay đến hết ngày 31/12/2025"; V "từ năm 2023 đến năm 2025"
  it('runs the movement from 2023 to 31/12/2025 with no stages', () => {
    expect(m.movement.name).toBe('Chuyển đổi số giai đoạn 2023 - 2025');
    expect(m.movement.span).toEqual({ from: '2023-01-01', to: '2025-12-31' });
    expect(m.movement.stages).toEqual([]);
  });

  // II.2 "Tập thể: Cơ quan, đơn vị, địa phương, doanh nghiệp…"; "Cá nhân: Cán bộ, công chức, viên chức, người lao động…"; III.1 a–d
  it('has the five tiers of II.2 and III.1, and no citizen or external tier', () => {
    expect(m.tiers.map((t) => t.tier)).toEqual(['provincial-agency', 'district', 'commune', 'enterprise', 'official']);
  });

  // V.1 "Năm 2023 - 100% các cơ quan, đơn vị, địa phương ban hành kế hoạch"; VII.1 "gửi Kế hoạch … về UBND tỉnh … trước ngày 15/4/2023"
  it('launches in 2023 with the launch plan due 15/4/2023', () => {
    expect(phase('phat-dong-2023')).toMatchObject({
      kind: 'launch',
      period: { from: '2023-01-01', to: '2023-12-31' },
      reportDeadline: '2023-04-15',
      awardFormIds: [],
      source: 'V.1; VII.1',
    });
  });

  // V.2 "tổ chức sơ kết Phong trào thi đua Chuyên đổi số … (thời gian trong Quý III năm 2024)"
  it('holds the interim review in quarter III of 2024, giving the three award forms', () => {
    expect(phase('so-ket-2024')).toMatchObject({
      kind: 'interim-review',
      period: { from: '2024-07-01', to: '2024-09-30' },
      awardFormIds: ['bang-khen-ubnd-tinh', 'giay-khen-thu-truong', 'giay-khen-ubnd-huyen'],
    });
    // III.4 "Sơ kết phong trào thi đua vào giữa năm 2024"
    expect(phase('so-ket-2024')?.periodText).toContain('giữa năm 2024');
  });

  // V.3 "Tổ chức tổng kết Phong trào thi đua (thời gian vào Quý IV năm 2025)"
  it('holds the final review in quarter IV of 2025, giving the three award forms', () => {
    expect(phase('tong-ket-2025')).toMatchObject({
      kind: 'final-review',
      period: { from: '2025-10-01', to: '2025-12-31' },
      awardFormIds: ['bang-khen-ubnd-tinh', 'giay-khen-thu-truong', 'giay-khen-ubnd-huyen'],
    });
  });

  // The plan has no annual awards and no date for sending nominations (III.4, VII).
  it('declares no annual phase and no nomination deadline', () => {
    expect(m.phases.map((p) => p.kind)).toEqual(['launch', 'interim-review', 'final-review']);
    for (const p of m.phases) expect(p.nominationDeadline).toBeUndefined();
    expect(nominationCloses(phase('so-ket-2024')!)).toBe('2024-09-30');
  });

  // III.3 "Tặng Bằng khen Chủ tịch UBND tỉnh … Giấy khen của Thủ trưởng cơ quan, đơn vị, doanh nghiệp … Giấy khen của Chủ tịch UBND cấp huyện"
  it('has the three award forms of III.3 with who confers them', () => {
    expect(m.awardForms.map((f) => [f.id, f.level, f.conferredBy, f.recipients])).toEqual([
      ['bang-khen-ubnd-tinh', 'province', 'Chủ tịch UBND tỉnh', ['collective', 'individual']],
      ['giay-khen-thu-truong', 'unit', 'Thủ trưởng cơ quan, đơn vị, doanh nghiệp', ['collective', 'individual']],
      ['giay-khen-ubnd-huyen', 'unit', 'Chủ tịch UBND cấp huyện', ['collective', 'individual']],
    ]);
    for (const f of m.awardForms) expect(f.tiers).toBeUndefined();
  });

  // III.4 "Sơ kết phong trào thi đua vào giữa năm 2024: Không vượt quá 08 tập thể và 08 cá nhân."
  it('caps Bằng khen UBND tỉnh at the interim review at 08 collectives and 08 individuals', () => {
    expect(quota('so-ket-2024', 'bang-khen-ubnd-tinh')).toMatchObject({ maxCollectives: 8, maxIndividuals: 8 });
    expect(quota('so-ket-2024', 'bang-khen-ubnd-tinh')?.maxCombined).toBeUndefined();
  });

  // III.4 "Tổng kết Phong trào thi đua vào năm 2025: Không quá 10 tập thể và 10 cá nhân."
  it('caps Bằng khen UBND tỉnh at the final review at 10 collectives and 10 individuals', () => {
    expect(quota('tong-ket-2025', 'bang-khen-ubnd-tinh')).toMatchObject({ maxCollectives: 10, maxIndividuals: 10 });
    const totals = phaseQuotaTotals(m, phase('tong-ket-2025')!);
    expect(totals.forms.find((f) => f.awardFormId === 'bang-khen-ubnd-tinh')?.combined).toEqual({
      value: 20,
      status: 'fixed',
    });
  });

  // III.4 (Lưu ý) "mỗi cơ quan, đơn vị, địa phương lựa chọn 01 tập thể và 01 cá nhân … gửi về Sở Thông tin và Truyền thông tổng hợp"
  it('lets each nominating unit send 01 collective and 01 individual at each review', () => {
    for (const id of ['so-ket-2024', 'tong-ket-2025']) {
      expect(quota(id, 'bang-khen-ubnd-tinh')?.perNominatingUnit).toEqual({ collectives: 1, individuals: 1 });
    }
  });

  // III.4 "Giấy khen của Thủ trưởng … do Thủ trưởng cơ quan, đơn vị, doanh nghiệp quyết định"; "Giấy khen của Chủ tịch UBND cấp huyện … do Chủ tịch UBND cấp huyện quyết định"
  it('leaves both Giấy khen to whoever confers them, at both reviews', () => {
    for (const p of ['so-ket-2024', 'tong-ket-2025']) {
      for (const f of ['giay-khen-thu-truong', 'giay-khen-ubnd-huyen'])
        expect(quota(p, f)).toMatchObject({ decidedByHead: true, source: 'III.4' });
    }
    expect(m.quotas).toHaveLength(6);
  });

  // III.1.a, b, c "Đạt tỷ lệ trên 70% điểm theo Quyết định số 2534/QĐ-UBND ngày 11/11/2022 …"
  it('asks a DTI score above 70% of agencies, districts and communes', () => {
    for (const [id, tier, source] of [
      ['tinh-dti-tren-70', 'provincial-agency', 'III.1.a'],
      ['huyen-dti-tren-70', 'district', 'III.1.b'],
      ['xa-dti-tren-70', 'commune', 'III.1.c'],
    ] as const) {
      expect(criterion(id)).toMatchObject({
        tier,
        kind: 'threshold',
        recipient: 'collective',
        indicator: 'dti-score',
        operator: '>',
        threshold: 70,
        unit: '%',
        source,
      });
    }
    expect(criterion('tinh-dti-tren-70')?.text).toMatch(
      /^Đạt tỷ lệ trên 70% điểm theo Quyết định số 2534\/QĐ-UBND ngày 11\/11\/2022 .* trên địa bàn tỉnh Đắk Lắk\.$/,
    );
    expect(criterion('xa-dti-tren-70')?.text.endsWith('cấp xã trên địa bàn tỉnh.')).toBe(true);
  });

  // The only numeric criteria are the DTI ones, all on catalogue indicators.
  it('maps every numeric criterion and target to the national catalogue', () => {
    const numeric = m.criteria.filter((c) => c.kind !== 'qualitative');
    expect(numeric.map((c) => c.id)).toEqual(['tinh-dti-tren-70', 'huyen-dti-tren-70', 'xa-dti-tren-70']);
    for (const c of numeric) expect(findIndicator(c.indicator!), c.id).toBeDefined();
    for (const t of m.targets) expect(findIndicator(t.indicator), t.indicator).toBeDefined();
  });

  // III.1 "… tổ chức phát động Phong trào thi đua Chuyển đổi số thiết thực hiệu quả; có đăng ký thi đua …; có sáng kiến, giải pháp …"
  it('applies the III.1 lead-in to every collective tier', () => {
    const lead = m.criteria.filter((c) => c.source === 'III.1');
    expect(lead.map((c) => c.tier)).toEqual(['provincial-agency', 'district', 'commune', 'enterprise']);
    for (const c of lead) expect(c.text).toContain('có đăng ký thi đua thực hiện Phong trào thi đua Chuyển đổi số');
  });

  // III.1.a "Hoàn thành có chất lượng, đúng thời hạn các nhiệm vụ được giao … Quyết định số 3330/QĐ-UBND"; "Thực hiện ứng dụng công nghệ số … mới và thiết thực"
  it('has the qualitative criteria of provincial agencies and districts', () => {
    expect(m.criteria.filter((c) => c.source === 'III.1.a').map((c) => c.id)).toEqual([
      'tinh-nhiem-vu-3330',
      'tinh-ung-dung-cong-nghe-so',
      'tinh-dti-tren-70',
    ]);
    expect(criterion('tinh-nhiem-vu-3330')?.text).toContain('Quyết định số 3330/QĐ-UBND ngày 29/11/2021');
    expect(criterion('huyen-nhiem-vu-3330')).toMatchObject({
      tier: 'district',
      kind: 'qualitative',
      source: 'III.1.b',
    });
    expect(criterion('tinh-ung-dung-cong-nghe-so')?.text).toContain('dịch vụ mới và thiết thực');
  });

  // III.1.c "Tổ chức phong trào thi đua thiết thực hiệu quả; có nhiều sáng kiến, giải pháp …"
  it('has the qualitative criterion of communes', () => {
    expect(criterion('xa-to-chuc-phong-trao')).toMatchObject({
      tier: 'commune',
      kind: 'qualitative',
      source: 'III.1.c',
    });
    expect(criterion('xa-to-chuc-phong-trao')?.text).toContain('có nhiều sáng kiến, giải pháp');
  });

  // III.1.d "Thực hiện ứng dụng công nghệ số … Các doanh nghiệp công nghệ thông tin … theo hướng “Made in Việt Nam”"
  it('has the qualitative criterion of enterprises', () => {
    expect(criterion('doanh-nghiep-ung-dung-cong-nghe-so')).toMatchObject({
      tier: 'enterprise',
      kind: 'qualitative',
      recipient: 'collective',
      source: 'III.1.d',
    });
    expect(criterion('doanh-nghiep-ung-dung-cong-nghe-so')?.text).toContain('“Made in Việt Nam”');
  });

  // III.2 "tích cực tham gia …"; "Có sáng kiến, giải pháp hữu ích được công nhận và nhân rộng …"; "Trực tiếp xây dựng, ban hành hoặc tham mưu …"
  it('has the three individual criteria of III.2', () => {
    const individual = m.criteria.filter((c) => c.source === 'III.2');
    expect(individual.map((c) => c.id)).toEqual([
      'ca-nhan-tich-cuc-tham-gia',
      'ca-nhan-sang-kien-nhan-rong',
      'ca-nhan-xay-dung-co-che-chinh-sach',
    ]);
    for (const c of individual)
      expect(c).toMatchObject({ tier: 'official', kind: 'qualitative', recipient: 'individual' });
  });

  // V.1 "100% các cơ quan, đơn vị, địa phương ban hành kế hoạch …"; II.3.k "Chuyển đổi số 100% cơ sở giáo dục, đào tạo trực thuộc tỉnh", "100% bệnh viện tuyến huyện, tuyến tỉnh thực hiện chuyển đổi số"
  it('declares the 2023 launch target and the two sector targets', () => {
    expect(m.targets.map((t) => [t.indicator, t.year, t.operator, t.value, t.source])).toEqual([
      ['units-launched-movement', 2023, '>=', 100, 'V.1'],
      ['education-institutions-transformed', 2025, '>=', 100, 'II.3.k'],
      ['hospitals-transformed', 2025, '>=', 100, 'II.3.k'],
    ]);
  });

  // III.5 "Tờ trình …; Biên bản họp Hội đồng Thi đua – Khen thưởng …; Báo cáo thành tích … Mẫu số 07 …; Số lượng hồ sơ …: 01 bộ."
  it('asks one set of submission letter, council minutes and achievement report (Mẫu số 07)', () => {
    expect(m.dossier).toHaveLength(1);
    expect(m.dossier[0]?.awardFormIds).toBeUndefined();
    expect(m.dossier[0]?.documents.map((d) => [d.type, d.copies])).toEqual([
      ['submission-letter', 1],
      ['council-minutes', 1],
      ['achievement-report', 1],
    ]);
    expect(m.dossier[0]?.documents[2]?.form).toContain('Mẫu số 07 Nghị định số 91/2017/NĐ-CP');
    expect(m.dossier[0]?.documents[2]?.form).toContain('Nghị định số 98/2023/NĐ-CP');
  });

  // III.4 (Lưu ý) "gửi về Sở Thông tin và Truyền thông tổng hợp"; VII.3 "Chủ trì, phối hợp với Ban thi đua khen thưởng tỉnh – Sở Nội vụ đề nghị Chủ tịch UBND tỉnh xem xét, tặng thưởng Bằng khen"; VII.4 "thẩm định hồ sơ"
  it('routes nominations unit → Sở Thông tin và Truyền thông → Ban TĐKT – Sở Nội vụ → Chủ tịch UBND tỉnh', () => {
    expect(m.workflow.steps.slice(0, 4).map((s) => [s.role, s.actor])).toEqual([
      ['nominating-unit', 'Các cơ quan, đơn vị, địa phương'],
      ['information-department', 'Sở Thông tin và Truyền thông'],
      ['home-affairs', 'Ban Thi đua khen thưởng – Sở Nội vụ'],
      ['chairman', 'Chủ tịch UBND tỉnh'],
    ]);
    expect(m.workflow.steps[2]?.does).toContain('Thẩm định hồ sơ');
  });

  // VII.7 "Hàng năm … gửi báo cáo … về Sở Thông tin và Truyền thông (trước ngày 20/12)"; VII.3 "(trước ngày 31/12) gửi về UBND tỉnh (qua Ban Thi đua khen thưởng – Sở Nội vụ)"
  it('has the yearly report deadlines 20/12 (units) and 31/12 (Sở Thông tin và Truyền thông)', () => {
    expect(m.workflow.reportDeadlines.map((r) => [r.everyYear, r.to, r.source])).toEqual([
      ['12-20', 'Sở Thông tin và Truyền thông', 'VII.7'],
      ['12-31', 'UBND tỉnh (qua Ban Thi đua khen thưởng – Sở Nội vụ)', 'VII.3'],
    ]);
    expect(reportDueDates(m.workflow.reportDeadlines[0]!, m.movement.span.from, m.movement.span.to)).toEqual([
      '2023-12-20',
      '2024-12-20',
      '2025-12-20',
    ]);
  });

  // III.4 "giữa năm 2024" vs V.2 "Quý III năm 2024"; VII.3 "Khoản 4 Mục II"; III.5 "Nghị định số 91/2027/NĐ-CP"; V "Chuyên đổi số"
  it('records the discrepancies of the plan', () => {
    expect(notesAt('III.4; V.2')).toContain('giữa năm 2024');
    expect(notesAt('III.4; V.2')).toContain('Quý III năm 2024');
    expect(notesAt('VII.3')).toContain('Khoản 4 Mục II');
    expect(notesAt('III; V')).toContain('không có mục IV');
    expect(notesAt('III.5')).toContain('91/2027/NĐ-CP');
    expect(notesAt('III.5')).toContain('Nghị định số 98/2023/NĐ-CP');
    expect(notesAt('V.1; V.2; V.3')).toContain('chuyên đổi số');
    expect(notesAt('Phần mở đầu')).toContain('Số: …/KH-UBND');
    expect(notesAt('III.4 (Lưu ý)')).toContain('người không giữ chức vụ lãnh đạo, quản lý');
    expect(notesAt('II.3.k; I.1')).toContain('không ghi năm');
    expect(notesAt('VII.1; VII.3; VII.7')).toContain('trước ngày');
    expect(notesAt('VII.3; VII.4')).toContain('không còn cấp huyện');
  });
});

describe('Đắk Lắk after 01/7/2025 (the law, not the plan)', () => {
  const m = parseManifest(manifest, 'dak-lak');
  it('declares Phú Yên absorbed and ends the district chairman’s Giấy khen on 30/6/2025', () => {
    expect(m.absorbed).toEqual([expect.objectContaining({ slug: 'phu-yen', date: '2025-07-01' })]);
    expect(m.absorbed?.[0]?.source).toContain('202/2025/QH15');
    expect(m.awardForms.find((f) => f.id === 'giay-khen-ubnd-huyen')?.validTo).toBe('2025-06-30');
  });
});
