import type { ProvinceManifestInput } from '@thidua/domain';

type Quota = ProvinceManifestInput['quotas'][number];

const ALL_FORMS = ['bang-khen-ubnd-tinh', 'giay-khen-thu-truong', 'giay-khen-ubnd-huyen'];

export const phases: ProvinceManifestInput['phases'] = [
  {
    id: 'phat-dong-2023',
    kind: 'launch',
    name: 'Ban hành kế hoạch, triển khai phong trào thi đua',
    period: { from: '2023-01-01', to: '2023-12-31' },
    periodText:
      'Năm 2023: 100% các cơ quan, đơn vị, địa phương ban hành kế hoạch, triển khai phong trào thi đua; gửi Kế hoạch phát động về UBND tỉnh trước ngày 15/4/2023',
    // VII.1 "gửi Kế hoạch phát động … về UBND tỉnh (thông qua Sở Thông tin và Truyền thông và Sở Nội vụ) trước ngày 15/4/2023" — the date as written (see notes).
    reportDeadline: '2023-04-15',
    awardFormIds: [],
    source: 'V.1; VII.1',
  },
  {
    id: 'so-ket-2024',
    kind: 'interim-review',
    name: 'Sơ kết Phong trào thi đua Chuyển đổi số',
    // V.2 "thời gian trong Quý III năm 2024"; III.4 says "giữa năm 2024" (see notes).
    period: { from: '2024-07-01', to: '2024-09-30' },
    periodText: 'Quý III năm 2024 (V.2); khoản III.4 ghi "Sơ kết phong trào thi đua vào giữa năm 2024"',
    awardFormIds: ALL_FORMS,
    source: 'V.2; III.4',
  },
  {
    id: 'tong-ket-2025',
    kind: 'final-review',
    name: 'Tổng kết Phong trào thi đua Chuyển đổi số giai đoạn 2023 - 2025',
    period: { from: '2025-10-01', to: '2025-12-31' },
    periodText: 'Quý IV năm 2025 (V.3); khoản III.4 ghi "Tổng kết Phong trào thi đua vào năm 2025"',
    awardFormIds: ALL_FORMS,
    source: 'V.3; III.4',
  },
];

/** III.4 (Lưu ý): "mỗi cơ quan, đơn vị, địa phương lựa chọn 01 tập thể và 01 cá nhân … gửi về Sở Thông tin và Truyền thông tổng hợp". */
const ONE_EACH = { collectives: 1, individuals: 1 };

/** Giấy khen are left to whoever confers them, at both reviews (III.4). */
const byHead = (phaseId: string, awardFormId: string, text: string): Quota => ({
  phaseId,
  awardFormId,
  decidedByHead: true,
  text,
  source: 'III.4',
});

const GIAY_KHEN_THU_TRUONG =
  'Giấy khen của Thủ trưởng cơ quan, đơn vị, doanh nghiệp (sơ kết, tổng kết phong trào thi đua) do Thủ trưởng cơ quan, đơn vị, doanh nghiệp quyết định.';
const GIAY_KHEN_HUYEN =
  'Giấy khen của Chủ tịch UBND cấp huyện (sơ kết, tổng kết phong trào thi đua) do Chủ tịch UBND cấp huyện quyết định.';

export const quotas: ProvinceManifestInput['quotas'] = [
  {
    phaseId: 'so-ket-2024',
    awardFormId: 'bang-khen-ubnd-tinh',
    maxCollectives: 8,
    maxIndividuals: 8,
    perNominatingUnit: ONE_EACH,
    text: 'Sơ kết phong trào thi đua vào giữa năm 2024: Không vượt quá 08 tập thể và 08 cá nhân. Mỗi cơ quan, đơn vị, địa phương lựa chọn 01 tập thể và 01 cá nhân.',
    source: 'III.4; III.4 (Lưu ý)',
  },
  {
    phaseId: 'tong-ket-2025',
    awardFormId: 'bang-khen-ubnd-tinh',
    maxCollectives: 10,
    maxIndividuals: 10,
    perNominatingUnit: ONE_EACH,
    text: 'Tổng kết Phong trào thi đua vào năm 2025: Không quá 10 tập thể và 10 cá nhân. Mỗi cơ quan, đơn vị, địa phương lựa chọn 01 tập thể và 01 cá nhân.',
    source: 'III.4; III.4 (Lưu ý)',
  },
  byHead('so-ket-2024', 'giay-khen-thu-truong', GIAY_KHEN_THU_TRUONG),
  byHead('tong-ket-2025', 'giay-khen-thu-truong', GIAY_KHEN_THU_TRUONG),
  byHead('so-ket-2024', 'giay-khen-ubnd-huyen', GIAY_KHEN_HUYEN),
  byHead('tong-ket-2025', 'giay-khen-ubnd-huyen', GIAY_KHEN_HUYEN),
];
