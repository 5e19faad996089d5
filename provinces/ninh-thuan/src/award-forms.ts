import type { ProvinceManifestInput } from '@thidua/domain';

/** IV.1 "Hình thức khen thưởng: Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh." — the only form; IV.2 gives it to "các tập thể và cá nhân". */
export const awardForms: ProvinceManifestInput['awardForms'] = [
  {
    id: 'bang-khen-ubnd-tinh',
    name: 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh',
    conferredBy: 'Chủ tịch Ủy ban nhân dân tỉnh',
    level: 'province',
    recipients: ['collective', 'individual'],
    source: 'IV.1; IV.2',
  },
];
