import { type Criterion, findIndicator, type Operator } from '@thidua/domain';

type Translate = (key: string, options?: object) => string;

/** Operator symbols → the i18n key of the phrase ("> 70 %" → "trên 70 %"). */
const PHRASES: Record<Operator, string> = {
  '>=': 'at_least',
  '>': 'above',
  '<=': 'at_most',
  '<': 'below',
  '=': 'equal',
};

/** A criterion as a sentence: its text, then for a measured one the indicator by name and the threshold in words. */
export function criterionSummary(c: Criterion, translate: Translate, locale: string): string {
  if (c.kind === 'qualitative' || !c.indicator) return c.text;
  const indicator = findIndicator(c.indicator);
  const name = indicator ? (locale === 'en' ? indicator.nameEn : indicator.name) : c.indicator;
  if (c.threshold === undefined || !c.operator) return `${c.text} (${name})`;
  const value = `${c.threshold.toLocaleString(locale === 'en' ? 'en-GB' : 'vi-VN')}${c.unit ? ` ${c.unit}` : ''}`;
  return `${c.text} (${name}: ${translate(`thidua.criteria.operators.${PHRASES[c.operator]}`, { value })})`;
}
