import { INDICATORS } from '@thidua/domain';
import { useLocale } from 'react-admin';

/** The national indicator catalogue as choices, named in the console's language. */
export function useIndicatorChoices() {
  const locale = useLocale();
  return INDICATORS.map((i) => ({ id: i.id, name: locale === 'en' ? i.nameEn : i.name }));
}
