import type { ProvinceManifest } from '@thidua/domain';
import { vietnameseDate } from './format.js';
import type { LegalBasis } from './models.js';

/**
 * Decrees on emulation and commendation that have been replaced. Luật Thi đua, khen thưởng 2022 took effect on
 * 01/01/2024 with Nghị định 98/2023/NĐ-CP, which replaced Nghị định 91/2017/NĐ-CP (and its forms, such as the
 * "Mẫu số 07" achievement report older plans cite).
 */
export const OUTDATED_DECREES: { ref: RegExp; cited: string; replacedBy: string; from: string }[] = [
  {
    ref: /91\/2017\/NĐ-CP/,
    cited: 'Nghị định số 91/2017/NĐ-CP',
    replacedBy: 'Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ',
    from: '2024-01-01',
  },
];

/** A sentence saying the citation is outdated on that date, or null. */
export function outdatedNote(citation: string, onDate: string): string | null {
  const hit = OUTDATED_DECREES.find((d) => d.ref.test(citation) && onDate >= d.from);
  return hit
    ? `Lưu ý: kế hoạch dẫn ${hit.cited}, văn bản này đã được thay thế bởi ${hit.replacedBy}; hồ sơ lập theo quy định hiện hành.`
    : null;
}

/** The emulation law and decree in force on a date. */
function emulationLaw(onDate: string): LegalBasis[] {
  if (onDate >= '2024-01-01') {
    return [
      { text: 'Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022' },
      {
        text: 'Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng',
      },
    ];
  }
  return [
    {
      text: 'Luật Thi đua, khen thưởng ngày 26 tháng 11 năm 2003; Luật sửa đổi, bổ sung một số điều của Luật Thi đua, khen thưởng ngày 14 tháng 6 năm 2005 và ngày 16 tháng 11 năm 2013',
    },
    {
      text: 'Nghị định số 91/2017/NĐ-CP ngày 31 tháng 7 năm 2017 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng',
    },
  ];
}

/** "Kế hoạch số 635/KH-UBND ngày 10 tháng 10 năm 2022 của Ủy ban nhân dân tỉnh … phát động Phong trào thi đua “…”" */
export function planReference(m: ProvinceManifest): string {
  const number = m.plan.number ? ` số ${m.plan.number}` : '';
  const date = m.plan.date ? ` ${vietnameseDate(m.plan.date)}` : m.plan.dateText ? ` (${m.plan.dateText})` : '';
  return `Kế hoạch${number}${date} của ${m.plan.issuer} phát động Phong trào thi đua “${m.movement.name}”`;
}

/** A plan's basis on emulation and commendation itself: the law and decree in force are cited instead. */
const EMULATION_LAW = /Thi đua,? khen thưởng|\d+\/20\d\d\/NĐ-CP.*thi đua/i;

/**
 * Legal bases of a document issued on a date under a province's plan: the emulation law and decree in force, the
 * other bases the plan cites, and the plan. A replaced decree the plan cited gives way to the one in force (an
 * official decision cites, it does not comment; the achievement report says so with `outdatedNote`).
 */
export function legalBasesFor(m: ProvinceManifest, onDate: string): LegalBasis[] {
  const cited = m.plan.legalBases.map((b) => (b.title ? `${b.ref} ${b.title}` : b.ref));
  const law = emulationLaw(onDate);
  const others = cited
    .filter((c) => !EMULATION_LAW.test(c) && !OUTDATED_DECREES.some((d) => d.ref.test(c)))
    .map((text) => ({ text }));
  return [...law, ...others, { text: planReference(m) }];
}
