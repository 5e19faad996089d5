import type { ProvinceManifestInput } from '@thidua/domain';

/** Kế hoạch số 635/KH-UBND ngày 10/10/2022: identity, legal bases, movement, tiers. */

const DE_AN_146 =
  'Đề án “Nâng cao nhận thức, phổ cập kỹ năng và phát triển nguồn nhân lực chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030” trên địa bàn tỉnh Bắc Kạn';

export const plan: ProvinceManifestInput['plan'] = {
  // "Số: 635 /KH-UBND" — the stray space is dropped (see notes).
  number: '635/KH-UBND',
  // "Bắc Kạn, ngày 10 tháng 10 năm 2022"
  date: '2022-10-10',
  issuer: 'Ủy ban nhân dân tỉnh Bắc Kạn',
  signer: { name: 'Nguyễn Đăng Bình', title: 'TM. ỦY BAN NHÂN DÂN – CHỦ TỊCH' },
  legalBases: [
    {
      ref: 'Quyết định số 749/QĐ-TTg',
      title:
        'Chương trình chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030 được Thủ tướng Chính phủ phê duyệt tại Quyết định số 749/QĐ-TTg ngày 03/6/2020',
      source: 'Phần căn cứ',
    },
    {
      ref: 'Chỉ thị số 09-CT/TU',
      title:
        'Chỉ thị số 09-CT/TU ngày 03/8/2021 của Tỉnh ủy về tăng cường công tác lãnh đạo, chỉ đạo của Đảng đối với chuyển đổi số trên địa bàn tỉnh Bắc Kạn giai đoạn 2021 - 2025, định hướng đến năm 2030',
      source: 'Phần căn cứ',
    },
    {
      ref: 'Quyết định số 676/QĐ-UBND',
      title:
        'Quyết định số 676/QĐ-UBND ngày 26/4/2022 của UBND tỉnh về việc phê duyệt Đề án tổng thể chuyển đổi số tỉnh Bắc Kạn giai đoạn 2022 - 2025, định hướng đến năm 2030',
      source: 'Phần căn cứ',
    },
    {
      ref: 'Quyết định số 528/QĐ-UBND',
      title:
        'Quyết định số 528/QĐ-UBND ngày 05/4/2022 của UBND tỉnh về việc ban hành Danh mục các nhiệm vụ, dự án ưu tiên về chuyển đổi số năm 2022',
      source: 'Phần căn cứ',
    },
    {
      ref: 'Quyết định số 610/QĐ-UBND',
      title:
        'Quyết định số 610/QĐ-UBND ngày 15/4/2022 của UBND tỉnh về việc phê duyệt Kế hoạch triển khai thực hiện Chương trình thúc đẩy phát triển và sử dụng các nền tảng số quốc gia phục vụ chuyển đổi số, phát triển chính quyền số, kinh tế số, xã hội số trên địa bàn tỉnh Bắc Kạn',
      source: 'Phần căn cứ',
    },
    {
      ref: 'Quyết định số 940/QĐ-UBND',
      title: `Quyết định số 940/QĐ-UBND ngày 01/6/2022 của UBND tỉnh ban hành Kế hoạch thực hiện Quyết định số 146/QĐ-TTg ngày 28/01/2022 của Thủ tướng Chính phủ về việc phê duyệt ${DE_AN_146}`,
      source: 'Phần căn cứ',
    },
  ],
  source: 'Phần mở đầu; phần ký',
};

export const movement: ProvinceManifestInput['movement'] = {
  name: 'Bắc Kạn đẩy mạnh chương trình chuyển đổi số giai đoạn 2022 - 2025',
  // The plan has no slogan; its goal for 2025 is in notes (I.1).
  span: { from: '2022-01-01', to: '2025-12-31' },
  stages: [
    { id: 'giai-doan-1', name: 'Từ năm 2022 đến năm 2023', from: '2022-01-01', to: '2023-12-31', source: 'II.3.1' },
    { id: 'giai-doan-2', name: 'Từ năm 2024 đến năm 2025', from: '2024-01-01', to: '2025-12-31', source: 'II.3.2' },
  ],
  source: 'Tên Kế hoạch; II.3',
};

/**
 * II.1 names two kinds of nominee: collectives (1.1) and individuals (1.2). The collective tiers follow III.1, which
 * names "các sở, ban ngành, đoàn thể tỉnh", "UBND các huyện, thành phố", "cấp xã" and "doanh nghiệp"; III.2 adds
 * "đối tượng khác" among individuals (see notes).
 */
export const tiers: ProvinceManifestInput['tiers'] = [
  { tier: 'provincial-agency', text: 'Các sở, ban ngành, đoàn thể tỉnh', source: 'II.1.1; III.1' },
  { tier: 'district', text: 'UBND các huyện, thành phố', source: 'II.1.1; III.1' },
  { tier: 'commune', text: 'Địa phương cấp xã', source: 'II.1.1; III.1' },
  { tier: 'enterprise', text: 'Doanh nghiệp, hợp tác xã trên địa bàn tỉnh Bắc Kạn', source: 'II.1.1; III.1' },
  {
    tier: 'official',
    text: 'Cán bộ, công chức, viên chức, người lao động tại các cơ quan, địa phương, doanh nghiệp, hợp tác xã trên địa bàn tỉnh Bắc Kạn',
    source: 'II.1.2; III.2',
  },
  { tier: 'citizen', text: 'Đối tượng khác (doanh nhân, trí thức, nhà khoa học...)', source: 'III.2' },
];
