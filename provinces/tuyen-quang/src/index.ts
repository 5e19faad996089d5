import { absorbed2025, defineProvince } from '@thidua/domain';
import { awardForms } from './award-forms.js';
import { criteria, targets } from './criteria.js';
import { notes } from './notes.js';
import { phases, quotas } from './phases.js';
import { movement, plan, tiers } from './plan.js';
import { dossier, workflow } from './workflow.js';

/**
 * Tuyên Quang: Kế hoạch phát động Phong trào thi đua "Chuyển đổi số tỉnh Tuyên Quang đến năm 2025, định hướng đến
 * năm 2030" (số để trống, tháng 8/2022). Every fact cites its plan section in `source`.
 */
export default defineProvince({
  slug: 'tuyen-quang',
  name: 'Tuyên Quang',
  authority: 'Ủy ban nhân dân tỉnh Tuyên Quang',
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
  absorbed: [absorbed2025('ha-giang', 'Hà Giang')],
});
