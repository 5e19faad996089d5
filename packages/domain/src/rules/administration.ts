import { departmentOn } from '../law/departments.js';
import { instrumentInForce } from '../law/instruments.js';
import { shortDate } from '../text/dates.js';
import type { AwardForm, Criterion, Phase, ProvinceManifest, Quota, Tier } from '../manifest/schema.js';

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

/**
 * The day a nomination's rules are judged on: its award is conferred neither before today nor before its phase ends,
 * so a round that ends after 30/6/2025 is judged on the two-tier map even while its nominations are drafted earlier.
 */
export function nominationRuleDate(phase: Pick<Phase, 'period'>, today: string): string {
  return today > phase.period.to ? today : phase.period.to;
}

/**
 * Why a nominee's tier or an award form no longer applies on a date because the district level ended, citing the
 * local-government law in force that day from the law table; null when it still applies. Vietnamese first.
 */
export function districtLevelRefusal(
  what: { tier?: Tier; awardForm?: Pick<AwardForm, 'name' | 'validTo' | 'tiers'> },
  date: string,
): string | null {
  const form = what.awardForm;
  const formEnded = form && ((form.validTo !== undefined && date > form.validTo) || isDistrictOnly(form, date));
  const tierEnded = what.tier !== undefined && !tierInForce(what.tier, date);
  if (!formEnded && !tierEnded) return null;
  const law = instrumentInForce('local-government-law', date);
  const subject = tierEnded ? 'đối tượng thi đua cấp huyện' : `hình thức "${form!.name}"`;
  return (
    `Từ ngày ${shortDate(DISTRICT_LEVEL_ENDS)} không còn cấp huyện: chính quyền địa phương tổ chức theo hai cấp (tỉnh, xã) ` +
    `theo ${law?.citation ?? 'Luật Tổ chức chính quyền địa phương'} và Nghị quyết số 202/2025/QH15, ` +
    `nên ${subject} không còn được đề nghị khen thưởng (ngày xét: ${shortDate(date)}). ` +
    `/ From 1 July 2025 local government has two tiers (no district level): ` +
    `${tierEnded ? 'the district tier' : `"${form!.name}"`} can no longer be nominated.`
  );
}

/** An award form given only to district-tier units, on a date the district level no longer exists. */
const isDistrictOnly = (form: Pick<AwardForm, 'tiers'>, date: string) =>
  !!form.tiers?.length && form.tiers.every((t) => !tierInForce(t, date));

/** Whether a unit has stopped by a date: its validTo is the first day it no longer operates ("ngừng hoạt động từ"). */
export function unitEndedOn(unit: { validTo: string | null }, date: string): boolean {
  return unit.validTo !== null && unit.validTo <= date;
}
