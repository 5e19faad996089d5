import { DISTRICT_LEVEL_LAST_DAY, type ProvinceManifestInput } from '@thidua/domain';

/** III.3 Hình thức khen thưởng. The plan limits none of them to particular tiers, so `tiers` is left out. */
export const awardForms: ProvinceManifestInput['awardForms'] = [
  {
    // "Tặng Bằng khen Chủ tịch UBND tỉnh cho tập thể, cá nhân có thành tích xuất sắc trong thực hiện phong trào thi đua."
    id: 'bang-khen-ubnd-tinh',
    name: 'Bằng khen Chủ tịch UBND tỉnh',
    conferredBy: 'Chủ tịch UBND tỉnh',
    level: 'province',
    recipients: ['collective', 'individual'],
    source: 'III.3',
  },
  {
    // "Tặng Giấy khen của Thủ trưởng cơ quan, đơn vị, doanh nghiệp cho tập thể, cá nhân thực hiện tốt phong trào thi đua."
    id: 'giay-khen-thu-truong',
    name: 'Giấy khen của Thủ trưởng cơ quan, đơn vị, doanh nghiệp',
    conferredBy: 'Thủ trưởng cơ quan, đơn vị, doanh nghiệp',
    level: 'unit',
    recipients: ['collective', 'individual'],
    source: 'III.3',
  },
  {
    // "Tặng Giấy khen của Chủ tịch UBND cấp huyện cho tập thể, cá nhân có thành tích xuất sắc …"
    id: 'giay-khen-ubnd-huyen',
    name: 'Giấy khen của Chủ tịch UBND cấp huyện',
    conferredBy: 'Chủ tịch UBND cấp huyện',
    level: 'unit',
    recipients: ['collective', 'individual'],
    // No district level from 01/7/2025 (the law, not the plan: see notes.ts, "2025").
    validTo: DISTRICT_LEVEL_LAST_DAY,
    source: 'III.3',
  },
];
