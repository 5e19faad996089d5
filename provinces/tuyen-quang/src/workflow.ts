import type { ProvinceManifestInput } from '@thidua/domain';

/**
 * IV.3.2 "Về hồ sơ đề nghị khen thưởng: Thực hiện theo quy định của pháp luật về Thi đua, khen thưởng hiện hành."
 * The plan lists no document, copy count or form; the requirement is kept in its own words (see notes).
 */
export const dossier: ProvinceManifestInput['dossier'] = [
  {
    awardFormIds: ['huan-chuong-lao-dong', 'bang-khen-thu-tuong', 'bang-khen-ubnd-tinh'],
    documents: [
      {
        type: 'other',
        name: 'Hồ sơ đề nghị khen thưởng theo quy định của pháp luật về Thi đua, khen thưởng hiện hành',
        source: 'IV.3.2',
      },
    ],
    source: 'IV.3.2',
  },
];

export const workflow: ProvinceManifestInput['workflow'] = {
  steps: [
    {
      role: 'nominating-unit',
      actor: 'Các cơ quan, tổ chức, đơn vị',
      does: 'Tổ chức bình xét khen thưởng theo hướng dẫn, đề nghị các tập thể, cá nhân có thành tích xuất sắc; báo cáo việc thực hiện Phong trào thi đua khi sơ kết, tổng kết và gửi về Sở Nội vụ',
      source: 'IV.3.2; VI.6',
    },
    {
      role: 'information-department',
      actor: 'Sở Thông tin (chủ trì, phối hợp với Sở Nội vụ)',
      does: 'Hướng dẫn các cơ quan, tổ chức, đơn vị tổ chức bình xét khen thưởng, hồ sơ, thủ tục khen thưởng; tổng hợp danh sách các tập thể, cá nhân có thành tích xuất sắc theo đề nghị của các cơ quan, tổ chức, đơn vị, xin ý kiến Ban Chỉ đạo Chuyển đổi số tỉnh và trình Chủ tịch Ủy ban nhân dân tỉnh khen thưởng',
      source: 'IV.3.2',
    },
    {
      role: 'home-affairs',
      actor: 'Ban Thi đua - Khen thưởng, Sở Nội vụ',
      does: 'Thẩm định hồ sơ đề nghị khen thưởng (hồ sơ trình Chủ tịch UBND tỉnh được gửi Ban Thi đua - Khen thưởng, Sở Nội vụ để thẩm định)',
      source: 'IV.3.2',
    },
    {
      role: 'chairman',
      actor: 'Chủ tịch Ủy ban nhân dân tỉnh',
      does: 'Khen thưởng (tặng Bằng khen Chủ tịch Ủy ban nhân dân tỉnh) theo tờ trình của Sở Thông tin',
      source: 'IV.3.2',
    },
    {
      role: 'home-affairs',
      actor: 'Sở Nội vụ (chủ trì, phối hợp với Sở Thông tin và Truyền thông)',
      does: 'Theo dõi, hướng dẫn, đôn đốc việc tổ chức thực hiện Kế hoạch, định kỳ tổng hợp, báo cáo, đề xuất với Ủy ban nhân dân tỉnh; tổng hợp báo cáo sơ kết, tổng kết của các cơ quan, tổ chức, đơn vị',
      source: 'VI.4; VI.6',
    },
    {
      role: 'information-department',
      actor: 'Sở Thông tin và Truyền thông',
      does: 'Phối hợp với Sở Nội vụ tổng hợp báo cáo Ủy ban nhân dân tỉnh kết quả thực hiện Phong trào thi đua khi sơ kết, tổng kết',
      source: 'VI.5',
    },
  ],
  // The plan sets no report date: units report "khi sơ kết, tổng kết" to Sở Nội vụ (VI.6); see notes.
  reportDeadlines: [],
  source: 'IV.3.2; VI',
};
