import { findIndicator, parseManifest, phaseQuotaTotals, upcomingDeadlines } from '@thidua/domain';
import { describe, expect, it } from 'vitest';
import manifest from './index.js';

describe('Điện Biên: manifest against its plan', () => {
  const m = parseManifest(manifest, 'dien-bien');
  const phase = (id: string) => m.phases.find((p) => p.id === id);
  const criterion = (id: string) => m.criteria.find((c) => c.id === id);
  const quota = (phaseId: string, awardFormId: string) =>
    m.quotas.find((q) => q.phaseId === phaseId && q.awardFormId === awardFormId);
  const target = (indicator: string, year: number) =>
    m.targets.find((t) => t.indicator === indicator && t.year === year);

  it('is a valid manifest', () => {
    expect(m.slug).toBe('dien-bien');
    expect(m.authority).toBe('Ủy ban nhân dân tỉnh Điện Biên');
  });

  // Mở đầu: "Số: *2158*/KH-UBND" … "Điện Biên, ngày *26* tháng 5 năm 2023"; phần ký: "CHỦ TỊCH … Lê Thành Đô"
  it('has the plan number, date and signer', () => {
    expect(m.plan.number).toBe('2158/KH-UBND');
    expect(m.plan.date).toBe('2023-05-26');
    expect(m.plan.signer).toEqual({ name: 'Lê Thành Đô', title: 'CHỦ TỊCH' });
  });

  // Phần căn cứ: NQ 52-NQ/TW, QĐ 749/QĐ-TTg, QĐ 942/QĐ-TTg, NQ 13-NQ/TU, QĐ 3179/QĐ-UBND
  it('cites the five legal bases of the preamble', () => {
    expect(m.plan.legalBases.map((b) => b.ref)).toEqual([
      'Nghị quyết số 52-NQ/TW',
      'Quyết định số 749/QĐ-TTg',
      'Quyết định số 942/QĐ-TTg',
      'Nghị quyết số 13-NQ/TU',
      'Quyết định số 3179/QĐ-UBND',
    ]);
    expect(m.plan.legalBases[4]?.title).toContain('ngày 06/12/2021');
  });

  // Tên Kế hoạch: Phong trào thi đua "Chuyển đổi số giai đoạn 2023 - 2030"; II.1 Chủ đề thi đua "Tỉnh Điện Biên thi đua xây dựng chính quyền số, …"
  it('names the movement and its theme', () => {
    expect(m.movement.name).toBe('Chuyển đổi số giai đoạn 2023 - 2030');
    expect(m.movement.theme).toBe(
      'Tỉnh Điện Biên thi đua xây dựng chính quyền số, phát triển kinh tế số, xã hội số góp phần phát triển bền vững, nâng cao chất lượng cuộc sống của người dân',
    );
  });

  // II.4 "Giai đoạn I (từ 2023 - 2025)"; "Giai đoạn II (từ 2026 - 2030)"
  it('has two stages 2023–2025 and 2026–2030', () => {
    expect(m.movement.span).toEqual({ from: '2023-01-01', to: '2030-12-31' });
    expect(m.movement.stages.map((s) => [s.id, s.from, s.to, s.source])).toEqual([
      ['giai-doan-1', '2023-01-01', '2025-12-31', 'II.4'],
      ['giai-doan-2', '2026-01-01', '2030-12-31', 'II.4'],
    ]);
  });

  // II.3 Tập thể: "Cơ quan, đơn vị, địa phương, doanh nghiệp"; Cá nhân: "CBCCVV, người lao động … và Nhân dân"; "Các tập thể, cá nhân ngoài tỉnh"
  it('lists the seven tiers of II.3', () => {
    expect(m.tiers.map((t) => t.tier)).toEqual([
      'provincial-agency',
      'district',
      'commune',
      'enterprise',
      'official',
      'citizen',
      'external',
    ]);
  });

  // II.4 "Ban hành Kế hoạch phát động và tổ chức triển khai thực hiện"; V.2 "hoàn thành ban hành Kế hoạch chậm nhất quý III//2023"
  it('launches from the plan date to the end of quarter III/2023, when units must have issued their plans', () => {
    expect(phase('phat-dong-2023')).toMatchObject({
      kind: 'launch',
      stageId: 'giai-doan-1',
      period: { from: '2023-05-26', to: '2023-09-30' },
      reportDeadline: '2023-09-30',
      awardFormIds: [],
      source: 'II.4; V.2',
    });
  });

  // IV.3.1 "Khen thưởng hàng năm … trình Chủ tịch UBND tỉnh tặng Bằng khen"; "xem xét khen thưởng theo thẩm quyền"
  it('has one annual phase per year 2023–2030 with Bằng khen UBND tỉnh and unit awards', () => {
    const annual = m.phases.filter((p) => p.kind === 'annual');
    expect(annual.map((p) => p.id)).toEqual([
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
      awardFormIds: ['bang-khen-ubnd-tinh', 'giay-khen'],
      source: 'IV.3.1',
    });
    expect(phase('nam-2026')?.stageId).toBe('giai-doan-2');
  });

  // II.4 "UBND tỉnh tiến hành sơ kết, đánh giá rút kinh nghiệm vào quý IV năm 2025"; IV.3.2 "Khen thưởng sơ kết giai đoạn I (2023-2025)"
  it('reviews stage I in quarter IV of 2025 with Bằng khen UBND tỉnh and unit awards', () => {
    expect(phase('so-ket-2025')).toMatchObject({
      kind: 'interim-review',
      stageId: 'giai-doan-1',
      period: { from: '2025-10-01', to: '2025-12-31' },
      awardFormIds: ['bang-khen-ubnd-tinh', 'giay-khen'],
    });
  });

  // II.4 "tổng kết vào quý IV/2030"; IV.3.3 "Khen thưởng tổng kết giai đoạn II (2026 - 2030)": Huân chương, Bằng khen Thủ tướng, Bằng khen Chủ tịch UBND tỉnh, Giấy khen
  it('reviews the movement in quarter IV of 2030 with all four award forms', () => {
    expect(phase('tong-ket-2030')).toMatchObject({
      kind: 'final-review',
      stageId: 'giai-doan-2',
      period: { from: '2030-10-01', to: '2030-12-31' },
      awardFormIds: ['huan-chuong-lao-dong-hang-ba', 'bang-khen-thu-tuong', 'bang-khen-ubnd-tinh', 'giay-khen'],
    });
  });

  // The plan sets no nomination date, and review reports come "theo yêu cầu của UBND tỉnh" (V.8).
  it('declares no nomination deadline and no review report date', () => {
    for (const p of m.phases) expect(p.nominationDeadline, p.id).toBeUndefined();
    expect(m.phases.filter((p) => p.reportDeadline).map((p) => p.id)).toEqual(['phat-dong-2023']);
  });

  // V.8 "báo cáo tình hình tổ chức thực hiện Phong trào thi đua (trước ngày 15/11)"; V.4 Sở TT&TT "báo cáo … hàng năm (trước 5/12)"
  it('has the yearly report deadlines of units (15/11) and of Sở Thông tin và Truyền thông (5/12)', () => {
    expect(m.workflow.reportDeadlines.map((d) => [d.everyYear, d.source])).toEqual([
      ['11-15', 'V.8'],
      ['12-05', 'V.4'],
    ]);
    expect(m.workflow.reportDeadlines[0]?.to).toBe(
      'UBND tỉnh (qua Sở Thông tin và Truyền thông để tổng hợp và qua Sở Nội vụ để theo dõi)',
    );
    expect(upcomingDeadlines(m, '2024-11-01', 2).map((d) => d.date)).toEqual(['2024-11-15', '2024-12-05']);
  });

  // IV.1 "Huân chương Lao động hạng Ba. Bằng khen của Thủ tướng Chính phủ. Bằng khen của Chủ tịch UBND tỉnh. Giấy khen (Bằng khen) của các Sở, ban, ngành, …"
  it('has the four award forms of IV.1 with who confers them', () => {
    expect(m.awardForms.map((f) => [f.id, f.level, f.conferredBy])).toEqual([
      ['huan-chuong-lao-dong-hang-ba', 'state', 'Chủ tịch nước'],
      ['bang-khen-thu-tuong', 'government', 'Thủ tướng Chính phủ'],
      ['bang-khen-ubnd-tinh', 'province', 'Chủ tịch UBND tỉnh'],
      [
        'giay-khen',
        'unit',
        'Các Sở, ban, ngành, Ủy ban Mặt trận tổ quốc Việt Nam và các tổ chức xã hội tỉnh, UBND các huyện, thị xã, thành phố, xã, phường, thị trấn, đơn vị theo thẩm quyền',
      ],
    ]);
    // IV.3.3 "cho các tập thể, cá nhân"; no form is limited to some tiers
    for (const f of m.awardForms) {
      expect(f.recipients).toEqual(['collective', 'individual']);
      expect(f.tiers).toBeUndefined();
    }
  });

  // IV.3.1 "tặng Bằng khen cho tối đa không quá 05 tập thể, cá nhân"
  it('caps the yearly Bằng khen UBND tỉnh at 05 collectives and individuals together', () => {
    for (let year = 2023; year <= 2030; year++) {
      expect(quota(`nam-${year}`, 'bang-khen-ubnd-tinh')).toMatchObject({ maxCombined: 5, source: 'IV.3.1' });
      expect(quota(`nam-${year}`, 'bang-khen-ubnd-tinh')?.maxCollectives).toBeUndefined();
    }
  });

  // IV.3.2 "tối đa không quá 05 tập thể tiêu biểu dẫn đầu Phong trào thi đua và 05 cá nhân cá nhân tiêu biểu"
  it('caps Bằng khen UBND tỉnh at the 2025 review at 05 collectives and 05 individuals', () => {
    expect(quota('so-ket-2025', 'bang-khen-ubnd-tinh')).toMatchObject({
      maxCollectives: 5,
      maxIndividuals: 5,
      source: 'IV.3.2',
    });
    expect(quota('so-ket-2025', 'bang-khen-ubnd-tinh')?.maxCombined).toBeUndefined();
  });

  // IV.3.3 "tối đa không quá 10 tập thể tiêu biểu dẫn đầu Phong trào thi đua và 10 cá nhân tiêu biểu"
  it('caps Bằng khen UBND tỉnh at the 2030 review at 10 collectives and 10 individuals', () => {
    expect(quota('tong-ket-2030', 'bang-khen-ubnd-tinh')).toMatchObject({
      maxCollectives: 10,
      maxIndividuals: 10,
      source: 'IV.3.3',
    });
  });

  // IV.3.1, IV.3.2, IV.3.3 "các cơ quan, đơn vị, địa phương xác định chỉ tiêu, xét khen thưởng theo thẩm quyền"
  it('leaves the number of unit awards to each unit in every phase that gives them', () => {
    const withUnitAwards = m.phases.filter((p) => p.awardFormIds.includes('giay-khen'));
    expect(withUnitAwards).toHaveLength(10);
    for (const p of withUnitAwards) expect(quota(p.id, 'giay-khen'), p.id).toMatchObject({ decidedByHead: true });
  });

  // IV.3.3 "đề nghị Chủ tịch nước tặng thưởng Huân chương Lao động hạng Ba, trình Thủ tướng Chính phủ tặng thưởng Bằng khen … sau khi thống nhất với Ban Thi đua, khen thưởng Trung ương" — no number
  it('sets no quota for the state and government awards of 2030', () => {
    expect(quota('tong-ket-2030', 'huan-chuong-lao-dong-hang-ba')).toBeUndefined();
    expect(quota('tong-ket-2030', 'bang-khen-thu-tuong')).toBeUndefined();
    const totals = phaseQuotaTotals(m, phase('tong-ket-2030')!);
    expect(totals.forms.find((f) => f.awardFormId === 'huan-chuong-lao-dong-hang-ba')?.collectives.status).toBe('none');
  });

  // IV.2.a "Tập thể luôn gương mẫu chấp hành tốt … tổ chức thực hiện Phong trào thi đua Chuyên đổi số thiết thực, hiệu quả và đạt tiêu chuẩn sau"
  it('binds the collective lead-in to every collective tier, typo kept', () => {
    for (const id of ['tinh-chap-hanh', 'huyen-chap-hanh', 'xa-chap-hanh', 'doanh-nghiep-chap-hanh']) {
      expect(criterion(id)).toMatchObject({ kind: 'qualitative', recipient: 'collective', source: 'IV.2.a' });
      expect(criterion(id)?.text).toContain('Phong trào thi đua Chuyên đổi số');
    }
  });

  // IV.2.a Sở, ban, ngành: 5 standards; huyện: 4; xã: 4; doanh nghiệp: 1 (each after the lead-in)
  it('has the standards of IV.2.a per collective tier', () => {
    const count = (tier: string) => m.criteria.filter((c) => c.tier === tier).length;
    expect([count('provincial-agency'), count('district'), count('commune'), count('enterprise')]).toEqual([
      6, 5, 5, 2,
    ]);
    expect(criterion('tinh-hoan-thanh-de-an')?.text).toContain('Quyết định số 3179/QĐ-UBND ngày 06/12/2021');
    expect(criterion('xa-hoan-thanh-de-an')?.text).toContain('Kế hoạch Chuyển đổi số hàng năm của UBND cấp huyện');
    expect(criterion('xa-mo-hinh-kinh-te-san-tmdt')?.text).toBe(
      'Ứng dụng CNTT, xây dựng được mô hình phát triển kinh tế hiệu quả, giới thiệu thành công sản phẩm địa phương lên sàn thương mại điện tử.',
    );
  });

  // IV.2.a "Kết quả xếp hạng thuộc tốp đầu theo Bộ chỉ số đánh giá Chính quyền số …" — no N for "tốp đầu"
  it('keeps the "tốp đầu" ranking standards qualitative, with no invented N', () => {
    expect(criterion('tinh-xep-hang-chinh-quyen-so')).toMatchObject({ tier: 'provincial-agency', kind: 'qualitative' });
    expect(criterion('huyen-xep-hang-chinh-quyen-so')?.text).toMatch(/^Có kết quả xếp hạng thuộc tốp đầu/);
    expect(m.criteria.filter((c) => c.kind !== 'qualitative')).toEqual([]);
  });

  // IV.2.b "Gương mẫu chấp hành tốt …"; "CBCCVN nỗ lực bám nắm cơ sở; có sáng kiến, giải pháp hữu ích …"; IV.2.c "Tập thể, cá nhân ngoài tỉnh có nhiều đóng góp …"
  it('has the individual and external standards', () => {
    expect(criterion('can-bo-sang-kien-giai-phap')).toMatchObject({
      tier: 'official',
      recipient: 'individual',
      source: 'IV.2.b',
    });
    expect(criterion('can-bo-sang-kien-giai-phap')?.text).toMatch(/^CBCCVN nỗ lực bám nắm cơ sở/);
    expect(criterion('nguoi-dan-chap-hanh')).toMatchObject({ tier: 'citizen', recipient: 'individual' });
    expect(criterion('ngoai-tinh-dong-gop')).toMatchObject({ tier: 'external', source: 'IV.2.c' });
    expect(criterion('ngoai-tinh-dong-gop')?.recipient).toBeUndefined();
  });

  // III.2.2.1.b "90% hồ sơ công việc của các cơ quan cấp tỉnh, 80% … cấp huyện và 60% … cấp xã"; III.2.2.2.b "100% …, 90% … và 70% …"
  it('sets work-dossier targets per level for 2025 and 2030', () => {
    const levels = ['province', 'district', 'commune'];
    expect(levels.map((l) => target(`work-dossiers-online.${l}`, 2025)?.value)).toEqual([90, 80, 60]);
    expect(levels.map((l) => target(`work-dossiers-online.${l}`, 2030)?.value)).toEqual([100, 90, 70]);
    expect(target('work-dossiers-online.district', 2030)).toMatchObject({
      level: 'district',
      operator: '>=',
      source: 'III.2.2.2.b',
    });
  });

  // III.2.2.1.c "Kinh tế số chiếm tối thiểu 10% GRDP"; III.2.2.2.c "tối thiểu 20% GRDP"; "trên 6%/năm" / "trên 7%/năm"
  it('sets the digital economy and productivity targets', () => {
    expect(target('digital-economy-grdp', 2025)).toMatchObject({ operator: '>=', value: 10 });
    expect(target('digital-economy-grdp', 2030)).toMatchObject({ operator: '>=', value: 20 });
    expect(target('digital-economy-sector', 2030)).toMatchObject({ operator: '>=', value: 15 });
    expect(target('labour-productivity-growth', 2025)).toMatchObject({ operator: '>', value: 6 });
    expect(target('labour-productivity-growth', 2030)).toMatchObject({ operator: '>', value: 7 });
  });

  // III.2.2.1.a "phủ 100% khu vực dân cư … và trên 60% hộ gia đình"; "trên 70% người dân"; III.2.2.2.a "trên 80% hộ gia đình"; "trên 80% người dân"
  it('sets the digital infrastructure targets', () => {
    expect(target('residential-areas-fibre', 2025)).toMatchObject({ operator: '>=', value: 100 });
    expect(target('households-fibre', 2025)).toMatchObject({ operator: '>', value: 60 });
    expect(target('smartphone-users', 2025)).toMatchObject({ operator: '>', value: 70 });
    expect(target('households-fibre', 2030)).toMatchObject({ operator: '>', value: 80 });
    expect(target('smartphone-users', 2030)).toMatchObject({ operator: '>', value: 80 });
  });

  // III.2.2.1.b "Bảo đảm 100% cuộc họp, hội nghị có thể thực hiện trên môi trường mạng; trên 50% cuộc họp 3 cấp"; III.2.2.2.b "trên 70%"; "tối thiểu 10 dịch vụ đô thị thông minh"
  it('sets the meeting and smart-city targets on the indicators added for them', () => {
    expect(target('meetings-online-capable', 2025)).toMatchObject({ operator: '>=', value: 100 });
    expect(target('meetings-online', 2025)).toMatchObject({ operator: '>', value: 50 });
    expect(target('meetings-online', 2030)).toMatchObject({ operator: '>', value: 70 });
    expect(target('smart-city-services', 2025)).toMatchObject({ operator: '>=', value: 10 });
    expect(target('districts-smart-city-services', 2030)).toMatchObject({ operator: '>=', value: 100 });
  });

  // III.2.2.1.b "đào tạo, bồi dưỡng 50 chuyên gia chuyển đổi số"; III.2.2.1.c "có khoảng 40 doanh nghiệp công nghệ số"; III.2.2.2.c "khoảng 50"
  it('sets the count targets', () => {
    expect(target('digital-experts', 2025)).toMatchObject({ operator: '>=', value: 50 });
    expect(target('digital-tech-enterprises', 2025)).toMatchObject({ operator: '>=', value: 40 });
    expect(target('digital-tech-enterprises', 2030)).toMatchObject({ operator: '>=', value: 50 });
  });

  // III.2.2.1.c "55% dân số trở lên … 50% doanh nghiệp vừa và nhỏ … 50% hộ sản xuất nông nghiệp"; III.2.2.2.c "66% … 70% … 60%"
  it('sets the e-commerce targets', () => {
    const ids = ['population-online-shopping', 'sme-ecommerce-accounts', 'farm-households-ecommerce'];
    expect(ids.map((i) => target(i, 2025)?.value)).toEqual([55, 50, 50]);
    expect(ids.map((i) => target(i, 2030)?.value)).toEqual([66, 70, 60]);
  });

  // III.2.2.1.d "trên 50%" / "Trên 70% người dân được tiếp cận"; III.2.2.2.d "trên 80%" / "100% người dân" / "Tối thiểu 70% số xã"; III.2.2.2.c "Không còn hộ nghèo, hộ cận nghèo về thông tin"
  it('sets the digital society targets', () => {
    expect(target('population-e-payment', 2025)).toMatchObject({ operator: '>', value: 50 });
    expect(target('population-e-payment', 2030)).toMatchObject({ operator: '>', value: 80 });
    expect(target('population-digital-access', 2025)).toMatchObject({ operator: '>', value: 70 });
    expect(target('population-digital-access', 2030)).toMatchObject({ operator: '>=', value: 100 });
    expect(target('communes-transformed', 2030)).toMatchObject({ operator: '>=', value: 70, source: 'III.2.2.2.d' });
    expect(target('households-information-poor', 2030)).toMatchObject({ operator: '=', value: 0 });
    expect(findIndicator('households-information-poor')?.higherIsBetter).toBe(false);
  });

  // III.2.2.1 a–d: 27 figures for 2025; III.2.2.2 a–d: 24 for 2030; every one on a catalogue indicator
  it('maps every target to the national catalogue', () => {
    expect(m.targets.filter((t) => t.year === 2025)).toHaveLength(27);
    expect(m.targets.filter((t) => t.year === 2030)).toHaveLength(24);
    for (const t of m.targets) expect(findIndicator(t.indicator), t.indicator).toBeDefined();
  });

  // V.3 Sở Nội vụ "Thẩm định hồ sơ đề nghị trình khen thưởng"; no document list, copies or form anywhere in the plan
  it('declares no dossier documents the plan does not list', () => {
    expect(m.dossier).toEqual([]);
  });

  // V.2 units "đề nghị Chủ tịch UBND tỉnh tặng thưởng Bằng khen"; IV.3 / V.4 Sở TT&TT "lựa chọn, trình", "thẩm định thành tích"; V.3 Sở Nội vụ "Thẩm định hồ sơ"
  it('routes nominations unit → Sở Thông tin và Truyền thông → Sở Nội vụ → Chủ tịch UBND tỉnh', () => {
    expect(m.workflow.steps.map((s) => [s.role, s.source])).toEqual([
      ['nominating-unit', 'V.2; I.2'],
      ['information-department', 'IV.3; V.4'],
      ['home-affairs', 'V.3'],
      ['chairman', 'IV.3'],
    ]);
    expect(m.workflow.steps[2]?.actor).toBe('Sở Nội vụ (cơ quan thường trực Hội đồng TĐKT tỉnh)');
  });

  it('records the discrepancies of the plan', () => {
    const at = (source: string) =>
      m.notes
        .filter((x) => x.source.includes(source))
        .map((x) => x.text)
        .join('\n');
    expect(at('Phần căn cứ')).toContain('"Chủ tịch ban nhân dân tỉnh ban hành Kế hoạch"');
    expect(at('III.2.2.2')).toContain('13-NQ/ĐU');
    expect(at('V.2')).toContain('quý III//2023');
    expect(at('V.1')).toContain('Phong trào thi theo');
    expect(at('IV.2.b')).toContain('CBCCVN');
    expect(at('IV.2.a')).toContain('Chuyên đổi số');
    expect(at('IV.3.2')).toContain('05 cá nhân cá nhân');
    expect(at('IV.3.2')).toContain('(chưa được khen năm)');
    expect(at('IV.3.1')).toContain('tốp đầu');
    expect(at('V.3')).toContain('Nghị định số 98/2023/NĐ-CP');
    expect(at('II.4')).toContain('sơ kết');
    expect(at('V.2')).toContain('không còn cấp huyện');
  });
});
