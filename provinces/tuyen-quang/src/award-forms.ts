import type { ProvinceManifestInput } from '@thidua/domain';

/** IV.1 Hình thức khen thưởng. */
export const awardForms: ProvinceManifestInput['awardForms'] = [
  {
    // "Huân chương Lao động" — the plan names no class (hạng Ba/Nhì/Nhất) and no conferring authority (see notes).
    id: 'huan-chuong-lao-dong',
    name: 'Huân chương Lao động',
    conferredBy: 'Chủ tịch nước',
    level: 'state',
    recipients: ['collective', 'individual'],
    source: 'IV.1; IV.3.1.a',
  },
  {
    id: 'bang-khen-thu-tuong',
    name: 'Bằng khen Thủ tướng Chính phủ',
    conferredBy: 'Thủ tướng Chính phủ',
    level: 'government',
    recipients: ['collective', 'individual'],
    source: 'IV.1; IV.3.1.a',
  },
  {
    id: 'bang-khen-ubnd-tinh',
    name: 'Bằng khen Chủ tịch Ủy ban nhân dân tỉnh',
    conferredBy: 'Chủ tịch Ủy ban nhân dân tỉnh',
    level: 'province',
    recipients: ['collective', 'individual'],
    source: 'IV.1; IV.3.1.b',
  },
  {
    id: 'giay-khen',
    name: 'Giấy khen của Thủ trưởng cơ quan, tổ chức, đơn vị',
    conferredBy: 'Thủ trưởng cơ quan, tổ chức, đơn vị',
    level: 'unit',
    recipients: ['collective', 'individual'],
    source: 'IV.1; IV.3.1.c',
  },
];
