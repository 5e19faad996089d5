import type { ProvinceManifestInput } from '@thidua/domain';

type Phase = ProvinceManifestInput['phases'][number];
type Quota = ProvinceManifestInput['quotas'][number];

/**
 * IV.3.1 "Khen thưởng hàng năm": one phase per year of the movement, 2023–2030, review years included (see notes).
 * The yearly report "trước ngày 15/11" (V.8) is a workflow report deadline, not repeated on each phase.
 */
const ANNUAL_YEARS = [2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030] as const;

const annual = (year: number): Phase => ({
  id: `nam-${year}`,
  kind: 'annual',
  name: `Khen thưởng hàng năm ${year}`,
  stageId: year <= 2025 ? 'giai-doan-1' : 'giai-doan-2',
  period: { from: `${year}-01-01`, to: `${year}-12-31` },
  periodText: `Khen thưởng hàng năm (năm ${year})`,
  awardFormIds: ['bang-khen-ubnd-tinh', 'giay-khen'],
  source: 'IV.3.1',
});

export const phases: ProvinceManifestInput['phases'] = [
  {
    id: 'phat-dong-2023',
    kind: 'launch',
    name: 'Ban hành Kế hoạch phát động và tổ chức triển khai thực hiện',
    stageId: 'giai-doan-1',
    // From the plan's date to the deadline by which every unit issues its own plan.
    period: { from: '2023-05-26', to: '2023-09-30' },
    periodText:
      'Ban hành Kế hoạch phát động và tổ chức triển khai thực hiện … (hoàn thành ban hành Kế hoạch chậm nhất quý III//2023); gửi Kế hoạch về UBND tỉnh, Sở Thông tin và Truyền thông, Sở Nội vụ',
    // The units' own plans are due then (V.2); kept here rather than in workflow.reportDeadlines (yearly reports).
    reportDeadline: '2023-09-30',
    awardFormIds: [],
    source: 'II.4; V.2',
  },
  ...ANNUAL_YEARS.map(annual),
  {
    id: 'so-ket-2025',
    kind: 'interim-review',
    name: 'Sơ kết giai đoạn I (2023-2025)',
    stageId: 'giai-doan-1',
    period: { from: '2025-10-01', to: '2025-12-31' },
    periodText: 'căn cứ tình hình thực tiễn, UBND tỉnh tiến hành sơ kết, đánh giá rút kinh nghiệm vào quý IV năm 2025',
    awardFormIds: ['bang-khen-ubnd-tinh', 'giay-khen'],
    source: 'II.4; IV.3.2',
  },
  {
    id: 'tong-ket-2030',
    kind: 'final-review',
    name: 'Tổng kết giai đoạn II (2026 - 2030)',
    stageId: 'giai-doan-2',
    period: { from: '2030-10-01', to: '2030-12-31' },
    periodText: 'tổng kết vào quý IV/2030',
    awardFormIds: ['huan-chuong-lao-dong-hang-ba', 'bang-khen-thu-tuong', 'bang-khen-ubnd-tinh', 'giay-khen'],
    source: 'II.4; IV.3.3',
  },
];

const UNIT_AWARDS =
  'Căn cứ vào kết quả thực hiện Phong trào thi đua và thành tích đạt được của tập thể, cá nhân các cơ quan, đơn vị, địa phương xác định chỉ tiêu, xét khen thưởng theo thẩm quyền.';

/** IV.3: no number for Huân chương Lao động hạng Ba or Bằng khen Thủ tướng ("sau khi thống nhất với Ban Thi đua, khen thưởng Trung ương"). */
export const quotas: ProvinceManifestInput['quotas'] = [
  ...ANNUAL_YEARS.flatMap((year): Quota[] => [
    {
      phaseId: `nam-${year}`,
      awardFormId: 'bang-khen-ubnd-tinh',
      maxCombined: 5,
      text: 'trình Chủ tịch UBND tỉnh tặng Bằng khen cho tối đa không quá 05 tập thể, cá nhân có thể là cơ quan, đơn vị, địa phương hoặc tập thể, cá nhân thuộc cơ quan, đơn vị, địa phương trực tiếp tham mưu triển khai thực hiện',
      source: 'IV.3.1',
    },
    {
      phaseId: `nam-${year}`,
      awardFormId: 'giay-khen',
      decidedByHead: true,
      text: 'Các cơ quan, đơn vị, địa phương căn cứ vào kết quả thực hiện Phong trào thi đua và thành tích đạt được của tập thể, cá nhân, xác định chỉ tiêu, xem xét khen thưởng theo thẩm quyền.',
      source: 'IV.3.1',
    },
  ]),
  {
    phaseId: 'so-ket-2025',
    awardFormId: 'bang-khen-ubnd-tinh',
    maxCollectives: 5,
    maxIndividuals: 5,
    text: 'đề xuất khen thưởng cho tối đa không quá 05 tập thể tiêu biểu dẫn đầu Phong trào thi đua và 05 cá nhân cá nhân tiêu biểu xuất sắc trong lãnh đạo, chỉ đạo hoặc trực tiếp tham mưu triển khai thực hiện chuyển đổi số',
    source: 'IV.3.2',
  },
  { phaseId: 'so-ket-2025', awardFormId: 'giay-khen', decidedByHead: true, text: UNIT_AWARDS, source: 'IV.3.2' },
  {
    phaseId: 'tong-ket-2030',
    awardFormId: 'bang-khen-ubnd-tinh',
    maxCollectives: 10,
    maxIndividuals: 10,
    text: 'đề xuất khen thưởng cho tối đa không quá 10 tập thể tiêu biểu dẫn đầu Phong trào thi đua và 10 cá nhân tiêu biểu xuất sắc trong lãnh đạo, chỉ đạo hoặc trực tiếp tham mưu triển khai thực hiện chuyển đổi số',
    source: 'IV.3.3',
  },
  { phaseId: 'tong-ket-2030', awardFormId: 'giay-khen', decidedByHead: true, text: UNIT_AWARDS, source: 'IV.3.3' },
];
