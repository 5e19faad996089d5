import type { ProvinceManifestInput } from '@thidua/domain';

/**
 * A one-year movement: units launch it within 2023 (V.4, no date given) and awards close it, dossiers due
 * "trước ngày 15/12/2023" (IV.4). The plan sets no interim review with dates or awards (I.2; see notes).
 */
export const phases: ProvinceManifestInput['phases'] = [
  {
    id: 'phat-dong-2023',
    kind: 'launch',
    name: 'Xây dựng văn bản triển khai, hưởng ứng Phong trào thi đua Chuyển đổi số năm 2023',
    period: { from: '2023-01-01', to: '2023-12-31' },
    periodText:
      'Thủ trưởng các tổ chức, đơn vị, địa phương căn cứ Kế hoạch này và điều kiện cụ thể, xây dựng văn bản triển khai tổ chức thực hiện hưởng ứng Phong trào thi đua Chuyển đổi số năm 2023 (không ấn định thời hạn)',
    awardFormIds: [],
    source: 'V.4',
  },
  {
    id: 'tong-ket-2023',
    kind: 'final-review',
    name: 'Khen thưởng Phong trào thi đua Chuyển đổi số năm 2023',
    period: { from: '2023-01-01', to: '2023-12-31' },
    periodText:
      'Phong trào thi đua Chuyển đổi số năm 2023; hồ sơ đề nghị khen thưởng trình Chủ tịch Ủy ban nhân dân tỉnh trước ngày 15/12/2023',
    // "trước ngày 15/12/2023", kept as written (see notes on "trước ngày" and on who the date binds).
    nominationDeadline: '2023-12-15',
    // Collectives send their "Báo cáo kết quả thực hiện phong trào thi đua Chuyển đổi số năm 2023" with the dossier (IV.4).
    reportDeadline: '2023-12-15',
    awardFormIds: ['bang-khen-ubnd-tinh'],
    source: 'IV; V.1',
  },
];

/** IV.3 "Số lượng khen thưởng: Không quá 05 tập thể, 07 cá nhân." */
export const quotas: ProvinceManifestInput['quotas'] = [
  {
    phaseId: 'tong-ket-2023',
    awardFormId: 'bang-khen-ubnd-tinh',
    maxCollectives: 5,
    maxIndividuals: 7,
    text: 'Không quá 05 tập thể, 07 cá nhân.',
    source: 'IV.3',
  },
];
