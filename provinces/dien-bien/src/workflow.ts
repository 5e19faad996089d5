import type { ProvinceManifestInput } from '@thidua/domain';

/**
 * The plan names no dossier document, copy count or form (V.3 only says Sở Nội vụ "thẩm định hồ sơ đề nghị"):
 * nothing is declared (see notes).
 */
export const dossier: ProvinceManifestInput['dossier'] = [];

export const workflow: ProvinceManifestInput['workflow'] = {
  steps: [
    {
      role: 'nominating-unit',
      actor: 'Các Sở, ban, ngành, đoàn thể tỉnh; UBND cấp huyện',
      does: 'Thực hiện công tác kiểm tra, đánh giá, sơ kết, tổng kết Phong trào thi đua; thực hiện việc bình xét khen thưởng cho các tập thể, cá nhân theo thẩm quyền, đề nghị Chủ tịch UBND tỉnh tặng thưởng Bằng khen hoặc đề nghị cấp có thẩm quyền khen thưởng cấp Nhà nước',
      source: 'V.2; I.2',
    },
    {
      role: 'information-department',
      actor: 'Sở Thông tin và Truyền thông (chủ trì, phối hợp với Sở Nội vụ (Ban Thi đua, khen thưởng))',
      does: 'Trên cơ sở kết quả đánh giá xếp hạng hàng năm, sơ kết, tổng kết, lựa chọn, đề xuất, trình Chủ tịch UBND tỉnh tặng Bằng khen (và đề xuất UBND tỉnh khen thưởng cấp nhà nước); chủ trì thẩm định thành tích trong thực hiện Phong trào thi đua trình khen thưởng cấp tỉnh và cấp nhà nước hàng năm và giai đoạn',
      source: 'IV.3; V.4',
    },
    {
      role: 'home-affairs',
      actor: 'Sở Nội vụ (cơ quan thường trực Hội đồng TĐKT tỉnh)',
      does: 'Thẩm định hồ sơ đề nghị trình khen thưởng cấp tỉnh, cấp nhà nước cho các tập thể, cá nhân có thành tích xuất sắc trong thực hiện Phong trào thi đua; phối hợp với Sở Thông tin và Truyền thông hướng dẫn, kiểm tra, giám sát việc tổ chức triển khai thực hiện Kế hoạch',
      source: 'V.3',
    },
    {
      role: 'chairman',
      actor: 'Chủ tịch UBND tỉnh',
      does: 'Tặng Bằng khen của Chủ tịch UBND tỉnh; UBND tỉnh xét đề nghị Chủ tịch nước tặng thưởng Huân chương Lao động hạng Ba, trình Thủ tướng Chính phủ tặng thưởng Bằng khen sau khi thống nhất với Ban Thi đua, khen thưởng Trung ương',
      source: 'IV.3',
    },
  ],
  // The unit's yearly report comes first in each year: the api reads the earliest date of a year as the unit's due date.
  reportDeadlines: [
    {
      everyYear: '11-15',
      text: 'Định kỳ hàng năm, các Sở, ban, ngành, đoàn thể tỉnh; các huyện, thị xã, thành phố; doanh nghiệp báo cáo tình hình tổ chức thực hiện Phong trào thi đua (trước ngày 15/11)',
      to: 'UBND tỉnh (qua Sở Thông tin và Truyền thông để tổng hợp và qua Sở Nội vụ để theo dõi)',
      source: 'V.8',
    },
    {
      everyYear: '12-05',
      text: 'Sở Thông tin và Truyền thông: đầu mối tổng hợp báo cáo kết quả triển khai thực hiện Phong trào thi đua hàng năm (trước 5/12)',
      to: 'UBND tỉnh (qua Sở Nội vụ) và Trưởng Ban chỉ đạo về Chuyển đổi số tỉnh',
      source: 'V.4',
    },
  ],
  source: 'IV.3; V',
};
