import type { ProvinceManifestInput } from '@thidua/domain';

/**
 * III.5 Thủ tục, hồ sơ đề nghị khen thưởng: one set ("01 bộ") of three documents. The plan ties it to no award form,
 * so it applies to all. "Mẫu số 07 Nghị định số 91/2027/NĐ-CP" is an OCR slip for 91/2017 (see notes).
 */
export const dossier: ProvinceManifestInput['dossier'] = [
  {
    documents: [
      {
        type: 'submission-letter',
        name: 'Tờ trình đề nghị khen thưởng của cơ quan, đơn vị, địa phương trình khen',
        copies: 1,
        source: 'III.5',
      },
      {
        type: 'council-minutes',
        name: 'Biên bản họp Hội đồng Thi đua – Khen thưởng của cơ quan, đơn vị, địa phương trình khen',
        copies: 1,
        source: 'III.5',
      },
      {
        type: 'achievement-report',
        name: 'Báo cáo thành tích tập thể, cá nhân đề nghị khen thưởng có xác nhận của cấp trình khen',
        copies: 1,
        form: 'Mẫu số 07 Nghị định số 91/2017/NĐ-CP ngày 31/7/2017 (nay thay bằng Nghị định số 98/2023/NĐ-CP)',
        source: 'III.5',
      },
    ],
    source: 'III.5',
  },
];

export const workflow: ProvinceManifestInput['workflow'] = {
  steps: [
    {
      role: 'nominating-unit',
      actor: 'Các cơ quan, đơn vị, địa phương',
      does: 'Sau khi sơ kết, tổng kết phong trào thi đua, bình xét từ cơ sở (dân chủ, công khai, minh bạch), lựa chọn 01 tập thể và 01 cá nhân có thành tích xuất sắc, tiêu biểu, đảm bảo các điều kiện, tiêu chuẩn theo quy định gửi về Sở Thông tin và Truyền thông tổng hợp; quan tâm khen thưởng người lao động trực tiếp, người không giữ chức vụ lãnh đạo, quản lý',
      source: 'III.4 (Lưu ý); I.2',
    },
    {
      role: 'information-department',
      actor: 'Sở Thông tin và Truyền thông',
      does: 'Tổng hợp; chủ trì, phối hợp với Ban thi đua khen thưởng tỉnh – Sở Nội vụ đề nghị Chủ tịch UBND tỉnh xem xét, tặng thưởng Bằng khen cho các tập thể, cá nhân có thành tích xuất sắc tại Hội nghị sơ kết, tổng kết phong trào thi đua đảm bảo đúng đối tượng và số lượng khen thưởng',
      source: 'III.4 (Lưu ý); VII.3',
    },
    {
      role: 'home-affairs',
      actor: 'Ban Thi đua khen thưởng – Sở Nội vụ',
      does: 'Thẩm định hồ sơ đề nghị Chủ tịch UBND tỉnh khen thưởng đối với tập thể, cá nhân có thành tích xuất sắc tiêu biểu tại Hội nghị sơ kết, tổng kết Phong trào thi đua; phối hợp với Sở Thông tin và Truyền thông ban hành hướng dẫn khen thưởng',
      source: 'VII.4',
    },
    {
      role: 'chairman',
      actor: 'Chủ tịch UBND tỉnh',
      does: 'Xem xét, tặng thưởng Bằng khen Chủ tịch UBND tỉnh',
      source: 'III.3; VII.3',
    },
    {
      role: 'nominating-unit',
      actor: 'Các sở, ban, ngành, đoàn thể; UBND các huyện, thị xã, thành phố',
      does: 'Xây dựng kế hoạch phát động Phong trào thi đua Chuyển đổi số, gửi về UBND tỉnh (thông qua Sở Thông tin và Truyền thông và Sở Nội vụ) trước ngày 15/4/2023; hằng năm gửi báo cáo kết quả thực hiện Phong trào về Sở Thông tin và Truyền thông trước ngày 20/12',
      source: 'VII.1; VII.7',
    },
    {
      role: 'information-department',
      actor: 'Sở Thông tin và Truyền thông',
      does: 'Theo dõi, kiểm tra, đôn đốc việc triển khai Kế hoạch; tổng hợp, báo cáo kết quả triển khai thực hiện phong trào thi đua hàng năm gửi về UBND tỉnh (qua Ban Thi đua khen thưởng – Sở Nội vụ) trước ngày 31/12',
      source: 'VII.3',
    },
  ],
  reportDeadlines: [
    {
      everyYear: '12-20',
      text: 'Hàng năm các cơ quan, đơn vị, địa phương, doanh nghiệp gửi báo cáo kết quả thực hiện Phong trào thi đua “Chuyển đổi số giai đoạn 2023-2025” về Sở Thông tin và Truyền thông (trước ngày 20/12) để tổng hợp, báo cáo UBND tỉnh.',
      to: 'Sở Thông tin và Truyền thông',
      source: 'VII.7',
    },
    {
      // Sở Thông tin và Truyền thông's own yearly report, not the units'.
      everyYear: '12-31',
      text: 'Sở Thông tin và Truyền thông tổng hợp, báo cáo kết quả triển khai thực hiện phong trào thi đua hàng năm (trước ngày 31/12) gửi về UBND tỉnh (qua Ban Thi đua khen thưởng – Sở Nội vụ) theo quy định.',
      to: 'UBND tỉnh (qua Ban Thi đua khen thưởng – Sở Nội vụ)',
      source: 'VII.3',
    },
  ],
  source: 'III.4; III.5; VII',
};
