import { AutocompleteInput, NumberInput } from 'react-admin';
import { ReferenceInput } from './ReferenceInput';

/** The filters of a unit's yearly rows (registrations, reports): which unit, which year, both always shown. */
export const unitYearFilters = [
  <ReferenceInput key="unitId" source="unitId" reference="units" alwaysOn>
    <AutocompleteInput optionText="name" filterToQuery={(q) => ({ q })} />
  </ReferenceInput>,
  <NumberInput key="year" source="year" alwaysOn />,
];
