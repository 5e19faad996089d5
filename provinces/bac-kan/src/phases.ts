import type { ProvinceManifestInput } from '@thidua/domain';

type Phase = ProvinceManifestInput['phases'][number];
type Quota = ProvinceManifestInput['quotas'][number];

/** V.5 "Định kỳ hàng năm … gửi báo cáo kết quả thực hiện Phong trào thi đua … trước ngày 15/12": one phase a year. */
const ANNUAL_YEARS = [2022, 2023, 2024, 2025] as const;

const annual = (year: number): Phase => ({
  id: `nam-${year}`,
  kind: 'annual',
  name: `Khen thưởng hàng năm ${year}`,
  stageId: year <= 2023 ? 'giai-doan-1' : 'giai-doan-2',
  period: { from: `${year}-01-01`, to: `${year}-12-31` },
  periodText: `Hằng năm (năm ${year})`,
  reportDeadline: `${year}-12-15`,
  // IV.1 names no award form: the movement's results count in each unit's yearly comprehensive review (see notes).
  awardFormIds: [],
  source: 'IV.1; V.5',
});

/** The two review phases give Bằng khen Chủ tịch UBND tỉnh (IV.2.1) and Giấy khen by the head of unit (IV.2.2). */
const REVIEW_FORMS = ['bang-khen-ubnd-tinh', 'giay-khen'];

export const phases: ProvinceManifestInput['phases'] = [
  {
    id: 'phat-dong-2022',
    kind: 'launch',
    name: 'Ban hành Kế hoạch phát động, triển khai Phong trào thi đua',
    stageId: 'giai-doan-1',
    // "Năm 2022", from the day the plan was issued (10/10/2022; see notes).
    period: { from: '2022-10-10', to: '2022-12-31' },
    periodText:
      'Năm 2022: các cơ quan, đơn vị, địa phương ban hành Kế hoạch phát động, triển khai Phong trào thi đua trong phạm vi lĩnh vực, đối tượng phụ trách.',
    awardFormIds: [],
    source: 'II.3.1',
  },
  ...ANNUAL_YEARS.map(annual),
  {
    id: 'so-ket-2023',
    kind: 'interim-review',
    name: 'Sơ kết Phong trào thi đua',
    stageId: 'giai-doan-1',
    period: { from: '2023-10-01', to: '2023-12-31' },
    periodText: 'Sơ kết phong trào thi đua vào Quý IV năm 2023',
    awardFormIds: REVIEW_FORMS,
    source: 'II.3.1; IV.2',
  },
  {
    id: 'tong-ket-2025',
    kind: 'final-review',
    name: 'Tổng kết Phong trào thi đua',
    stageId: 'giai-doan-2',
    period: { from: '2025-10-01', to: '2025-12-31' },
    periodText: 'Tổng kết phong trào thi đua vào Quý IV năm 2025',
    awardFormIds: REVIEW_FORMS,
    source: 'II.3.2; IV.2',
  },
];

const giayKhen = (phaseId: string): Quota => ({
  phaseId,
  awardFormId: 'giay-khen',
  decidedByHead: true,
  text: 'Căn cứ vào tình hình thực tế và điều kiện cụ thể của cơ quan, đơn vị, địa phương, doanh nghiệp, hợp tác xã, người đứng đầu quy định về tiêu chuẩn xét tặng Giấy khen cho các tập thể, cá nhân có nhiều thành tích trong thực hiện Phong trào thi đua và khen thưởng theo thẩm quyền.',
  source: 'IV.2.2',
});

/** IV.2.1: separate caps on collectives and individuals for Bằng khen Chủ tịch UBND tỉnh; Giấy khen is left to the head. */
export const quotas: ProvinceManifestInput['quotas'] = [
  {
    phaseId: 'so-ket-2023',
    awardFormId: 'bang-khen-ubnd-tinh',
    maxCollectives: 15,
    maxIndividuals: 15,
    text: 'Sơ kết phong trào thi đua vào Quý IV năm 2023: Không quá 15 tập thể và 15 cá nhân.',
    source: 'IV.2.1',
  },
  giayKhen('so-ket-2023'),
  {
    phaseId: 'tong-ket-2025',
    awardFormId: 'bang-khen-ubnd-tinh',
    maxCollectives: 20,
    maxIndividuals: 25,
    text: 'Tổng kết phong trào thi đua vào Quý IV năm 2025: Không quá 20 tập thể và 25 cá nhân.',
    source: 'IV.2.1',
  },
  giayKhen('tong-ket-2025'),
];
