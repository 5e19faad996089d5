import type { ProvinceManifestInput } from '@thidua/domain';

/** Kế hoạch phát động phong trào thi đua Chuyển đổi số năm 2023 (không ghi số, ngày): identity, legal bases, movement, tiers. */

export const plan: ProvinceManifestInput['plan'] = {
  // The text carries no "Số: …/KH-UBND" and no "Ninh Thuận, ngày … tháng … năm …" line (see notes).
  number: null,
  date: null,
  dateText: 'không ghi ngày (Kế hoạch năm 2023)',
  issuer: 'Ủy ban nhân dân tỉnh Ninh Thuận',
  // Phần ký: "CHỦ TỊCH … Trần Quốc Nam" (no "TM. ỦY BAN NHÂN DÂN" line in the text).
  signer: { name: 'Trần Quốc Nam', title: 'CHỦ TỊCH' },
  legalBases: [
    {
      ref: 'Quyết định số 749/QĐ-TTg',
      title:
        'Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ phê duyệt “Chương trình chuyển đổi số Quốc gia” đến năm 2025, định hướng đến năm 2030',
      source: 'Phần căn cứ',
    },
    {
      ref: 'Nghị quyết số 09-NQ/TU',
      title:
        'Nghị quyết số 09-NQ/TU, ngày 29/11/2021 của Ban Thường vụ Tỉnh ủy về chuyển đổi số tỉnh Ninh Thuận giai đoạn 2021-2025, tầm nhìn đến năm 2030',
      source: 'Phần căn cứ',
    },
    {
      ref: 'Quyết định số 96/QĐ-UBND',
      title:
        'Quyết định số 96/QĐ-UBND ngày 02/02/2022 của Ủy ban nhân dân tỉnh về việc ban hành Kế hoạch thực hiện Chương trình hành động số 59-CTr/BCSD ngày 27/01/2022 của Ban Cán sự Đảng Ủy ban nhân dân tỉnh thực hiện Nghị quyết số 09-NQ/TU ngày 29/11/2021 của Ban Thường vụ Tỉnh ủy về chuyển đổi số tỉnh Ninh Thuận giai đoạn 2021-2025, tầm nhìn đến 2030',
      source: 'Phần căn cứ',
    },
    {
      ref: 'Kế hoạch số 3420/KH-UBND',
      title:
        'Kế hoạch số 3420/KH-UBND ngày 05/8/2022 của Ủy ban nhân dân tỉnh phát động phong trào thi đua “Chuyển đổi số giai đoạn 2021-2025” trên địa bàn tỉnh',
      source: 'Phần căn cứ',
    },
    // Cited in the body, not the preamble: the tasks the criteria rest on (III, V.1) and the dossier rules (IV.4).
    {
      ref: 'Quyết định số 56/QĐ-UBND',
      title:
        'Kế hoạch chuyển đổi số tỉnh Ninh Thuận năm 2023 ban hành kèm theo Quyết định số 56/QĐ-UBND ngày 14/02/2023 của Ủy ban nhân dân tỉnh',
      source: 'III; V.1',
    },
    {
      ref: 'Hướng dẫn số 2730/HD-SNV',
      title:
        'Hướng dẫn số 2730/HD-SNV ngày 06/9/2022 của Sở Nội vụ về khen thưởng thành tích xuất sắc tiêu biểu trong phong trào thi đua “Chuyển đổi số giai đoạn 2021-2025” trên địa bàn tỉnh Ninh Thuận',
      source: 'IV.4',
    },
  ],
  source: 'Phần mở đầu; phần ký',
};

export const movement: ProvinceManifestInput['movement'] = {
  name: 'Chuyển đổi số năm 2023',
  theme:
    'Huy động mọi nguồn lực, tập trung phát triển dữ liệu số, số hóa quy trình; mỗi cơ quan, đơn vị, địa phương phấn đấu hoàn thành ít nhất một sản phẩm chuyển đổi số năm 2023',
  // One year, no stages; it is the 2023 round of the 2021–2025 movement of KH 3420/KH-UBND (see notes).
  span: { from: '2023-01-01', to: '2023-12-31' },
  stages: [],
  source: 'Tên Kế hoạch; I.1; II.1',
};

export const tiers: ProvinceManifestInput['tiers'] = [
  {
    tier: 'provincial-agency',
    text: 'Các Sở, ban, ngành, Ủy ban Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị - xã hội các cấp trong tỉnh',
    source: 'II.2',
  },
  { tier: 'district', text: 'Ủy ban nhân dân các huyện, thành phố', source: 'II.2' },
  { tier: 'commune', text: 'Ủy ban nhân dân cấp xã', source: 'II.2' },
  { tier: 'enterprise', text: 'Các doanh nghiệp, các tổ chức hợp pháp khác', source: 'II.2' },
  { tier: 'official', text: 'Cá nhân thuộc cơ quan, đơn vị, địa phương, tổ chức nêu trên', source: 'II.2' },
];
