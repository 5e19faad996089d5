import type { ProvinceManifestInput } from '@thidua/domain';

/** Kế hoạch phát động Phong trào thi đua (số để trống, "ngày tháng 8 năm 2022"): identity, legal bases, movement, tiers. */

export const plan: ProvinceManifestInput['plan'] = {
  // "Số: /KH-UBND" — the number is blank in the plan text.
  number: null,
  // "Tuyên Quang, ngày tháng 8 năm 2022" — the day is blank.
  date: null,
  dateText: 'tháng 8/2022',
  issuer: 'Ủy ban nhân dân tỉnh Tuyên Quang',
  signer: { name: 'Hoàng Việt Phương', title: 'TM. ỦY BAN NHÂN DÂN – KT. CHỦ TỊCH – PHÓ CHỦ TỊCH' },
  legalBases: [
    {
      ref: 'Quyết định số 749/QĐ-TTg',
      title:
        'Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ về phê duyệt Chương trình Chuyển đổi số Quốc gia đến năm 2025, định hướng đến năm 2030',
      source: 'Phần căn cứ',
    },
    {
      ref: 'Nghị quyết số 48-NQ/TU',
      title:
        'Nghị quyết số 48-NQ/TU ngày 15/11/2021 của Ban Chấp hành Đảng bộ tỉnh (khóa XVII) về chuyển đổi số trên địa bàn tỉnh Tuyên Quang đến năm 2025, định hướng đến năm 2030',
      source: 'Phần căn cứ',
    },
    {
      ref: 'Kế hoạch số 55/KH-UBND',
      title:
        'Kế hoạch số 55/KH-UBND ngày 12/4/2022 của Ủy ban nhân dân tỉnh thực hiện Nghị quyết của Ban Chấp hành Đảng bộ tỉnh (khóa XVII) về chuyển đổi số tỉnh Tuyên Quang đến năm 2025, định hướng đến năm 2030',
      source: 'Phần căn cứ',
    },
    {
      ref: 'Quyết định số 742/QĐ-UBND',
      title:
        'Quyết định số 742/QĐ-UBND ngày 24/6/2022 của Ủy ban nhân dân tỉnh ban hành Bộ chỉ số đánh giá, xếp hạng mức độ chuyển đổi số tại các cơ quan Nhà nước trên địa bàn tỉnh Tuyên Quang',
      source: 'Phần căn cứ',
    },
  ],
  source: 'Phần mở đầu; phần ký',
};

export const movement: ProvinceManifestInput['movement'] = {
  // The title's wording; the sentence after the legal bases says "Chuyển đổi số trên địa bàn tỉnh Tuyên Quang …" (see notes).
  name: 'Chuyển đổi số tỉnh Tuyên Quang đến năm 2025, định hướng đến năm 2030',
  span: { from: '2021-01-01', to: '2030-12-31' },
  stages: [
    {
      id: 'giai-doan-1',
      name: 'Giai đoạn 1: Từ năm 2021 đến năm 2025',
      from: '2021-01-01',
      to: '2025-12-31',
      source: 'V.1',
    },
    // "Từ năm 2025 đến năm 2030": kept as written, so 2025 lies in both stages (see notes).
    {
      id: 'giai-doan-2',
      name: 'Giai đoạn 2: Từ năm 2025 đến năm 2030',
      from: '2025-01-01',
      to: '2030-12-31',
      source: 'V.2',
    },
  ],
  source: 'Tên Kế hoạch; V',
};

export const tiers: ProvinceManifestInput['tiers'] = [
  { tier: 'provincial-agency', text: 'Các cơ quan, tổ chức, đơn vị cấp tỉnh', source: 'II.2.1.a' },
  { tier: 'district', text: 'Cấp huyện (huyện, thành phố)', source: 'II.2.1.b' },
  { tier: 'commune', text: 'Cấp xã', source: 'II.2.1.c' },
  { tier: 'enterprise', text: 'Các doanh nghiệp, hợp tác xã', source: 'II.2.1.d' },
  {
    tier: 'official',
    text: 'Cán bộ, công chức, viên chức; người đứng đầu cơ quan, tổ chức, đơn vị',
    source: 'II.2.2.a',
  },
  {
    tier: 'external',
    text: 'Các doanh nhân, trí thức, nhà khoa học ở trong và ngoài nước, người Việt Nam định cư ở nước ngoài',
    source: 'II.2.2.b',
  },
  { tier: 'citizen', text: 'Người dân', source: 'II.2.2.c' },
];
