import type { ProvinceManifestInput } from '@thidua/domain';

/** IV.1 Hình thức khen thưởng. The plan restricts none to particular tiers, so `tiers` is left out (all tiers). */
export const awardForms: ProvinceManifestInput['awardForms'] = [
  {
    // IV.3.3 "đề xuất UBND tỉnh xét đề nghị Chủ tịch nước tặng thưởng Huân chương Lao động hạng Ba … cho các tập thể, cá nhân"
    id: 'huan-chuong-lao-dong-hang-ba',
    name: 'Huân chương Lao động hạng Ba',
    conferredBy: 'Chủ tịch nước',
    level: 'state',
    recipients: ['collective', 'individual'],
    source: 'IV.1; IV.3.3',
  },
  {
    id: 'bang-khen-thu-tuong',
    name: 'Bằng khen của Thủ tướng Chính phủ',
    conferredBy: 'Thủ tướng Chính phủ',
    level: 'government',
    recipients: ['collective', 'individual'],
    source: 'IV.1; IV.3.3',
  },
  {
    id: 'bang-khen-ubnd-tinh',
    name: 'Bằng khen của Chủ tịch UBND tỉnh',
    conferredBy: 'Chủ tịch UBND tỉnh',
    level: 'province',
    recipients: ['collective', 'individual'],
    source: 'IV.1; IV.3',
  },
  {
    // One form for the awards of every unit "theo thẩm quyền": Giấy khen, or Bằng khen where the body confers one (see notes).
    id: 'giay-khen',
    name: 'Giấy khen (Bằng khen) của các cơ quan, đơn vị, địa phương',
    conferredBy:
      'Các Sở, ban, ngành, Ủy ban Mặt trận tổ quốc Việt Nam và các tổ chức xã hội tỉnh, UBND các huyện, thị xã, thành phố, xã, phường, thị trấn, đơn vị theo thẩm quyền',
    level: 'unit',
    recipients: ['collective', 'individual'],
    source: 'IV.1; IV.3',
  },
];
