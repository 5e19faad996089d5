import type { Criterion } from '@thidua/domain';
import { describe, expect, it } from 'vitest';
import { withoutKeys } from '../common/text';
import { i18nProvider } from '../i18n/i18nProvider';
import { criterionSummary } from './criterionSummary';

const dti = {
  id: 'c1',
  tier: 'provincial-agency',
  kind: 'threshold',
  text: 'Đạt tỷ lệ trên 70% điểm theo Quyết định số 2534/QĐ-UBND',
  indicator: 'dti-score',
  operator: '>',
  threshold: 70.5,
  unit: '%',
} as Criterion;

describe('criteria and methods in words', async () => {
  it('says a measured criterion with the indicator by name and the threshold in words', async () => {
    const vi = criterionSummary(dti, i18nProvider.translate, 'vi');
    expect(vi).toMatch(/\(Điểm Bộ chỉ số.*\): trên 70,5 %\)$/);
    expect(vi).not.toContain('dti-score');
    expect(vi).not.toContain('>');
    await i18nProvider.changeLocale('en');
    expect(criterionSummary(dti, i18nProvider.translate, 'en')).toMatch(/: above 70\.5 %\)$/);
    await i18nProvider.changeLocale('vi');
  });

  it('leaves a program name out of a method text', () => {
    expect(withoutKeys('Số khen thưởng ÷ tổng số cán bộ của các đơn vị (Unit.staffCount) × 1.000.')).toBe(
      'Số khen thưởng ÷ tổng số cán bộ của các đơn vị × 1.000.',
    );
  });
});
