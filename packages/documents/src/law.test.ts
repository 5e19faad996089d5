import type { ProvinceManifest } from '@thidua/domain';
import { describe, expect, it } from 'vitest';
import { formReference, legalBasesFor, outdatedNote, planReference } from './law.js';

const manifest = (legalBases: { ref: string; title?: string }[], plan: Partial<ProvinceManifest['plan']> = {}) =>
  ({
    movement: { name: 'Chuyển đổi số giai đoạn 2022 - 2025' },
    plan: {
      number: '635/KH-UBND',
      date: '2022-10-10',
      issuer: 'Ủy ban nhân dân tỉnh Thử Nghiệm',
      legalBases: legalBases.map((b) => ({ ...b, source: 'căn cứ' })),
      source: 'đầu',
      ...plan,
    },
  }) as unknown as ProvinceManifest;

describe('legal bases', () => {
  it("cites the law and decree in force on the date, the plan's other bases, then the plan", () => {
    const bases = legalBasesFor(
      manifest([
        { ref: 'Luật Thi đua, khen thưởng năm 2003' },
        { ref: 'Quyết định số 749/QĐ-TTg', title: 'phê duyệt Chương trình Chuyển đổi số quốc gia' },
        {
          ref: 'Quyết định số 676/QĐ-UBND',
          title: 'Quyết định số 676/QĐ-UBND ngày 26/4/2022 của UBND tỉnh về việc phê duyệt Đề án chuyển đổi số',
        },
      ]),
      '2024-09-05',
    );
    expect(bases.map((b) => b.text)).toEqual([
      'Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022',
      'Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng',
      'Quyết định số 749/QĐ-TTg phê duyệt Chương trình Chuyển đổi số quốc gia',
      // The title names the instrument already: cited once, abbreviations spelled out.
      'Quyết định số 676/QĐ-UBND ngày 26/4/2022 của Ủy ban nhân dân tỉnh về việc phê duyệt Đề án chuyển đổi số',
      'Kế hoạch số 635/KH-UBND ngày 10 tháng 10 năm 2022 của Ủy ban nhân dân tỉnh Thử Nghiệm phát động Phong trào thi đua “Chuyển đổi số giai đoạn 2022 - 2025”',
    ]);
  });

  it('cites the decree in force where the plan cites Nghị định 91/2017, replaced from 01/01/2024, and says so apart', () => {
    const cited = 'Nghị định số 91/2017/NĐ-CP quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng';
    const bases = legalBasesFor(
      manifest([
        {
          ref: 'Nghị định số 91/2017/NĐ-CP',
          title: 'quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng',
        },
      ]),
      '2024-01-01',
    );
    expect(bases[1]!.text).toContain('Nghị định số 98/2023/NĐ-CP');
    expect(bases.some((b) => b.text.includes('91/2017'))).toBe(false);
    expect(outdatedNote(cited, '2024-01-01')).toMatch(
      /^Lưu ý: kế hoạch dẫn Nghị định số 91\/2017\/NĐ-CP, văn bản này đã được thay thế bởi Nghị định số 98\/2023\/NĐ-CP/,
    );
    // Before 2024 the old decree is the one in force: nothing to flag.
    expect(legalBasesFor(manifest([{ ref: 'Nghị định số 91/2017/NĐ-CP' }]), '2023-06-01')[1]).toEqual({
      text: expect.stringContaining('Nghị định số 91/2017/NĐ-CP ngày 31 tháng 7 năm 2017'),
    });
    expect(outdatedNote('Mẫu số 07 Nghị định 91/2017/NĐ-CP', '2023-12-31')).toBeNull();
  });

  it("keeps the plan's own words when it has no number or exact date", () => {
    expect(planReference(manifest([], { number: null, date: null, dateText: 'tháng 8/2022' }))).toBe(
      'Kế hoạch (tháng 8/2022) của Ủy ban nhân dân tỉnh Thử Nghiệm phát động Phong trào thi đua “Chuyển đổi số giai đoạn 2022 - 2025”',
    );
  });

  it('cites Nghị định 152/2025 and Luật 72/2025 from 01/7/2025 and nothing of them before', () => {
    const plan = manifest([
      { ref: 'Luật Tổ chức chính quyền địa phương ngày 19/6/2015' },
      {
        ref: 'Nghị định số 98/2023/NĐ-CP',
        title: 'quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng',
      },
    ]);
    const before = legalBasesFor(plan, '2025-06-30', { competence: true }).map((b) => b.text);
    const after = legalBasesFor(plan, '2025-07-01', { competence: true }).map((b) => b.text);
    expect(before.join('\n')).not.toMatch(/152\/2025|72\/2025/);
    expect(before).toContain(
      'Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng',
    );
    expect(after[0]).toBe('Luật Tổ chức chính quyền địa phương số 72/2025/QH15 ngày 16 tháng 6 năm 2025');
    expect(after[2]).toMatch(/^Nghị định số 152\/2025\/NĐ-CP ngày 14 tháng 6 năm 2025/);
    expect(after.join('\n')).not.toMatch(/98\/2023|năm 2015/);
    // Without `competence` (a unit's letter) the local-government law is not cited.
    expect(legalBasesFor(plan, '2025-07-01')[0]!.text).toMatch(/^Luật Thi đua, khen thưởng/);
  });

  it('prints a form number only where the table confirms it', () => {
    expect(formReference('achievement-report-collective', '2024-09-05')).toBe(
      'Mẫu số 02 tại Phụ lục ban hành kèm theo Nghị định số 98/2023/NĐ-CP',
    );
    expect(formReference('achievement-report-collective', '2025-07-01')).toBe(
      'Theo mẫu tại Phụ lục ban hành kèm theo Nghị định số 152/2025/NĐ-CP',
    );
  });
});
