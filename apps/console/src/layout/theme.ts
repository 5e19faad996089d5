import { deepmerge } from '@mui/utils';
import { defaultTheme, type RaThemeOptions } from 'react-admin';

/**
 * react-admin's default theme with blues dark enough for text on white and white on them (WCAG AA, 4.5:1; the
 * defaults #2196f3 and #1976d2 give 3.1:1 and 4.4:1), and a name for every progress indicator that is not given one where it is used.
 */
export const theme: RaThemeOptions = deepmerge(defaultTheme, {
  palette: {
    primary: { light: '#5e92f3', main: '#1565c0', dark: '#003c8f', contrastText: '#fff' },
    secondary: { light: '#5e92f3', main: '#1565c0', dark: '#003c8f', contrastText: '#fff' },
    // Status chips carry white text: MUI's info (#0288d1) and warning (#ed6c02) give 4.1:1 and 3.0:1.
    info: { main: '#01579b', contrastText: '#fff' },
    warning: { main: '#b45309', contrastText: '#fff' },
  },
  components: {
    MuiCircularProgress: { defaultProps: { 'aria-label': 'Đang tải / Loading' } },
    MuiLinearProgress: { defaultProps: { 'aria-label': 'Đang tải / Loading' } },
  },
});
