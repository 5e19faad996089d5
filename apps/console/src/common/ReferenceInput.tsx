import { ReferenceInput as RaReferenceInput, type ReferenceInputProps, type SortPayload } from 'react-admin';

/** How each referenced resource is offered in a select: by its name, which the api collates in Vietnamese order. */
export const CHOICES_SORT: Record<string, SortPayload> = {
  units: { field: 'name', order: 'ASC' },
  people: { field: 'fullName', order: 'ASC' },
  users: { field: 'fullName', order: 'ASC' },
};

/**
 * react-admin's ReferenceInput offering its choices by name (Đ after D, tones in order) instead of react-admin's
 * default, by id: the order records were created in, which no one looking for a unit can follow.
 */
export function ReferenceInput({ sort, ...props }: ReferenceInputProps) {
  return <RaReferenceInput sort={sort ?? CHOICES_SORT[props.reference]} {...props} />;
}
