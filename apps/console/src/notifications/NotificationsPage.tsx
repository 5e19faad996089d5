import {
  Box,
  Button,
  Card,
  CardContent,
  FormControlLabel,
  List,
  ListItem,
  ListItemText,
  Stack,
  Switch,
  TextField,
  Typography,
} from '@mui/material';
import { useCallback, useEffect, useState } from 'react';
import { Title, useNotify, useRedirect, useTranslate } from 'react-admin';
import { formatDateTime } from '../council/format';
import { apiJson, notificationsChanged } from './api';

interface Item {
  id: number;
  kind: string;
  title: string;
  body: string;
  link: string | null;
  createdAt: string;
  readAt: string | null;
}
interface Preferences {
  email: string | null;
  emailEnabled: boolean;
  dailyDigest: boolean;
}

/** The notification centre: newest first, unread in bold; and the user's preferences for email. */
export function NotificationsPage() {
  const translate = useTranslate();
  const notify = useNotify();
  const redirect = useRedirect();
  const [items, setItems] = useState<Item[]>([]);
  const [prefs, setPrefs] = useState<Preferences | null>(null);
  const load = useCallback(
    () =>
      apiJson<{ items: Item[] }>('/notifications?limit=100')
        .then((r) => setItems(r.items))
        .catch((e: Error) => notify(e.message, { type: 'error' })),
    [notify],
  );
  useEffect(() => {
    void load();
    apiJson<Preferences>('/notifications/preferences')
      .then(setPrefs)
      .catch(() => undefined);
  }, [load]);
  const read = async (path: string) => {
    await apiJson(path, 'POST');
    notificationsChanged();
    await load();
  };
  const save = () =>
    apiJson('/notifications/preferences', 'PUT', { ...prefs, email: prefs?.email || null })
      .then(() => notify(translate('notifications.saved'), { type: 'success' }))
      .catch((e: Error) => notify(e.message, { type: 'error' }));
  return (
    <Box sx={{ p: { xs: 1, sm: 2 }, maxWidth: 900 }}>
      <Title title={translate('notifications.title')} />
      <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'center', mb: 1 }}>
        <Typography variant="h6">{translate('notifications.title')}</Typography>
        <Button size="small" onClick={() => void read('/notifications/read-all')}>
          {translate('notifications.mark_all_read')}
        </Button>
      </Stack>
      <Card>
        <List data-testid="notification-list">
          {items.length === 0 && (
            <ListItem>
              <ListItemText primary={translate('notifications.empty')} />
            </ListItem>
          )}
          {items.map((n) => (
            <ListItem key={n.id} divider alignItems="flex-start" sx={{ flexWrap: 'wrap', gap: 1 }}>
              <ListItemText
                primary={n.title}
                secondary={
                  <>
                    <span style={{ whiteSpace: 'pre-line' }}>{n.body}</span>
                    <br />
                    {formatDateTime(n.createdAt)}
                  </>
                }
                slotProps={{ primary: { sx: { fontWeight: n.readAt ? 400 : 700 } } }}
              />
              <Stack direction="row" spacing={1}>
                {n.link && (
                  <Button
                    size="small"
                    onClick={() => {
                      if (!n.readAt) void read(`/notifications/${n.id}/read`);
                      redirect(n.link!);
                    }}
                  >
                    {translate('notifications.open')}
                  </Button>
                )}
                {!n.readAt && (
                  <Button size="small" onClick={() => void read(`/notifications/${n.id}/read`)}>
                    {translate('notifications.mark_read')}
                  </Button>
                )}
              </Stack>
            </ListItem>
          ))}
        </List>
      </Card>
      {prefs && (
        <Card sx={{ mt: 2 }}>
          <CardContent>
            <Typography variant="subtitle1" gutterBottom>
              {translate('notifications.preferences')}
            </Typography>
            <Stack spacing={1} sx={{ maxWidth: 420 }}>
              <TextField
                label={translate('notifications.email')}
                type="email"
                size="small"
                value={prefs.email ?? ''}
                onChange={(e) => setPrefs({ ...prefs, email: e.target.value })}
              />
              <FormControlLabel
                control={
                  <Switch
                    checked={prefs.emailEnabled}
                    onChange={(e) => setPrefs({ ...prefs, emailEnabled: e.target.checked })}
                  />
                }
                label={translate('notifications.email_enabled')}
              />
              <FormControlLabel
                control={
                  <Switch
                    checked={prefs.dailyDigest}
                    onChange={(e) => setPrefs({ ...prefs, dailyDigest: e.target.checked })}
                  />
                }
                label={translate('notifications.daily_digest')}
              />
              <Box>
                <Button variant="contained" onClick={() => void save()}>
                  {translate('ra.action.save')}
                </Button>
              </Box>
            </Stack>
          </CardContent>
        </Card>
      )}
    </Box>
  );
}
