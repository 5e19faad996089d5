import type { ProvinceManifestInput } from '@thidua/domain';

type Phase = ProvinceManifestInput['phases'][number];
type Quota = ProvinceManifestInput['quotas'][number];

/** Annual awards (IV.2): "Hằng năm" — one phase per year from the launch year 2022 to 2030 (see notes on 2021). */
const ANNUAL_YEARS = [2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030] as const;

const annual = (year: number): Phase => ({
  id: `nam-${year}`,
  kind: 'annual',
  name: `Khen thưởng hằng năm ${year}`,
  // 2025 lies in both stages as written (V.1, V.2); its awards belong to stage 1, whose final review is in 2025.
  stageId: year <= 2025 ? 'giai-doan-1' : 'giai-doan-2',
  period: { from: `${year}-01-01`, to: `${year}-12-31` },
  periodText: `Hằng năm (năm ${year})`,
  awardFormIds: ['giay-khen'],
  source: 'IV.2; III.6',
});

export const phases: ProvinceManifestInput['phases'] = [
  {
    id: 'phat-dong-2022',
    kind: 'launch',
    name: 'Ban hành Kế hoạch và tổ chức phát động phong trào thi đua',
    stageId: 'giai-doan-1',
    period: { from: '2022-07-01', to: '2022-09-30' },
    periodText:
      'Năm 2022, ban hành Kế hoạch và tổ chức phát động phong trào thi đua … Hoàn thành việc phát động trong quý III năm 2022.',
    awardFormIds: [],
    source: 'V.1',
  },
  ...ANNUAL_YEARS.map(annual),
  {
    id: 'so-ket-2023',
    kind: 'interim-review',
    name: 'Sơ kết phong trào thi đua',
    stageId: 'giai-doan-1',
    period: { from: '2023-01-01', to: '2023-12-31' },
    periodText: 'Căn cứ tình hình thực tế, tổ chức sơ kết để đánh giá kết quả thực hiện vào năm 2023',
    // Section IV gives no award form for the interim review.
    awardFormIds: [],
    source: 'V.1',
  },
  {
    id: 'tong-ket-2025',
    kind: 'final-review',
    name: 'Tổng kết giai đoạn 2021 - 2025',
    stageId: 'giai-doan-1',
    period: { from: '2025-01-01', to: '2025-12-31' },
    periodText: 'tổ chức tổng kết trong năm 2025',
    awardFormIds: ['huan-chuong-lao-dong', 'bang-khen-thu-tuong', 'bang-khen-ubnd-tinh', 'giay-khen'],
    source: 'V.1; IV.3',
  },
  {
    id: 'tong-ket-2030',
    kind: 'final-review',
    name: 'Tổng kết giai đoạn 2',
    stageId: 'giai-doan-2',
    period: { from: '2030-01-01', to: '2030-12-31' },
    periodText: 'tiếp tục triển khai giai đoạn 2 của phong trào thi đua và tổng kết vào năm 2030',
    // The plan sets no award forms, criteria or quotas for stage 2.
    awardFormIds: [],
    source: 'V.2',
  },
];

/**
 * The plan sets no number for Huân chương Lao động, Bằng khen Thủ tướng or Bằng khen Chủ tịch UBND tỉnh: those
 * have no quota (shown as "không quy định"). Giấy khen is left to each unit.
 */
export const quotas: ProvinceManifestInput['quotas'] = [
  ...ANNUAL_YEARS.map((year): Quota => ({
    phaseId: `nam-${year}`,
    awardFormId: 'giay-khen',
    decidedByHead: true,
    text: 'Hằng năm, các cơ quan, tổ chức, đơn vị tổ chức đánh giá tình hình thực hiện Phong trào thi đua chuyển đổi số tại cơ quan, đơn vị mình để thực hiện việc khen thưởng các tổ chức, cá nhân theo thẩm quyền.',
    source: 'IV.2',
  })),
  {
    phaseId: 'tong-ket-2025',
    awardFormId: 'giay-khen',
    decidedByHead: true,
    text: 'Giấy khen của Thủ trưởng cơ quan, tổ chức, đơn vị do các cơ quan, tổ chức, đơn vị quy định cụ thể.',
    source: 'IV.3.1.c',
  },
];
