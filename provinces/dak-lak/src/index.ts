import { absorbed2025, defineProvince } from '@thidua/domain';
import { awardForms } from './award-forms.js';
import { criteria, targets } from './criteria.js';
import { notes } from './notes.js';
import { phases, quotas } from './phases.js';
import { movement, plan, tiers } from './plan.js';
import { dossier, workflow } from './workflow.js';

/**
 * Đắk Lắk: Kế hoạch phát động Phong trào thi đua "Chuyển đổi số giai đoạn 2023 - 2025" trên địa bàn tỉnh Đắk Lắk
 * (no number or date in the text; KT. Chủ tịch, Phó Chủ tịch Nguyễn Tuấn Hà). Every fact cites its plan section.
 */
export default defineProvince({
  slug: 'dak-lak',
  name: 'Đắk Lắk',
  authority: 'Ủy ban nhân dân tỉnh Đắk Lắk',
  plan,
  movement,
  tiers,
  phases,
  criteria,
  targets,
  awardForms,
  quotas,
  dossier,
  workflow,
  notes,
  absorbed: [absorbed2025('phu-yen', 'Phú Yên')],
});
