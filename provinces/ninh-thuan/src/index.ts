import { defineProvince, merged2025Into } from '@thidua/domain';
import { awardForms } from './award-forms.js';
import { criteria, targets } from './criteria.js';
import { notes } from './notes.js';
import { phases, quotas } from './phases.js';
import { movement, plan, tiers } from './plan.js';
import { dossier, workflow } from './workflow.js';

/**
 * Ninh Thuận: Kế hoạch phát động phong trào thi đua Chuyển đổi số năm 2023 trên địa bàn tỉnh Ninh Thuận (không ghi
 * số, ngày; Chủ tịch Trần Quốc Nam ký). Every fact cites its plan section in `source`.
 */
export default defineProvince({
  slug: 'ninh-thuan',
  name: 'Ninh Thuận',
  authority: 'Ủy ban nhân dân tỉnh Ninh Thuận',
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
  mergedInto: merged2025Into('khanh-hoa', 'Khánh Hòa'),
});
