import { departmentOn } from '../law/departments.js';
import type { AwardForm, Criterion, ProvinceManifest, Quota, Tier } from '../manifest/schema.js';

/**
 * What the law changed in 2025, by date (facts of the law, not of any plan):
 * - the district level ended on 01/7/2025 (Luật Tổ chức chính quyền địa phương số 72/2025/QH15; Nghị quyết
 *   202/2025/QH15): no district tier, and nothing conferred by a district chairman, after 30/6/2025;
 * - from 01/3/2025 the Sở Thông tin và Truyền thông is part of the Sở Khoa học và Công nghệ (Nghị định 55/2025/NĐ-CP),
 *   which therefore aggregates nominations.
 */
export const DISTRICT_LEVEL_ENDS = '2025-07-01';
/** The last day anything of the district level (a tier, a chairman's Giấy khen) applies: an award form's validTo. */
export const DISTRICT_LEVEL_LAST_DAY = '2025-06-30';

export const DISTRICT_LEVEL_SOURCE =
  'Luật Tổ chức chính quyền địa phương số 72/2025/QH15 và Nghị quyết số 202/2025/QH15 (ngoài Kế hoạch): không còn cấp huyện từ 01/7/2025';

/** Whether a tier still exists on a date. */
export function tierInForce(tier: Tier, date: string): boolean {
  return tier !== 'district' || date < DISTRICT_LEVEL_ENDS;
}

const PLANS_AGGREGATOR = 'Sở Thông tin và Truyền thông';

/** The department that aggregates nominations on a date: the plans' Sở TT&TT, renamed by the law's table. */
export function aggregatingDepartment(date: string): { vi: string; en: string } {
  const vi = departmentOn(PLANS_AGGREGATOR, date);
  return {
    vi,
    en:
      vi === PLANS_AGGREGATOR ? 'Department of Information and Communications' : 'Department of Science and Technology',
  };
}

const formInForce = (f: Pick<AwardForm, 'validTo'>, date: string) => !f.validTo || date <= f.validTo;

/**
 * The part of a plan that still applies on a date: criteria of tiers that exist, award forms whose conferrer
 * exists, and the quotas of those forms. A plan that predates 01/7/2025 keeps its text; this says what is in force.
 */
export function inForceOn(
  m: Pick<ProvinceManifest, 'criteria' | 'awardForms' | 'quotas'>,
  date: string,
): { criteria: Criterion[]; awardForms: AwardForm[]; quotas: Quota[] } {
  const awardForms = m.awardForms.filter((f) => formInForce(f, date));
  const ids = new Set(awardForms.map((f) => f.id));
  return {
    criteria: m.criteria.filter((c) => tierInForce(c.tier, date)),
    awardForms,
    quotas: m.quotas.filter((q) => ids.has(q.awardFormId)),
  };
}
