import { defineProvince } from '@thidua/domain';
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
  // Not a fact of the plan: the 2025 reorganisation, from the National Assembly's resolution (see notes).
  mergedInto: {
    slug: 'khanh-hoa',
    name: 'Khánh Hòa',
    date: '2025-07-01',
    source: 'Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội (ngoài Kế hoạch); chính quyền tỉnh mới hoạt động từ 01/7/2025',
  },
});
