import type { ProvinceManifestInput } from '@thidua/domain';

/** IV.2 Khen thưởng sơ kết, tổng kết. Every tier of the plan may be nominated for either form. */
const ALL_TIERS: NonNullable<ProvinceManifestInput['awardForms'][number]['tiers']> = [
  'provincial-agency',
  'district',
  'commune',
  'enterprise',
  'official',
  'citizen',
];

export const awardForms: ProvinceManifestInput['awardForms'] = [
  {
    // 2.1 "Khen thưởng cấp tỉnh – Hình thức khen thưởng: Bằng khen của Chủ tịch UBND tỉnh."
    id: 'bang-khen-ubnd-tinh',
    name: 'Bằng khen của Chủ tịch UBND tỉnh',
    conferredBy: 'Chủ tịch UBND tỉnh',
    level: 'province',
    recipients: ['collective', 'individual'],
    tiers: ALL_TIERS,
    source: 'IV.2.1',
  },
  {
    // 2.2 "Khen thưởng theo thẩm quyền (Thủ trưởng cơ quan, đơn vị, địa phương; Giám đốc doanh nghiệp, hợp tác xã) – Hình thức khen thưởng: Giấy khen."
    id: 'giay-khen',
    name: 'Giấy khen',
    conferredBy: 'Thủ trưởng cơ quan, đơn vị, địa phương; Giám đốc doanh nghiệp, hợp tác xã',
    level: 'unit',
    recipients: ['collective', 'individual'],
    tiers: ALL_TIERS,
    source: 'IV.2.2',
  },
];
