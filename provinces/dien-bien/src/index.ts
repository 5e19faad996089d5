import { defineProvince } from '@thidua/domain';
import { awardForms } from './award-forms.js';
import { criteria, targets } from './criteria.js';
import { notes } from './notes.js';
import { phases, quotas } from './phases.js';
import { movement, plan, tiers } from './plan.js';
import { dossier, workflow } from './workflow.js';

/**
 * Điện Biên: Kế hoạch số 2158/KH-UBND ngày 26/5/2023 phát động và tổ chức thực hiện Phong trào thi đua "Chuyển đổi số
 * giai đoạn 2023 - 2030". Every fact cites its plan section in `source`.
 */
export default defineProvince({
  slug: 'dien-bien',
  name: 'Điện Biên',
  authority: 'Ủy ban nhân dân tỉnh Điện Biên',
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
});
