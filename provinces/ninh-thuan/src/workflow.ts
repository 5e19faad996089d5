import type { ProvinceManifestInput } from '@thidua/domain';

const FORMS = ['bang-khen-ubnd-tinh'];

/**
 * IV.4 "Thủ tục, hồ sơ đề nghị khen thưởng thực hiện theo quy định tại Hướng dẫn số 2730/HD-SNV … (đối với tập thể
 * cần có Kế hoạch phát động hoặc văn bản triển khai … và Báo cáo kết quả …)"; "Số lượng hồ sơ khen thưởng: 01 bộ."
 * The plan lists no other document and cites no form: the rest is left to Hướng dẫn 2730/HD-SNV (see notes).
 */
export const dossier: ProvinceManifestInput['dossier'] = [
  {
    awardFormIds: FORMS,
    documents: [
      {
        type: 'other',
        name: 'Thủ tục, hồ sơ đề nghị khen thưởng thực hiện theo quy định tại Hướng dẫn số 2730/HD-SNV ngày 06/9/2022 của Sở Nội vụ',
        copies: 1,
        source: 'IV.4',
      },
    ],
    source: 'IV.4',
  },
  {
    awardFormIds: FORMS,
    recipient: 'collective',
    documents: [
      {
        type: 'launch-plan',
        name: 'Kế hoạch phát động hoặc văn bản triển khai thực hiện Phong trào thi đua Chuyển đổi số năm 2023',
        copies: 1,
        source: 'IV.4',
      },
      {
        type: 'results-report',
        name: 'Báo cáo kết quả thực hiện phong trào thi đua Chuyển đổi số năm 2023',
        copies: 1,
        source: 'IV.4',
      },
    ],
    source: 'IV.4',
  },
];

export const workflow: ProvinceManifestInput['workflow'] = {
  steps: [
    {
      role: 'nominating-unit',
      actor: 'Thủ trưởng các tổ chức, đơn vị, địa phương',
      does: 'Xây dựng văn bản triển khai tổ chức thực hiện hưởng ứng Phong trào thi đua Chuyển đổi số năm 2023; báo cáo kết quả thực hiện Phong trào thi đua theo quy định; gửi hồ sơ đề nghị khen thưởng (01 bộ) về Sở Thông tin và Truyền thông',
      source: 'V.4; IV.4',
    },
    {
      role: 'information-department',
      actor: 'Sở Thông tin và Truyền thông (cơ quan thường trực Ban Điều hành Chuyển đổi số tỉnh)',
      does: 'Chủ trì, phối hợp cơ quan, đơn vị, địa phương liên quan theo dõi rà soát các nhiệm vụ được giao theo Quyết định số 56/QĐ-UBND ngày 14/02/2023 trong việc đề xuất khen thưởng; tổng hợp chung hồ sơ trình Chủ tịch Ủy ban nhân dân tỉnh (thông qua Sở Nội vụ) trước ngày 15/12/2023',
      source: 'IV.4; V.1',
    },
    {
      role: 'home-affairs',
      actor: 'Sở Nội vụ',
      does: 'Phối hợp với Sở Thông tin và Truyền thông đề xuất khen thưởng đối với tập thể, cá nhân có thành tích tiêu biểu xuất sắc trong thực hiện Phong trào thi đua báo cáo Chủ tịch Ủy ban nhân dân tỉnh xem xét, quyết định khen thưởng (hồ sơ trình thông qua Sở Nội vụ)',
      source: 'V.2; IV.4',
    },
    {
      role: 'chairman',
      actor: 'Chủ tịch Ủy ban nhân dân tỉnh',
      does: 'Xem xét, quyết định khen thưởng (Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh)',
      source: 'IV.1; IV.4; V.2',
    },
    {
      role: 'information-department',
      actor: 'Sở Thông tin và Truyền thông',
      does: 'Tổng hợp, tham mưu Ủy ban nhân dân tỉnh báo cáo kết quả thực hiện nhiệm vụ chuyển đổi số và tình hình hưởng ứng Phong trào thi đua Chuyển đổi số năm 2023 trước ngày 15/12/2023',
      source: 'V.1',
    },
    {
      role: 'home-affairs',
      actor: 'Sở Nội vụ',
      does: 'Phối hợp với Sở Thông tin và Truyền thông, các cơ quan, đơn vị, địa phương liên quan phát hiện, nhân rộng điển hình tiên tiến trong Phong trào thi đua trên địa bàn tỉnh',
      source: 'V.2',
    },
  ],
  // The only report date: the department's report to the provincial People's Committee; units report "theo quy định" (V.4).
  reportDeadlines: [
    {
      date: '2023-12-15',
      text: 'Báo cáo kết quả thực hiện nhiệm vụ chuyển đổi số và tình hình hưởng ứng Phong trào thi đua Chuyển đổi số năm 2023 (trước ngày 15/12/2023)',
      to: 'Ủy ban nhân dân tỉnh (Sở Thông tin và Truyền thông tổng hợp, tham mưu)',
      source: 'V.1',
    },
  ],
  source: 'IV.4; V',
};
