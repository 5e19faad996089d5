import { NOMINATION_STATUSES } from '@thidua/domain';
import { SearchInput, SelectInput, useTranslate } from 'react-admin';
import { useProvince } from '../common/province';

/** The list's filters: search and status always shown, phase, award form and recipient on demand. */
export function useNominationFilters() {
  const translate = useTranslate();
  const { manifest } = useProvince();
  return [
    <SearchInput key="q" source="q" alwaysOn />,
    <SelectInput
      key="status"
      source="status"
      alwaysOn
      choices={NOMINATION_STATUSES.map((s) => ({ id: s, name: translate(`statuses.${s}`) }))}
    />,
    <SelectInput key="phaseId" source="phaseId" choices={manifest?.phases ?? []} />,
    <SelectInput key="awardFormId" source="awardFormId" choices={manifest?.awardForms ?? []} />,
    <SelectInput
      key="recipient"
      source="recipient"
      choices={['collective', 'individual'].map((r) => ({ id: r, name: translate(`recipients.${r}`) }))}
    />,
  ];
}
