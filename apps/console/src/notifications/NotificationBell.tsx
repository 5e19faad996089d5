import NotificationsIcon from '@mui/icons-material/Notifications';
import { Badge, IconButton, Tooltip } from '@mui/material';
import { useEffect, useState } from 'react';
import { useRedirect, useTranslate } from 'react-admin';
import { apiJson, NOTIFICATIONS_CHANGED } from './api';

/** The app bar's bell: the unread count, refreshed every minute and after the user reads something. */
export function NotificationBell() {
  const [unread, setUnread] = useState(0);
  const redirect = useRedirect();
  const translate = useTranslate();
  useEffect(() => {
    let live = true;
    const load = () =>
      apiJson<{ unread: number }>('/notifications/unread-count')
        .then((r) => live && setUnread(r.unread))
        .catch(() => undefined);
    void load();
    const timer = setInterval(load, 60_000);
    window.addEventListener(NOTIFICATIONS_CHANGED, load);
    return () => {
      live = false;
      clearInterval(timer);
      window.removeEventListener(NOTIFICATIONS_CHANGED, load);
    };
  }, []);
  const label = translate('notifications.unread', { smart_count: unread });
  return (
    <Tooltip title={label}>
      <IconButton color="inherit" aria-label={label} onClick={() => redirect('/notifications')}>
        <Badge badgeContent={unread} color="error" data-testid="unread-count">
          <NotificationsIcon />
        </Badge>
      </IconButton>
    </Tooltip>
  );
}
