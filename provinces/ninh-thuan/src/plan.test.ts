import {
  checkQuota,
  EMPTY_USAGE,
  findIndicator,
  nominationWindow,
  parseManifest,
  phaseQuotaTotals,
} from '@thidua/domain';
import { describe, expect, it } from 'vitest';
import manifest from './index.js';

describe('Ninh Thuận: manifest against its plan', () => {
  const m = parseManifest(manifest, 'ninh-thuan');
  const phase = (id: string) => m.phases.find((p) => p.id === id);
  const criterion = (id: string) => m.criteria.find((c) => c.id === id);
  const quota = m.quotas.find((q) => q.phaseId === 'tong-ket-2023' && q.awardFormId === 'bang-khen-ubnd-tinh');

  it('is a valid manifest', () => {
    expect(m.slug).toBe('ninh-thuan');
    expect(m.name).toBe('Ninh Thuận');
    expect(m.authority).toBe('Ủy ban nhân dân tỉnh Ninh Thuận');
  });

  // Mở đầu: no "Số: …/KH-UBND" and no "Ninh Thuận, ngày … tháng … năm …"; phần ký "CHỦ TỊCH … Trần Quốc Nam"
  it('keeps the missing plan number and date as null, signed by chairman Trần Quốc Nam', () => {
    expect(m.plan.number).toBeNull();
    expect(m.plan.date).toBeNull();
    expect(m.plan.dateText).toBe('không ghi ngày (Kế hoạch năm 2023)');
    expect(m.plan.signer).toEqual({ name: 'Trần Quốc Nam', title: 'CHỦ TỊCH' });
  });

  // Phần căn cứ: "Quyết định số 749/QĐ-TTg ngày 03/6/2020 …; Nghị quyết số 09-NQ/TU, ngày 29/11/2021 …; Quyết định số 96/QĐ-UBND ngày 02/02/2022 …; Kế hoạch số 3420/KH-UBND ngày 05/8/2022 …"
  it('cites the four legal bases of the preamble', () => {
    const preamble = m.plan.legalBases.filter((b) => b.source === 'Phần căn cứ');
    expect(preamble.map((b) => b.ref)).toEqual([
      'Quyết định số 749/QĐ-TTg',
      'Nghị quyết số 09-NQ/TU',
      'Quyết định số 96/QĐ-UBND',
      'Kế hoạch số 3420/KH-UBND',
    ]);
    expect(preamble[2]?.title).toContain('Chương trình hành động số 59-CTr/BCSD ngày 27/01/2022');
    expect(preamble[3]?.title).toContain('ngày 05/8/2022');
  });

  // III "… Quyết định số 56/QĐ-UBND ngày 14/02/2023 …"; IV.4 "Hướng dẫn số 2730/HD-SNV ngày 06/9/2022 của Sở Nội vụ"
  it('cites the 2023 digital-transformation plan and the Sở Nội vụ guidance from the body', () => {
    expect(m.plan.legalBases.find((b) => b.ref === 'Quyết định số 56/QĐ-UBND')).toMatchObject({ source: 'III; V.1' });
    expect(m.plan.legalBases.find((b) => b.ref === 'Quyết định số 56/QĐ-UBND')?.title).toContain('ngày 14/02/2023');
    expect(m.plan.legalBases.find((b) => b.ref === 'Hướng dẫn số 2730/HD-SNV')).toMatchObject({ source: 'IV.4' });
    expect(m.plan.legalBases.find((b) => b.ref === 'Hướng dẫn số 2730/HD-SNV')?.title).toContain('ngày 06/9/2022');
  });

  // Tên Kế hoạch "Phát động phong trào thi đua Chuyển đổi số năm 2023"; II.1 "được triển khai trên phạm vi toàn tỉnh"
  it('runs one movement through 2023, without stages', () => {
    expect(m.movement.name).toBe('Chuyển đổi số năm 2023');
    expect(m.movement.span).toEqual({ from: '2023-01-01', to: '2023-12-31' });
    expect(m.movement.stages).toEqual([]);
  });

  // I.1 chủ đề hành động "Huy động mọi nguồn lực, tập trung phát triển dữ liệu số, số hóa quy trình; mỗi cơ quan, đơn vị, địa phương phấn đấu hoàn thành ít nhất một sản phẩm chuyển đổi số năm 2023"
  it('carries the action theme of 2023', () => {
    expect(m.movement.theme).toBe(
      'Huy động mọi nguồn lực, tập trung phát triển dữ liệu số, số hóa quy trình; mỗi cơ quan, đơn vị, địa phương phấn đấu hoàn thành ít nhất một sản phẩm chuyển đổi số năm 2023',
    );
  });

  // II.2 "Tập thể: Các Sở, ban, ngành, … Ủy ban nhân dân các huyện, thành phố, Ủy ban nhân dân cấp xã và các doanh nghiệp, các tổ chức hợp pháp khác … Cá nhân: Cá nhân thuộc cơ quan, đơn vị, địa phương, tổ chức nêu trên."
  it('lets five tiers compete, with no citizens or outsiders', () => {
    expect(m.tiers.map((t) => t.tier)).toEqual(['provincial-agency', 'district', 'commune', 'enterprise', 'official']);
    expect(m.tiers.find((t) => t.tier === 'district')?.text).toBe('Ủy ban nhân dân các huyện, thành phố');
    expect(m.tiers.find((t) => t.tier === 'official')?.text).toBe(
      'Cá nhân thuộc cơ quan, đơn vị, địa phương, tổ chức nêu trên',
    );
  });

  // V.4 "Thủ trưởng các tổ chức, đơn vị, địa phương căn cứ Kế hoạch này …, xây dựng văn bản triển khai tổ chức thực hiện hưởng ứng Phong trào thi đua Chuyển đổi số năm 2023" (no date)
  it('launches within 2023 with no deadline and no award', () => {
    expect(phase('phat-dong-2023')).toMatchObject({
      kind: 'launch',
      period: { from: '2023-01-01', to: '2023-12-31' },
      awardFormIds: [],
      source: 'V.4',
    });
    expect(phase('phat-dong-2023')?.nominationDeadline).toBeUndefined();
    expect(phase('phat-dong-2023')?.reportDeadline).toBeUndefined();
  });

  // IV.4 "… trình Chủ tịch Ủy ban nhân dân tỉnh (thông qua Sở Nội vụ) trước ngày 15/12/2023 để xem xét khen thưởng."
  it('awards in 2023 with dossiers due 15/12/2023', () => {
    expect(phase('tong-ket-2023')).toMatchObject({
      kind: 'final-review',
      period: { from: '2023-01-01', to: '2023-12-31' },
      nominationDeadline: '2023-12-15',
      reportDeadline: '2023-12-15',
      awardFormIds: ['bang-khen-ubnd-tinh'],
    });
    expect(nominationWindow(phase('tong-ket-2023')!, '2023-12-15')).toEqual({ open: true, closes: '2023-12-15' });
    expect(nominationWindow(phase('tong-ket-2023')!, '2023-12-16')).toMatchObject({ open: false, reason: 'closed' });
  });

  // I.2 "đánh giá định kỳ 6 tháng, sơ kết, tổng kết" — no date and no award for an interim review
  it('declares only the launch and the 2023 award phase', () => {
    expect(m.phases.map((p) => [p.id, p.kind])).toEqual([
      ['phat-dong-2023', 'launch'],
      ['tong-ket-2023', 'final-review'],
    ]);
  });

  // IV.1 "Hình thức khen thưởng: Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh."; IV.2 "cho các tập thể và cá nhân"
  it('gives one award form, the chairman’s Bằng khen, to collectives and individuals', () => {
    expect(m.awardForms).toEqual([
      expect.objectContaining({
        id: 'bang-khen-ubnd-tinh',
        name: 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh',
        conferredBy: 'Chủ tịch Ủy ban nhân dân tỉnh',
        level: 'province',
        recipients: ['collective', 'individual'],
      }),
    ]);
    expect(m.awardForms[0]?.tiers).toBeUndefined();
  });

  // IV.3 "Số lượng khen thưởng: Không quá 05 tập thể, 07 cá nhân."
  it('caps the Bằng khen at 05 collectives and 07 individuals, with no combined or per-unit cap', () => {
    expect(m.quotas).toHaveLength(1);
    expect(quota).toMatchObject({ maxCollectives: 5, maxIndividuals: 7, source: 'IV.3' });
    expect(quota?.maxCombined).toBeUndefined();
    expect(quota?.perNominatingUnit).toBeUndefined();
    expect(quota?.decidedByHead).toBeUndefined();
    const totals = phaseQuotaTotals(m, phase('tong-ket-2023')!);
    expect([totals.collectives.value, totals.individuals.value, totals.combined.value]).toEqual([5, 7, 12]);
  });

  // IV.3 "Không quá 05 tập thể": the sixth collective is refused, a seventh individual is still accepted
  it('refuses a sixth collective and an eighth individual', () => {
    const usage = { ...EMPTY_USAGE, collectives: 5, individuals: 6 };
    expect(checkQuota(quota, usage, 'collective')).toEqual({ ok: false, reason: 'collectives', limit: 5 });
    expect(checkQuota(quota, usage, 'individual')).toEqual({ ok: true });
    expect(checkQuota(quota, { ...usage, individuals: 7 }, 'individual')).toEqual({
      ok: false,
      reason: 'individuals',
      limit: 7,
    });
  });

  // IV.4 "Thủ tục, hồ sơ đề nghị khen thưởng thực hiện theo quy định tại Hướng dẫn số 2730/HD-SNV …"; "Số lượng hồ sơ khen thưởng: 01 bộ."
  it('asks one set of the dossier defined by Hướng dẫn 2730/HD-SNV, without inventing its documents', () => {
    const general = m.dossier.find((d) => !d.recipient);
    expect(general?.documents).toEqual([expect.objectContaining({ type: 'other', copies: 1, source: 'IV.4' })]);
    expect(general?.documents[0]?.name).toContain('Hướng dẫn số 2730/HD-SNV ngày 06/9/2022');
    expect(m.dossier.flatMap((d) => d.documents).some((x) => x.form !== undefined)).toBe(false);
  });

  // IV.4 "(đối với tập thể cần có Kế hoạch phát động hoặc văn bản triển khai thực hiện Phong trào thi đua Chuyển đổi số năm 2023 và Báo cáo kết quả thực hiện phong trào thi đua Chuyển đổi số năm 2023)"
  it('asks collectives for their launch plan and their 2023 results report', () => {
    const collective = m.dossier.find((d) => d.recipient === 'collective');
    expect(collective?.awardFormIds).toEqual(['bang-khen-ubnd-tinh']);
    expect(collective?.documents.map((d) => [d.type, d.name, d.copies])).toEqual([
      [
        'launch-plan',
        'Kế hoạch phát động hoặc văn bản triển khai thực hiện Phong trào thi đua Chuyển đổi số năm 2023',
        1,
      ],
      ['results-report', 'Báo cáo kết quả thực hiện phong trào thi đua Chuyển đổi số năm 2023', 1],
    ]);
    expect(m.dossier.some((d) => d.recipient === 'individual')).toBe(false);
  });

  // III "Triển khai thực hiện tốt nhiệm vụ được giao theo Kế hoạch chuyển đổi số tỉnh Ninh Thuận năm 2023 ban hành kèm theo Quyết định số 56/QĐ-UBND …"
  it('asks every state tier to carry out its tasks under QĐ 56/QĐ-UBND', () => {
    for (const id of ['tinh-nhiem-vu-kh-cds-2023', 'huyen-nhiem-vu-kh-cds-2023', 'xa-nhiem-vu-kh-cds-2023']) {
      expect(criterion(id)).toMatchObject({ kind: 'qualitative', recipient: 'collective', source: 'III' });
      expect(criterion(id)?.text).toContain('Quyết định số 56/QĐ-UBND ngày 14/02/2023');
    }
  });

  // III "Đảm bảo 100% văn bản điện tử gửi, nhận giữa các cơ quan hành chính Nhà nước các cấp được ký số thay thế văn bản giấy (trừ văn bản mật)."
  it('asks 100% of e-documents digitally signed', () => {
    expect(criterion('huyen-van-ban-ky-so')).toMatchObject({
      tier: 'district',
      kind: 'threshold',
      indicator: 'e-documents-signed',
      operator: '>=',
      threshold: 100,
      unit: '%',
      source: 'III',
    });
    expect(criterion('huyen-van-ban-ky-so')?.text).toBe(
      'Đảm bảo 100% văn bản điện tử gửi, nhận giữa các cơ quan hành chính Nhà nước các cấp được ký số thay thế văn bản giấy (trừ văn bản mật).',
    );
  });

  // III "Đẩy mạnh ứng dụng hệ thống điện tử lãnh đạo, quản lý, điều hành, giám sát công việc; ứng dụng Chữ ký số …"
  it('keeps the non-numeric clause of the first bullet as a qualitative criterion', () => {
    expect(criterion('tinh-ung-dung-he-thong-dien-tu')).toMatchObject({
      kind: 'qualitative',
      tier: 'provincial-agency',
    });
    expect(criterion('tinh-ung-dung-he-thong-dien-tu')?.text).toMatch(/^Đẩy mạnh ứng dụng hệ thống điện tử lãnh đạo/);
  });

  // III "100% dịch vụ công trực tuyến được triển khai trên nhiều nền tảng truy cập khác nhau, bao gồm cả thiết bị di động."
  it('asks 100% of online services on several devices', () => {
    expect(criterion('xa-dvc-nhieu-nen-tang')).toMatchObject({
      tier: 'commune',
      indicator: 'online-services-multi-device',
      operator: '>=',
      threshold: 100,
    });
  });

  // III "Tỷ lệ dịch vụ công trực tuyến phát sinh hồ sơ đạt 75%"
  it('asks 75% of online services to receive dossiers', () => {
    expect(criterion('tinh-dvc-phat-sinh-ho-so')).toMatchObject({
      indicator: 'online-services-with-dossiers',
      operator: '>=',
      threshold: 75,
    });
    expect(criterion('tinh-dvc-phat-sinh-ho-so')?.text).toBe('Tỷ lệ dịch vụ công trực tuyến phát sinh hồ sơ đạt 75%');
  });

  // III "Tỷ lệ hồ sơ thủ tục hành chính (TTHC) được tiếp nhận, xử lý trực tuyến đạt: đối cấp tỉnh, cấp huyện đạt tối thiểu 75%, riêng đối với cấp xã đạt tối thiểu 50%."
  it('asks 75% of procedure dossiers online of provincial agencies and districts, 50% of communes', () => {
    expect(criterion('tinh-ho-so-tthc-truc-tuyen')).toMatchObject({
      tier: 'provincial-agency',
      indicator: 'procedure-dossiers-online.province',
      operator: '>=',
      threshold: 75,
    });
    expect(criterion('huyen-ho-so-tthc-truc-tuyen')).toMatchObject({
      tier: 'district',
      indicator: 'procedure-dossiers-online.district',
      operator: '>=',
      threshold: 75,
    });
    expect(criterion('xa-ho-so-tthc-truc-tuyen')).toMatchObject({
      tier: 'commune',
      indicator: 'procedure-dossiers-online.commune',
      operator: '>=',
      threshold: 50,
    });
  });

  // III "95% báo cáo định kỳ, báo cáo thống kê về kinh tế - xã hội … được thực hiện qua hệ thống báo cáo điện tử của tỉnh"
  it('asks 95% of periodic reports on the provincial reporting system', () => {
    expect(criterion('huyen-bao-cao-dien-tu')).toMatchObject({
      indicator: 'reports-on-system',
      operator: '>=',
      threshold: 95,
    });
    expect(criterion('huyen-bao-cao-dien-tu')?.text).toContain('Hệ thống thông tin báo cáo Chính phủ');
  });

  // III "100% Cổng/Trang thông tin điện tử các Sở, ban, ngành và địa phương công khai thông tin đầy đủ theo quy định tại Nghị định số 42/2022/NĐ-CP …"
  it('asks 100% of portals to disclose what Nghị định 42/2022/NĐ-CP requires', () => {
    expect(criterion('tinh-cong-thong-tin')).toMatchObject({
      indicator: 'portals-disclosing',
      operator: '>=',
      threshold: 100,
    });
    expect(criterion('tinh-cong-thong-tin')?.text).toContain('Nghị định số 42/2022/NĐ-CP ngày 24/6/2022');
  });

  // III "Kết nối, liên thông các cơ sở dữ liệu quốc gia …; Tỷ lệ cơ quan nhà nước cung cấp dữ liệu mở đầy đủ theo danh mục đạt 50% (…)"
  it('asks 50% open data, and national database links as a qualitative criterion', () => {
    expect(criterion('xa-du-lieu-mo')).toMatchObject({
      indicator: 'open-data-agencies',
      operator: '>=',
      threshold: 50,
    });
    expect(criterion('xa-du-lieu-mo')?.text).toContain(
      '(không áp dụng đối với dữ liệu mật, tuyệt mật và dữ liệu phục vụ công tác quân sự, quốc phòng)',
    );
    expect(criterion('xa-ket-noi-csdl-quoc-gia')).toMatchObject({ kind: 'qualitative' });
    expect(criterion('xa-ket-noi-csdl-quoc-gia')?.text).toContain(
      'dân cư, đất đai, đăng ký doanh nghiệp, tài chính, bảo hiểm',
    );
  });

  // III: seven numeric clauses (one per level for TTHC) for each of the three state tiers, all on catalogue ids, no DTI, no rank
  it('maps every numeric criterion to the national catalogue', () => {
    const numeric = m.criteria.filter((c) => c.kind !== 'qualitative');
    for (const tier of ['provincial-agency', 'district', 'commune'])
      expect(numeric.filter((c) => c.tier === tier)).toHaveLength(7);
    expect(numeric).toHaveLength(21);
    for (const c of numeric) expect(findIndicator(c.indicator!), c.id).toBeDefined();
    expect(m.criteria.some((c) => c.kind === 'rank' || c.indicator?.startsWith('dti-'))).toBe(false);
  });

  // IV.2 "Việc xét khen thưởng cho các tập thể và cá nhân căn cứ vào kết quả thực hiện các nội dung và tiêu chí thi đua …"
  it('judges enterprises and individuals by the general standard of IV.2 only', () => {
    expect(m.criteria.filter((c) => c.tier === 'enterprise').map((c) => [c.id, c.kind, c.recipient])).toEqual([
      ['doanh-nghiep-tieu-chuan-khen-thuong', 'qualitative', 'collective'],
    ]);
    expect(m.criteria.filter((c) => c.tier === 'official').map((c) => [c.id, c.kind, c.recipient])).toEqual([
      ['ca-nhan-tieu-chuan-khen-thuong', 'qualitative', 'individual'],
    ]);
    expect(criterion('ca-nhan-tieu-chuan-khen-thuong')).toMatchObject({ source: 'IV.2' });
    expect(criterion('ca-nhan-tieu-chuan-khen-thuong')?.text).toMatch(
      /^Việc xét khen thưởng cho các tập thể và cá nhân/,
    );
  });

  // III figures read as the province's rates for 2023 ("đạt 75%", "đạt tối thiểu 50%")
  it('declares the III figures as 2023 targets', () => {
    expect(m.targets).toHaveLength(9);
    for (const t of m.targets) expect(t).toMatchObject({ year: 2023, operator: '>=', source: 'III' });
    expect(m.targets.find((t) => t.indicator === 'procedure-dossiers-online.commune')).toMatchObject({
      value: 50,
      level: 'commune',
    });
    expect(m.targets.find((t) => t.indicator === 'reports-on-system')).toMatchObject({ value: 95 });
    expect(m.targets.find((t) => t.indicator === 'open-data-agencies')?.value).toBe(50);
  });

  // IV.4 "gửi về Sở Thông tin và Truyền thông (cơ quan thường trực Ban Điều hành Chuyển đổi số tỉnh) tổng hợp chung trình Chủ tịch Ủy ban nhân dân tỉnh (thông qua Sở Nội vụ)"; V.2 "Phối hợp với Sở Thông tin và Truyền thông đề xuất khen thưởng …"
  it('routes nominations unit → Sở Thông tin và Truyền thông → Sở Nội vụ → Chủ tịch UBND tỉnh', () => {
    expect(m.workflow.steps.slice(0, 4).map((s) => [s.role, s.actor])).toEqual([
      ['nominating-unit', 'Thủ trưởng các tổ chức, đơn vị, địa phương'],
      ['information-department', 'Sở Thông tin và Truyền thông (cơ quan thường trực Ban Điều hành Chuyển đổi số tỉnh)'],
      ['home-affairs', 'Sở Nội vụ'],
      ['chairman', 'Chủ tịch Ủy ban nhân dân tỉnh'],
    ]);
    expect(m.workflow.steps[1]?.does).toContain('trước ngày 15/12/2023');
  });

  // V.1 "Tổng hợp, tham mưu Ủy ban nhân dân tỉnh báo cáo kết quả thực hiện nhiệm vụ chuyển đổi số và tình hình hưởng ứng Phong trào thi đua Chuyển đổi số năm 2023 trước ngày 15/12/2023."
  it('has one report deadline, 15/12/2023, to the provincial People’s Committee', () => {
    expect(m.workflow.reportDeadlines).toEqual([expect.objectContaining({ date: '2023-12-15', source: 'V.1' })]);
    expect(m.workflow.reportDeadlines[0]?.everyYear).toBeUndefined();
    expect(m.workflow.reportDeadlines[0]?.to).toContain('Ủy ban nhân dân tỉnh');
  });

  it('records the discrepancies and typos of the plan', () => {
    const at = (source: string) =>
      m.notes
        .filter((x) => x.source.includes(source))
        .map((x) => x.text)
        .join('\n');
    expect(at('Phần mở đầu')).toContain('"Ủy ban nhân dân tỉnh tỉnh Ninh Thuận');
    expect(at('Phần mở đầu')).toContain('Quyết định số 56/QĐ-UBND ngày 14/02/2023');
    expect(at('I.2')).toContain('"đôn đốc"');
    expect(at('III')).toContain('thiếu chữ "với"');
    expect(at('Nơi nhận')).toContain('"Cổng TTĐT tỉnh"');
    expect(at('IV.4')).toContain('trước ngày 15/12/2023');
    expect(at('IV.4')).toContain('Nghị định số 98/2023/NĐ-CP');
    expect(at('IV.3')).toContain('Không quá 05 tập thể, 07 cá nhân');
    expect(at('II.2; V.1')).toContain('Nghị quyết số 202/2025/QH15');
    for (const n of m.notes) expect(n.source).not.toBe('');
  });

  // Ngoài Kế hoạch: Nghị quyết 202/2025/QH15 — the province merged on 01/7/2025, declared for national comparison.
  it('declares the 2025 merger from the National Assembly resolution, not from the plan', () => {
    expect(m.mergedInto).toMatchObject({ slug: 'khanh-hoa', date: '2025-07-01' });
    expect(m.mergedInto?.source).toContain('202/2025/QH15');
  });
});
