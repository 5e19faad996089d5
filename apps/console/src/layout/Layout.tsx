import { Typography } from '@mui/material';
import type { ReactNode } from 'react';
import {
  AppBar,
  Layout as RaLayout,
  LoadingIndicator,
  LocalesMenuButton,
  TitlePortal,
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

function ThiduaAppBar() {
  return (
    <AppBar
      toolbar={
        <>
          <RoleLabel />
          <ProvincePicker />
          <NotificationBell />
          <LocalesMenuButton />
          <LoadingIndicator />
        </>
      }
    >
      <TitlePortal />
    </AppBar>
  );
}

export function Layout({ children }: { children: ReactNode }) {
  return (
    <RaLayout appBar={ThiduaAppBar} menu={Menu}>
      {children}
    </RaLayout>
  );
}
