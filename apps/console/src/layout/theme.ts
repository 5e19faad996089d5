import { deepmerge } from '@mui/utils';
import { defaultTheme, type RaThemeOptions } from 'react-admin';

/**
 * react-admin's default theme with blues dark enough for text on white and white on them (WCAG AA, 4.5:1; the
 * defaults #2196f3 and #1976d2 give 3.1:1 and 4.4:1), and a name for every progress indicator that is not given one where it is used.
 * A checkbox named with aria-label (react-admin's "select this row") carries the name on its input, where a screen
 * reader looks, instead of on the wrapping span (where the name is not allowed and the input goes unnamed).
 */
/** What a checkbox's input takes from the props it is given (its owner state). */
interface CheckboxNaming {
  inputProps?: Record<string, unknown>;
  'aria-label'?: string;
}

export const theme: RaThemeOptions = deepmerge(defaultTheme, {
  palette: {
    primary: { light: '#5e92f3', main: '#1565c0', dark: '#003c8f', contrastText: '#fff' },
    secondary: { light: '#5e92f3', main: '#1565c0', dark: '#003c8f', contrastText: '#fff' },
    // Status chips carry white text: MUI's info (#0288d1) and warning (#ed6c02) give 4.1:1 and 3.0:1.
    info: { main: '#01579b', contrastText: '#fff' },
    warning: { main: '#b45309', contrastText: '#fff' },
  },
  components: {
    // react-admin fades its "access denied" page to half opacity: 2.3:1 for its text, below WCAG AA. A role that
    // opens a page it may not (a shared link, a bookmark) reads why in full contrast; only the lock stays faded.
    RaAccessDenied: {
      styleOverrides: {
        root: {
          '& .RaAccessDenied-message': { opacity: 1, color: 'rgba(0, 0, 0, 0.6)' },
          '& .RaAccessDenied-icon': { opacity: 0.5 },
        },
      },
    },
    MuiCircularProgress: { defaultProps: { 'aria-label': 'Đang tải / Loading' } },
    MuiLinearProgress: { defaultProps: { 'aria-label': 'Đang tải / Loading' } },
    MuiCheckbox: {
      defaultProps: {
        slotProps: {
          root: { 'aria-label': undefined },
          input: ({ inputProps, 'aria-label': label }: CheckboxNaming) => ({
            ...inputProps,
            'aria-label': inputProps?.['aria-label'] ?? label,
          }),
        },
      },
    },
  },
});
