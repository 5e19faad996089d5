import type { ProvinceManifestInput } from '@thidua/domain';

const FORM_07 =
  'Mẫu số 07 ban hành kèm theo Nghị định số 91/2017/NĐ-CP ngày 31/7/2017 của Chính phủ (nay thay bằng Nghị định số 98/2023/NĐ-CP)';

/** IV.2.1 "Thành phần hồ sơ đề nghị khen thưởng (01 bộ bản chính) gửi về Sở Thông tin và Truyền thông". */
export const dossier: ProvinceManifestInput['dossier'] = [
  {
    awardFormIds: ['bang-khen-ubnd-tinh'],
    documents: [
      {
        type: 'submission-letter',
        name: 'Tờ trình đề nghị khen thưởng của cơ quan, đơn vị',
        copies: 1,
        source: 'IV.2.1',
      },
      { type: 'council-minutes', name: 'Biên bản họp xét đề nghị khen thưởng', copies: 1, source: 'IV.2.1' },
      {
        type: 'achievement-report',
        name: 'Báo cáo thành tích của tập thể, cá nhân có xác nhận của thủ trưởng đơn vị hoặc cơ quan, đơn vị trình khen thưởng',
        copies: 1,
        form: FORM_07,
        source: 'IV.2.1',
      },
    ],
    source: 'IV.2.1',
  },
];

export const workflow: ProvinceManifestInput['workflow'] = {
  steps: [
    {
      role: 'nominating-unit',
      actor: 'Các cơ quan, đơn vị, địa phương, doanh nghiệp',
      does: 'Căn cứ đối tượng tiêu chuẩn quy định tại khoản 1, mục III tại Kế hoạch để lựa chọn tập thể, cá nhân có thành tích tiêu biểu xuất sắc và lập hồ sơ đề nghị khen thưởng gửi về Sở Thông tin và Truyền thông',
      source: 'IV.2.1',
    },
    {
      role: 'information-department',
      actor: 'Sở Thông tin và Truyền thông (chủ trì, phối hợp với Sở Nội vụ – Ban Thi đua - Khen thưởng)',
      does: 'Thẩm định, lựa chọn các tập thể, cá nhân có thành tích thật sự tiêu biểu, xuất sắc và hoàn chỉnh hồ sơ trình Chủ tịch UBND tỉnh khen thưởng (gửi Sở Nội vụ qua Trung tâm Phục vụ hành chính công tỉnh Bắc Kạn)',
      source: 'IV.2.1; V.1',
    },
    {
      role: 'home-affairs',
      actor: 'Sở Nội vụ (Ban Thi đua - Khen thưởng)',
      does: 'Thẩm định hồ sơ đề nghị Chủ tịch UBND tỉnh tặng Bằng khen cho các tập thể, cá nhân có thành tích xuất sắc đột xuất và khi sơ kết, tổng kết Phong trào thi đua',
      source: 'V.2',
    },
    {
      role: 'chairman',
      actor: 'Chủ tịch UBND tỉnh',
      does: 'Tặng Bằng khen của Chủ tịch UBND tỉnh khi sơ kết, tổng kết Phong trào thi đua',
      source: 'IV.2.1; V.1',
    },
    {
      // The schema has no role for a head of unit deciding on their own awards (see notes).
      role: 'nominating-unit',
      actor: 'Thủ trưởng cơ quan, đơn vị, địa phương; Giám đốc doanh nghiệp, hợp tác xã',
      does: 'Quy định về tiêu chuẩn xét tặng Giấy khen cho các tập thể, cá nhân có nhiều thành tích trong thực hiện Phong trào thi đua và khen thưởng theo thẩm quyền',
      source: 'IV.2.2',
    },
    {
      role: 'nominating-unit',
      actor: 'Tất cả các cơ quan, đơn vị, doanh nghiệp, địa phương',
      does: 'Định kỳ hàng năm gửi báo cáo kết quả thực hiện Phong trào thi đua về Sở Thông tin và Truyền thông trước ngày 15/12',
      source: 'V.5',
    },
    {
      role: 'information-department',
      actor: 'Sở Thông tin và Truyền thông',
      does: 'Hướng dẫn, kiểm tra, đôn đốc việc thực hiện Kế hoạch; tổng hợp, báo cáo kết quả triển khai thực hiện Phong trào thi đua hàng năm gửi về UBND tỉnh qua Sở Nội vụ (Ban Thi đua - Khen thưởng)',
      source: 'V.1; V.5',
    },
  ],
  reportDeadlines: [
    {
      everyYear: '12-15',
      text: 'Định kỳ hàng năm tất cả các cơ quan, đơn vị, doanh nghiệp, địa phương gửi báo cáo kết quả thực hiện Phong trào thi đua “Bắc Kạn đẩy mạnh chương trình chuyển đổi số giai đoạn 2022 - 2025” về Sở Thông tin và Truyền thông trước ngày 15/12 để tổng hợp báo cáo UBND tỉnh theo quy định.',
      to: 'Sở Thông tin và Truyền thông',
      source: 'V.5',
    },
  ],
  source: 'IV.2; V',
};
