import type { ProvinceManifestInput } from '@thidua/domain';

/** Kế hoạch phát động Phong trào thi đua "Chuyển đổi số giai đoạn 2023 - 2025" (no number or date in the text). */

export const plan: ProvinceManifestInput['plan'] = {
  // The text has no "Số: …/KH-UBND" line and no place-and-date line (see notes); no dateText, as the plan gives no words.
  number: null,
  date: null,
  issuer: 'Ủy ban nhân dân tỉnh Đắk Lắk',
  signer: { name: 'Nguyễn Tuấn Hà', title: 'KT. CHỦ TỊCH – PHÓ CHỦ TỊCH' },
  legalBases: [
    {
      ref: 'Nghị định số 91/2017/NĐ-CP',
      title:
        'Nghị định số 91/2017/NĐ-CP ngày 31/7/2017 của Chính phủ quy định chi tiết thi hành một số điều của Luật thi đua, khen thưởng',
      source: 'Phần căn cứ',
    },
    {
      ref: 'Thông tư số 12/2019/TT-BNV',
      title:
        'Thông tư số 12/2019/TT-BNV ngày 04/11/2019 của Bộ Nội vụ về quy định chi tiết một số điều của Nghị định số 91/2017/NĐ-CP ngày 31/7/2017 của Chính phủ',
      source: 'Phần căn cứ',
    },
    {
      ref: 'Thông tư số 05/2020/TT-BNV',
      title:
        'Thông tư số 05/2020/TT-BNV ngày 09/11/2020 của Bộ Nội vụ về bãi bỏ khoản 7 Điều 2 Thông tư số 12/2019/TT-BNV ngày 04/11/2019 của Bộ Nội vụ',
      source: 'Phần căn cứ',
    },
    {
      ref: 'Quyết định số 749/QĐ-TTg',
      title:
        'Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ phê duyệt Chương trình chuyển đổi số quốc gia đến năm 2025, định hướng năm 2030',
      source: 'Phần căn cứ',
    },
    {
      ref: 'Quyết định số 942/QĐ-TTg',
      title:
        'Quyết định số 942/QĐ-TTg ngày 15/6/2021 của Thủ tướng Chính phủ phê duyệt Chiến lược phát triển Chính phủ điện tử hướng tới Chính phủ số giai đoạn 2021-2025, định hướng đến năm 2030',
      source: 'Phần căn cứ',
    },
    {
      ref: 'Nghị quyết số 37/NQ-HĐND',
      title:
        'Nghị quyết số 37/NQ-HĐND ngày 09/12/2020 của Hội đồng nhân dân tỉnh thông qua Đề án "Xây dựng thành phố Buôn Ma Thuột trở thành đô thị thông minh giai đoạn 2021 - 2025, định hướng đến năm 2030 và tầm nhìn đến năm 2045"',
      source: 'Phần căn cứ',
    },
    {
      ref: 'Nghị quyết số 04-NQ/TU',
      title:
        'Nghị quyết số 04-NQ/TU ngày 02/4/2021 của Ban Chấp hành Đảng bộ tỉnh về chuyển đổi số tỉnh Đắk Lắk giai đoạn 2021 - 2025, định hướng đến năm 2030',
      source: 'Phần căn cứ',
    },
    {
      ref: 'Quyết định số 3330/QĐ-UBND',
      title:
        'Quyết định số 3330/QĐ-UBND ngày 29/11/2021 của UBND tỉnh về việc ban hành Kế hoạch chuyển đổi số tỉnh Đắk Lắk, xây dựng thành phố Buôn Ma Thuột trở thành đô thị thông minh giai đoạn 2021 - 2025, định hướng đến năm 2030',
      source: 'Phần căn cứ; III.1.a; III.1.b',
    },
    {
      // Not in the preamble: the DTI set that III.1 a–c score units against.
      ref: 'Quyết định số 2534/QĐ-UBND',
      title:
        'Quyết định số 2534/QĐ-UBND ngày 11/11/2022 của UBND tỉnh về ban hành Bộ chỉ số đánh giá Chuyển đổi số của các sở, ban, ngành, UBND cấp huyện, cấp xã trên địa bàn tỉnh Đắk Lắk',
      source: 'III.1.a; III.1.b; III.1.c',
    },
  ],
  source: 'Phần căn cứ; phần ký',
};

export const movement: ProvinceManifestInput['movement'] = {
  name: 'Chuyển đổi số giai đoạn 2023 - 2025',
  // I.2 "từ nay đến hết ngày 31/12/2025"; V "từ năm 2023 đến năm 2025". One span, no stages.
  span: { from: '2023-01-01', to: '2025-12-31' },
  stages: [],
  source: 'Tên Kế hoạch; I.2; V',
};

export const tiers: ProvinceManifestInput['tiers'] = [
  { tier: 'provincial-agency', text: 'Sở, ban, ngành, đoàn thể', source: 'II.2; III.1.a' },
  { tier: 'district', text: 'Cấp huyện (UBND các huyện, thị xã, thành phố)', source: 'II.2; III.1.b; VII.1' },
  { tier: 'commune', text: 'Cấp xã', source: 'II.2; III.1.c' },
  { tier: 'enterprise', text: 'Các doanh nghiệp trên địa bàn tỉnh', source: 'II.2; III.1.d' },
  {
    tier: 'official',
    text: 'Cán bộ, công chức, viên chức, người lao động tại các cơ quan, đơn vị, địa phương, doanh nghiệp và tổ chức hợp pháp trên địa bàn tỉnh',
    source: 'II.2; III.2',
  },
];
