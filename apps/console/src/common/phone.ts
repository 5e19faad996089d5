import { type Theme, useMediaQuery } from '@mui/material';

/**
 * Below MUI's `sm` breakpoint (600 px): a phone, where a list reads better as one column of rows to tap than as a
 * table scrolling sideways in its box (react-admin's SimpleList, as in its demo).
 */
export function useIsPhone(): boolean {
  return useMediaQuery((t: Theme) => t.breakpoints.down('sm'), { noSsr: true });
}
