import { defineProvince, merged2025Into } from '@thidua/domain';
import { awardForms } from './award-forms.js';
import { criteria, targets } from './criteria.js';
import { notes } from './notes.js';
import { phases, quotas } from './phases.js';
import { movement, plan, tiers } from './plan.js';
import { dossier, workflow } from './workflow.js';

/**
 * Bắc Kạn: Kế hoạch số 635/KH-UBND ngày 10/10/2022 phát động Phong trào thi đua "Bắc Kạn đẩy mạnh chương trình
 * chuyển đổi số giai đoạn 2022 - 2025". Every fact cites its plan section in `source`.
 */
export default defineProvince({
  slug: 'bac-kan',
  name: 'Bắc Kạn',
  authority: 'Ủy ban nhân dân tỉnh Bắc Kạn',
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
  // Not a fact of the plan: the 2025 reorganisation (see notes).
  mergedInto: merged2025Into('thai-nguyen', 'Thái Nguyên'),
});
