import { Box, type Theme, Typography, useMediaQuery } from '@mui/material';
import type { ReactNode } from 'react';
import {
  AppBar,
  Layout as RaLayout,
  LoadingIndicator,
  LocalesMenuButton,
  Logout,
  TitlePortal,
  UserMenu,
  useTranslate,
} from 'react-admin';
import { NotificationBell } from '../notifications/NotificationBell';
import { session } from '../providers/session';
import { Menu } from './Menu';
import { ProvincePicker } from './ProvincePicker';

function RoleLabel() {
  const translate = useTranslate();
  const role = session.user()?.role;
  return role ? (
    <Typography variant="body2" sx={{ mr: 1, display: { xs: 'none', md: 'block' } }} data-testid="role-label">
      {translate(`roles.${role}`)}
    </Typography>
  ) : null;
}

/**
 * The account menu, named with the user's name where it shows it (a button's name must contain its visible text);
 * on a phone, where react-admin shows only an icon, it keeps its plain name.
 */
function AccountMenu() {
  const translate = useTranslate();
  const name = session.user()?.fullName;
  const showsName = useMediaQuery((t: Theme) => t.breakpoints.up('sm'));
  return (
    <UserMenu label={name && showsName ? `${translate('ra.auth.user_menu')}: ${name}` : 'ra.auth.user_menu'}>
      <Logout />
    </UserMenu>
  );
}

/**
 * On a phone the language button shows its icon only (its name stays for screen readers), so the page title keeps
 * room; the title shrinks with an ellipsis rather than run under the buttons.
 */
const LANGUAGE_ON_PHONE = {
  display: 'flex',
  '& .MuiButton-root': { minWidth: 0, fontSize: { xs: 0, sm: 'inherit' } },
  '& .MuiButton-startIcon': { mx: { xs: 0 } },
  '& .MuiButton-endIcon': { display: { xs: 'none', sm: 'inherit' } },
};
const TITLE = {
  minWidth: 0,
  // react-admin wraps the title in an inline-block, which the ellipsis does not reach.
  '& .RaConfigurable-root': { display: 'inline' },
};

function ThiduaAppBar() {
  return (
    <AppBar
      userMenu={<AccountMenu />}
      toolbar={
        <>
          <RoleLabel />
          <ProvincePicker />
          <NotificationBell />
          <Box component="span" sx={LANGUAGE_ON_PHONE}>
            <LocalesMenuButton />
          </Box>
          <LoadingIndicator />
        </>
      }
    >
      <TitlePortal sx={TITLE} />
    </AppBar>
  );
}

/**
 * Nothing wider than the screen: the content may shrink below its tables' width (a flex child keeps its content's
 * width otherwise), wide tables scroll inside their own box, toolbars wrap on a phone.
 */
const FIT_SCREEN = {
  minWidth: 0, // react-admin's own 'fit-content' lets the widest table widen the page
  '& .RaLayout-content': { minWidth: 0 },
  '& .RaList-main, & .RaList-content': { minWidth: 0 },
  '& .RaList-content, & .RaDatagrid-tableWrapper': { overflowX: 'auto' },
  '& .RaTopToolbar-root, & .RaListToolbar-root': { flexWrap: 'wrap' },
  // react-admin fades its "nothing yet" text below readable contrast.
  '& .RaEmpty-root .RaEmpty-message': { color: 'text.secondary' },
};

export function Layout({ children }: { children: ReactNode }) {
  return (
    <RaLayout appBar={ThiduaAppBar} menu={Menu} sx={FIT_SCREEN}>
      {children}
    </RaLayout>
  );
}
