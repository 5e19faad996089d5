import { findIndicator, parseManifest, phaseQuotaTotals } from '@thidua/domain';
import { describe, expect, it } from 'vitest';
import manifest from './index.js';

describe('Bắc Kạn: manifest against its plan', () => {
  const m = parseManifest(manifest, 'bac-kan');
  const phase = (id: string) => m.phases.find((p) => p.id === id);
  const criterion = (id: string) => m.criteria.find((c) => c.id === id);
  const form = (id: string) => m.awardForms.find((f) => f.id === id);
  const quota = (phaseId: string, awardFormId: string) =>
    m.quotas.find((q) => q.phaseId === phaseId && q.awardFormId === awardFormId);

  it('is a valid manifest', () => {
    expect(m.slug).toBe('bac-kan');
    expect(m.authority).toBe('Ủy ban nhân dân tỉnh Bắc Kạn');
  });

  // Mở đầu: "Số: 635 /KH-UBND" … "Bắc Kạn, ngày 10 tháng 10 năm 2022"; ký: "TM. ỦY BAN NHÂN DÂN CHỦ TỊCH Nguyễn Đăng Bình"
  it('has the plan number, date and signer', () => {
    expect(m.plan).toMatchObject({ number: '635/KH-UBND', date: '2022-10-10', issuer: 'Ủy ban nhân dân tỉnh Bắc Kạn' });
    expect(m.plan.dateText).toBeUndefined();
    expect(m.plan.signer).toEqual({ name: 'Nguyễn Đăng Bình', title: 'TM. ỦY BAN NHÂN DÂN – CHỦ TỊCH' });
  });

  // Phần căn cứ: QĐ 749/QĐ-TTg ngày 03/6/2020; Chỉ thị 09-CT/TU ngày 03/8/2021; QĐ 676/QĐ-UBND ngày 26/4/2022;
  // QĐ 528/QĐ-UBND ngày 05/4/2022; QĐ 610/QĐ-UBND ngày 15/4/2022; QĐ 940/QĐ-UBND ngày 01/6/2022 (thực hiện QĐ 146/QĐ-TTg)
  it('cites the six legal bases of the preamble', () => {
    expect(m.plan.legalBases.map((b) => b.ref)).toEqual([
      'Quyết định số 749/QĐ-TTg',
      'Chỉ thị số 09-CT/TU',
      'Quyết định số 676/QĐ-UBND',
      'Quyết định số 528/QĐ-UBND',
      'Quyết định số 610/QĐ-UBND',
      'Quyết định số 940/QĐ-UBND',
    ]);
    expect(m.plan.legalBases[0]?.title).toContain('ngày 03/6/2020');
    expect(m.plan.legalBases[1]?.title).toContain('ngày 03/8/2021 của Tỉnh ủy');
    expect(m.plan.legalBases[2]?.title).toContain('ngày 26/4/2022');
    expect(m.plan.legalBases[3]?.title).toContain('ngày 05/4/2022');
    expect(m.plan.legalBases[4]?.title).toContain('ngày 15/4/2022');
    expect(m.plan.legalBases[5]?.title).toContain(
      'ngày 01/6/2022 của UBND tỉnh ban hành Kế hoạch thực hiện Quyết định số 146/QĐ-TTg ngày 28/01/2022',
    );
  });

  // Tên Kế hoạch: Phong trào thi đua "Bắc Kạn đẩy mạnh chương trình chuyển đổi số giai đoạn 2022 - 2025"
  it('names the movement and its span 2022–2025', () => {
    expect(m.movement.name).toBe('Bắc Kạn đẩy mạnh chương trình chuyển đổi số giai đoạn 2022 - 2025');
    expect(m.movement.theme).toBeUndefined();
    expect(m.movement.span).toEqual({ from: '2022-01-01', to: '2025-12-31' });
  });

  // II.3.1 "Từ năm 2022 đến năm 2023"; II.3.2 "Từ năm 2024 đến năm 2025"
  it('has the two stages of the roadmap', () => {
    expect(m.movement.stages.map((s) => [s.id, s.name, s.from, s.to, s.source])).toEqual([
      ['giai-doan-1', 'Từ năm 2022 đến năm 2023', '2022-01-01', '2023-12-31', 'II.3.1'],
      ['giai-doan-2', 'Từ năm 2024 đến năm 2025', '2024-01-01', '2025-12-31', 'II.3.2'],
    ]);
  });

  // II.1.1 "Tập thể: Các cơ quan, đơn vị, địa phương, doanh nghiệp, hợp tác xã"; II.1.2 "Cá nhân: Cán bộ, công chức, viên chức,
  // người lao động"; III.2 "Đối tượng khác (doanh nhân, trí thức, nhà khoa học...)"
  it('has four collective tiers and two individual tiers', () => {
    expect(m.tiers.map((t) => t.tier)).toEqual([
      'provincial-agency',
      'district',
      'commune',
      'enterprise',
      'official',
      'citizen',
    ]);
    expect(m.tiers.find((t) => t.tier === 'citizen')?.text).toBe(
      'Đối tượng khác (doanh nhân, trí thức, nhà khoa học...)',
    );
  });

  // II.3.1 "Năm 2022: các cơ quan, đơn vị, địa phương ban hành Kế hoạch phát động, triển khai Phong trào thi đua"
  it('launches in 2022, from the day the plan was issued', () => {
    expect(phase('phat-dong-2022')).toMatchObject({
      kind: 'launch',
      stageId: 'giai-doan-1',
      period: { from: '2022-10-10', to: '2022-12-31' },
      awardFormIds: [],
      source: 'II.3.1',
    });
    expect(phase('phat-dong-2022')?.nominationDeadline).toBeUndefined();
  });

  // IV.1 "… là một trong những tiêu chí đánh giá bình xét khen thưởng toàn diện hằng năm"; V.5 "Định kỳ hàng năm … trước ngày 15/12"
  it('has one annual phase per year 2022–2025, with no award form and the report due 15/12', () => {
    const annual = m.phases.filter((p) => p.kind === 'annual');
    expect(annual.map((p) => [p.id, p.stageId, p.reportDeadline])).toEqual([
      ['nam-2022', 'giai-doan-1', '2022-12-15'],
      ['nam-2023', 'giai-doan-1', '2023-12-15'],
      ['nam-2024', 'giai-doan-2', '2024-12-15'],
      ['nam-2025', 'giai-doan-2', '2025-12-15'],
    ]);
    for (const p of annual) expect(p.awardFormIds).toEqual([]);
    expect(m.quotas.filter((q) => q.phaseId.startsWith('nam-'))).toEqual([]);
  });

  // II.3.1 "tổ chức sơ kết Phong trào thi đua vào Quý IV/2023"; IV.2.1 "Sơ kết phong trào thi đua vào Quý IV năm 2023"
  it('holds the interim review in quarter IV of 2023 with Bằng khen and Giấy khen', () => {
    expect(phase('so-ket-2023')).toMatchObject({
      kind: 'interim-review',
      stageId: 'giai-doan-1',
      period: { from: '2023-10-01', to: '2023-12-31' },
      awardFormIds: ['bang-khen-ubnd-tinh', 'giay-khen'],
    });
  });

  // II.3.2 "tổ chức tổng kết Phong trào thi đua vào Quý IV/2025"; IV.2.1 "Tổng kết phong trào thi đua vào Quý IV năm 2025"
  it('holds the final review in quarter IV of 2025 with Bằng khen and Giấy khen', () => {
    expect(phase('tong-ket-2025')).toMatchObject({
      kind: 'final-review',
      stageId: 'giai-doan-2',
      period: { from: '2025-10-01', to: '2025-12-31' },
      awardFormIds: ['bang-khen-ubnd-tinh', 'giay-khen'],
    });
  });

  // IV.2.1 and II.3 give only "Quý IV": no date for sending nominations or review reports.
  it('declares no nomination deadline and no review report deadline', () => {
    for (const p of m.phases) expect(p.nominationDeadline).toBeUndefined();
    expect(phase('so-ket-2023')?.reportDeadline).toBeUndefined();
    expect(phase('tong-ket-2025')?.reportDeadline).toBeUndefined();
  });

  // IV.2.1 "Hình thức khen thưởng: Bằng khen của Chủ tịch UBND tỉnh"; IV.2.2 "Khen thưởng theo thẩm quyền (Thủ trưởng cơ quan, đơn vị,
  // địa phương; Giám đốc doanh nghiệp, hợp tác xã) – Hình thức khen thưởng: Giấy khen"
  it('has the two award forms with who confers them', () => {
    expect(m.awardForms.map((f) => [f.id, f.name, f.level, f.conferredBy])).toEqual([
      ['bang-khen-ubnd-tinh', 'Bằng khen của Chủ tịch UBND tỉnh', 'province', 'Chủ tịch UBND tỉnh'],
      ['giay-khen', 'Giấy khen', 'unit', 'Thủ trưởng cơ quan, đơn vị, địa phương; Giám đốc doanh nghiệp, hợp tác xã'],
    ]);
    // "lựa chọn tập thể, cá nhân"; "Giấy khen cho các tập thể, cá nhân"
    for (const f of m.awardForms) expect(f.recipients).toEqual(['collective', 'individual']);
    expect(form('bang-khen-ubnd-tinh')?.tiers).toEqual(m.tiers.map((t) => t.tier));
  });

  // IV.2.1 "Sơ kết phong trào thi đua vào Quý IV năm 2023: Không quá 15 tập thể và 15 cá nhân."
  it('caps Bằng khen at the 2023 interim review at 15 collectives and 15 individuals', () => {
    expect(quota('so-ket-2023', 'bang-khen-ubnd-tinh')).toMatchObject({
      maxCollectives: 15,
      maxIndividuals: 15,
      source: 'IV.2.1',
    });
    expect(quota('so-ket-2023', 'bang-khen-ubnd-tinh')?.maxCombined).toBeUndefined();
  });

  // IV.2.1 "Tổng kết phong trào thi đua vào Quý IV năm 2025: Không quá 20 tập thể và 25 cá nhân."
  it('caps Bằng khen at the 2025 final review at 20 collectives and 25 individuals', () => {
    expect(quota('tong-ket-2025', 'bang-khen-ubnd-tinh')).toMatchObject({
      maxCollectives: 20,
      maxIndividuals: 25,
      source: 'IV.2.1',
    });
    const totals = phaseQuotaTotals(m, phase('tong-ket-2025')!).forms.find(
      (f) => f.awardFormId === 'bang-khen-ubnd-tinh',
    );
    expect(totals?.combined).toEqual({ value: 45, status: 'fixed' });
  });

  // IV.2.2 "người đứng đầu quy định về tiêu chuẩn xét tặng Giấy khen … và khen thưởng theo thẩm quyền"
  it('leaves the number of Giấy khen to the head of unit at both reviews', () => {
    for (const id of ['so-ket-2023', 'tong-ket-2025']) {
      expect(quota(id, 'giay-khen')).toMatchObject({ decidedByHead: true, source: 'IV.2.2' });
    }
    expect(m.quotas).toHaveLength(4);
  });

  // III.1 ý 1 "Tổ chức Phong trào thi đua thiết thực hiệu quả; có nhiều sáng kiến, giải pháp …" — every collective
  it('asks every collective tier to run the movement well', () => {
    const ids = [
      'tinh-to-chuc-phong-trao',
      'huyen-to-chuc-phong-trao',
      'xa-to-chuc-phong-trao',
      'doanh-nghiep-to-chuc-phong-trao',
    ];
    expect(ids.map((id) => criterion(id)?.tier)).toEqual(['provincial-agency', 'district', 'commune', 'enterprise']);
    for (const id of ids)
      expect(criterion(id)).toMatchObject({ kind: 'qualitative', recipient: 'collective', source: 'III.1, ý 1' });
    expect(criterion('xa-to-chuc-phong-trao')?.text).toMatch(/^Tổ chức Phong trào thi đua thiết thực hiệu quả;/);
  });

  // III.1 ý 2 "Các sở, ban ngành, đoàn thể tỉnh, UBND các huyện, thành phố: Hoàn thành có chất lượng, đúng thời hạn … Quyết định số 940/QĐ-UBND"
  it('asks provincial agencies and districts to complete their tasks under QĐ 940/QĐ-UBND', () => {
    expect(m.criteria.filter((c) => c.source === 'III.1, ý 2').map((c) => [c.id, c.tier, c.kind])).toEqual([
      ['tinh-hoan-thanh-nhiem-vu', 'provincial-agency', 'qualitative'],
      ['huyen-hoan-thanh-nhiem-vu', 'district', 'qualitative'],
    ]);
    expect(criterion('tinh-hoan-thanh-nhiem-vu')?.text).toContain(
      'theo quy định tại Quyết định số 940/QĐ-UBND ngày 01/6/2022',
    );
  });

  // III.1 ý 3 "100% hồ sơ công việc tại cấp tỉnh, cấp huyện và 80% hồ sơ công việc tại cấp xã được xử lý trên môi trường mạng"
  it('asks 100% / 100% / 80% of work dossiers online at province / district / commune level', () => {
    expect(criterion('tinh-ho-so-cong-viec')).toMatchObject({
      tier: 'provincial-agency',
      kind: 'threshold',
      recipient: 'collective',
      indicator: 'work-dossiers-online.province',
      operator: '>=',
      threshold: 100,
      unit: '%',
      source: 'III.1, ý 3',
    });
    expect(criterion('huyen-ho-so-cong-viec')).toMatchObject({
      tier: 'district',
      indicator: 'work-dossiers-online.district',
      operator: '>=',
      threshold: 100,
    });
    expect(criterion('xa-ho-so-cong-viec')).toMatchObject({
      tier: 'commune',
      indicator: 'work-dossiers-online.commune',
      operator: '>=',
      threshold: 80,
    });
    expect(criterion('xa-ho-so-cong-viec')?.text).toBe(criterion('tinh-ho-so-cong-viec')?.text);
  });

  // III.1 ý 4 "100% chế độ báo cáo định kỳ và văn bản hành chính (trừ văn bản mật) được gửi nhận bằng văn bản điện tử."
  it('asks 100% of reports and administrative documents exchanged electronically', () => {
    for (const id of ['tinh-van-ban-dien-tu', 'huyen-van-ban-dien-tu', 'xa-van-ban-dien-tu']) {
      expect(criterion(id)).toMatchObject({
        kind: 'threshold',
        indicator: 'e-documents-exchanged',
        operator: '>=',
        threshold: 100,
        source: 'III.1, ý 4',
      });
    }
  });

  // III.1 ý 5 "100% các cơ sở dữ liệu dùng chung được kết nối, chia sẻ trên toàn tỉnh; … nền tảng tích hợp và chia sẻ dữ liệu dung (LGSP)"
  it('asks 100% of shared databases connected, keeping the plan text as written', () => {
    for (const id of ['tinh-csdl-dung-chung', 'huyen-csdl-dung-chung', 'xa-csdl-dung-chung']) {
      expect(criterion(id)).toMatchObject({
        kind: 'threshold',
        indicator: 'shared-databases-connected',
        operator: '>=',
        threshold: 100,
        source: 'III.1, ý 5',
      });
    }
    expect(criterion('tinh-csdl-dung-chung')?.text).toContain('chia sẻ dữ liệu dung (LGSP)');
  });

  // III.1 ý 6 "Riêng các huyện, thành phố 100% báo cáo định kỳ về phát triển kinh tế - xã hội được thực hiện trên hệ thống phần mềm báo cáo của tỉnh"
  it('asks districts alone for 100% of socio-economic reports on the reporting system', () => {
    expect(m.criteria.filter((c) => c.indicator === 'reports-on-system')).toEqual([
      expect.objectContaining({
        id: 'huyen-bao-cao-kinh-te-xa-hoi',
        tier: 'district',
        operator: '>=',
        threshold: 100,
        source: 'III.1, ý 6',
      }),
    ]);
  });

  // III.1 ý 7 "Các doanh nghiệp công nghệ thông tin phát huy thế mạnh của doanh nghiệp ký kết hợp tác, cung cấp thiết bị, phần mềm …"
  it('has a qualitative criterion for IT enterprises', () => {
    expect(criterion('doanh-nghiep-cntt-ho-tro')).toMatchObject({
      tier: 'enterprise',
      kind: 'qualitative',
      recipient: 'collective',
      source: 'III.1, ý 7',
    });
    expect(criterion('doanh-nghiep-cntt-ho-tro')?.text).toMatch(
      /^Các doanh nghiệp công nghệ thông tin phát huy thế mạnh/,
    );
  });

  // III.2 ý 1 "Cán bộ, công chức, người lao động … có nhiều sáng kiến, giải pháp hữu ích"; ý 2 "Đối tượng khác (doanh nhân, trí thức, nhà khoa học...)"
  it('has qualitative criteria for individuals', () => {
    expect(criterion('can-bo-sang-kien-giai-phap')).toMatchObject({
      tier: 'official',
      kind: 'qualitative',
      recipient: 'individual',
      source: 'III.2, ý 1',
    });
    expect(criterion('doi-tuong-khac-dong-gop')).toMatchObject({
      tier: 'citizen',
      kind: 'qualitative',
      recipient: 'individual',
      source: 'III.2, ý 2',
    });
    expect(criterion('doi-tuong-khac-dong-gop')?.text).toBe(
      'Đối tượng khác (doanh nhân, trí thức, nhà khoa học...) có nhiều đóng góp công sức trí tuệ, vật chất, sáng kiến vào chuyển đổi số của tỉnh Bắc Kạn.',
    );
  });

  // III: 7 collective points (17 criteria over the tiers) and 2 individual points; numeric ones (ý 3–6) on catalogue ids, no DTI or rank criterion
  it('maps every numeric criterion to the national catalogue', () => {
    expect(m.criteria).toHaveLength(19);
    const numeric = m.criteria.filter((c) => c.kind !== 'qualitative');
    expect(numeric).toHaveLength(10);
    for (const c of numeric) expect(findIndicator(c.indicator!), c.id).toBeDefined();
    expect(m.criteria.some((c) => c.kind === 'rank' || c.indicator?.startsWith('dti-'))).toBe(false);
  });

  // I.1 "phấn đấu đến năm 2025, Bắc Kạn nằm trong nhóm có kết quả xếp hạng trung bình về chuyển đổi số" — no figure
  it('declares no target, as the plan gives none with a figure', () => {
    expect(m.targets).toEqual([]);
  });

  // IV.2.1 "Thành phần hồ sơ đề nghị khen thưởng (01 bộ bản chính) … Tờ trình …; Biên bản họp xét …; Báo cáo thành tích … (mẫu số 07 … Nghị định số 91/2017/NĐ-CP)"
  it('asks for one original set of three documents for Bằng khen', () => {
    expect(m.dossier).toHaveLength(1);
    expect(m.dossier[0]?.awardFormIds).toEqual(['bang-khen-ubnd-tinh']);
    expect(m.dossier[0]?.documents.map((d) => [d.type, d.copies])).toEqual([
      ['submission-letter', 1],
      ['council-minutes', 1],
      ['achievement-report', 1],
    ]);
    expect(m.dossier[0]?.documents[2]?.form).toContain(
      'Mẫu số 07 ban hành kèm theo Nghị định số 91/2017/NĐ-CP ngày 31/7/2017',
    );
    expect(m.dossier[0]?.documents[2]?.form).toContain('Nghị định số 98/2023/NĐ-CP');
  });

  // IV.2.1 "lập hồ sơ … gửi về Sở Thông tin và Truyền thông … thẩm định, lựa chọn … trình Chủ tịch UBND tỉnh khen thưởng (gửi Sở Nội vụ
  // qua Trung tâm Phục vụ hành chính công tỉnh Bắc Kạn)"; V.2 Sở Nội vụ (Ban Thi đua - Khen thưởng) "thẩm định hồ sơ"
  it('routes Bằng khen nominations unit → Sở TT&TT → Sở Nội vụ → Chủ tịch UBND tỉnh', () => {
    expect(m.workflow.steps.slice(0, 4).map((s) => [s.role, s.source])).toEqual([
      ['nominating-unit', 'IV.2.1'],
      ['information-department', 'IV.2.1; V.1'],
      ['home-affairs', 'V.2'],
      ['chairman', 'IV.2.1; V.1'],
    ]);
    expect(m.workflow.steps[1]?.does).toContain('gửi Sở Nội vụ qua Trung tâm Phục vụ hành chính công tỉnh Bắc Kạn');
    expect(m.workflow.steps[2]?.actor).toBe('Sở Nội vụ (Ban Thi đua - Khen thưởng)');
  });

  // V.5 "Định kỳ hàng năm tất cả các cơ quan, đơn vị, doanh nghiệp, địa phương gửi báo cáo … về Sở Thông tin và Truyền thông trước ngày 15/12"
  it('has the yearly report due 15/12 to Sở Thông tin và Truyền thông', () => {
    expect(m.workflow.reportDeadlines).toEqual([
      expect.objectContaining({ everyYear: '12-15', to: 'Sở Thông tin và Truyền thông', source: 'V.5' }),
    ]);
    expect(m.workflow.reportDeadlines[0]?.date).toBeUndefined();
  });

  it('records the discrepancies of the plan', () => {
    const at = (source: string) =>
      m.notes
        .filter((x) => x.source.includes(source))
        .map((x) => x.text)
        .join('\n');
    expect(at('Phần mở đầu')).toContain('Số: 635 /KH-UBND');
    expect(at('III.1, ý 5')).toContain('dữ liệu dung (LGSP)');
    expect(at('IV.2.1')).toContain('Nghị định số 98/2023/NĐ-CP');
    expect(at('IV.2.1')).toContain('khoản 1, mục III');
    expect(at('II.1.2; III.2')).toContain('thiếu "viên chức"');
    expect(at('IV.1')).toContain('khen thưởng toàn diện hằng năm');
    expect(at('V.5')).toContain('Đề nghị Ủy ban Mặt trận Tổ quốc');
    expect(at('V.2')).toContain('đột xuất');
    expect(at('II.1; III.1; V.1')).toContain('Thái Nguyên');
  });

  // Ngoài Kế hoạch: Nghị quyết 202/2025/QH15 — the province merged on 01/7/2025, declared for national comparison.
  it('declares the 2025 merger from the National Assembly resolution, not from the plan', () => {
    expect(m.mergedInto).toMatchObject({ slug: 'thai-nguyen', date: '2025-07-01' });
    expect(m.mergedInto?.source).toContain('202/2025/QH15');
  });
});
