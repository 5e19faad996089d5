import type { ProvinceManifestInput } from '@thidua/domain';

/** Kế hoạch số 2158/KH-UBND ngày 26/5/2023: identity, legal bases, movement, tiers. */

export const plan: ProvinceManifestInput['plan'] = {
  // "Số: *2158*/KH-UBND" … "Điện Biên, ngày *26* tháng 5 năm 2023" (number and day filled in by hand, see notes).
  number: '2158/KH-UBND',
  date: '2023-05-26',
  dateText: 'ngày 26 tháng 5 năm 2023',
  issuer: 'Ủy ban nhân dân tỉnh Điện Biên',
  signer: { name: 'Lê Thành Đô', title: 'CHỦ TỊCH' },
  legalBases: [
    {
      ref: 'Nghị quyết số 52-NQ/TW',
      title:
        'Nghị quyết số 52-NQ/TW, ngày 27/9/2019 của Bộ Chính trị về một số chủ trương, chính sách chủ động tham gia cuộc Cách mạng công nghiệp lần thứ tư',
      source: 'Phần căn cứ',
    },
    {
      ref: 'Quyết định số 749/QĐ-TTg',
      title:
        'Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ về phê duyệt "Chương trình chuyển đổi số quốc gia" đến năm 2025 và định hướng đến năm 2030',
      source: 'Phần căn cứ',
    },
    {
      ref: 'Quyết định số 942/QĐ-TTg',
      title:
        'Quyết định số 942/QĐ-TTg ngày 15/6/2021 của Thủ tướng Chính phủ phê duyệt Chiến lược phát triển Chính phủ điện tử hướng tới Chính phủ số giai đoạn 2021 - 2025, định hướng đến năm 2030',
      source: 'Phần căn cứ',
    },
    {
      ref: 'Nghị quyết số 13-NQ/TU',
      title:
        'Nghị Quyết số 13-NQ/TU ngày 01/10/2021 của Tỉnh ủy về chuyển đổi số tỉnh Điện Biên đến năm 2025, định hướng đến năm 2030',
      source: 'Phần căn cứ',
    },
    {
      ref: 'Quyết định số 3179/QĐ-UBND',
      title:
        'Quyết định số 3179/QĐ-UBND ngày 06/12/2021 của Ủy ban nhân dân tỉnh phê duyệt Đề án Chuyển đổi số tỉnh Điện Biên giai đoạn 2021-2025, định hướng đến năm 2030',
      source: 'Phần căn cứ',
    },
  ],
  source: 'Phần mở đầu; phần ký',
};

export const movement: ProvinceManifestInput['movement'] = {
  name: 'Chuyển đổi số giai đoạn 2023 - 2030',
  theme:
    'Tỉnh Điện Biên thi đua xây dựng chính quyền số, phát triển kinh tế số, xã hội số góp phần phát triển bền vững, nâng cao chất lượng cuộc sống của người dân',
  span: { from: '2023-01-01', to: '2030-12-31' },
  stages: [
    { id: 'giai-doan-1', name: 'Giai đoạn I (từ 2023 - 2025)', from: '2023-01-01', to: '2025-12-31', source: 'II.4' },
    { id: 'giai-doan-2', name: 'Giai đoạn II (từ 2026 - 2030)', from: '2026-01-01', to: '2030-12-31', source: 'II.4' },
  ],
  source: 'Tên Kế hoạch; II.1; II.4',
};

/** II.3 Đối tượng thi đua; the collective tiers are named as IV.2.a splits them. */
export const tiers: ProvinceManifestInput['tiers'] = [
  {
    tier: 'provincial-agency',
    text: 'Sở, ban, ngành, Ủy ban Mặt trận tổ quốc Việt Nam và các tổ chức chính trị - xã hội tỉnh',
    source: 'II.3; IV.2.a',
  },
  { tier: 'district', text: 'Các huyện, thị xã, thành phố', source: 'II.3; IV.2.a' },
  { tier: 'commune', text: 'Các xã, phường, thị trấn', source: 'II.3; IV.2.a' },
  {
    tier: 'enterprise',
    text: 'Các doanh nghiệp (doanh nghiệp, hợp tác xã, hộ kinh doanh) trên địa bàn tỉnh',
    source: 'II.3; IV.2.a',
  },
  { tier: 'official', text: 'CBCCVV, người lao động trong các cơ quan, đơn vị, doanh nghiệp', source: 'II.3; IV.2.b' },
  { tier: 'citizen', text: 'Nhân dân trên địa bàn tỉnh Điện Biên', source: 'II.3' },
  {
    tier: 'external',
    text: 'Các tập thể, cá nhân ngoài tỉnh có nhiều đóng góp cho việc thực hiện Chuyển đổi số tỉnh Điện Biên',
    source: 'II.3; IV.2.c',
  },
];
