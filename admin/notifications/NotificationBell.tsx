import NotificationsIcon from '@mui/icons-material/Notifications';
import { Badge, Box, Button, IconButton, List, ListItemButton, ListItemText, Popover, Tooltip, Typography } from '@mui/material';
import { useCallback, useEffect, useState } from 'react';
import { useTranslate } from 'react-admin';
import { useNavigate } from 'react-router-dom';
import { useFormat } from '../common/format';
import { useApiCall } from '../useApiCall';

interface NotificationItem {
  id: string;
  kind: string;
  title: string;
  body: string;
  link: string | null;
  createdAt: string;
  readAt: string | null;
}

const POLL_MS = 30_000;
const BELL = '{ unreadNotificationCount myNotifications(limit: 15) { id kind title body link createdAt readAt } }';

/**
 * The bell: what the signed-in person was told in the current client. The count is polled (every 30 s
 * and on opening); a click on an item marks it read and opens what it is about.
 */
export function NotificationBell() {
  const translate = useTranslate();
  const format = useFormat();
  const navigate = useNavigate();
  const { call } = useApiCall();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [state, setState] = useState<{ unread: number; items: NotificationItem[] }>({ unread: 0, items: [] });

  const load = useCallback(async () => {
    const answer = await call<{ unreadNotificationCount: number; myNotifications: NotificationItem[] }>(BELL);
    if (answer) setState({ unread: answer.unreadNotificationCount, items: answer.myNotifications });
  }, [call]);

  useEffect(() => {
    void load();
    const timer = setInterval(() => void load(), POLL_MS);
    return () => clearInterval(timer);
  }, [load]);

  const open = async (item: NotificationItem) => {
    setAnchor(null);
    if (!item.readAt) await call('mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) }', { ids: [item.id] });
    void load();
    if (item.link) navigate(item.link);
  };
  const readAll = async () => {
    await call('mutation { markNotificationsRead }');
    void load();
  };

  return (
    <>
      <Tooltip title={translate('notifications.bell')}>
        <IconButton
          color="inherit"
          data-testid="notification-bell"
          aria-label={translate('notifications.bell')}
          onClick={(event) => {
            setAnchor(event.currentTarget);
            void load();
          }}
        >
          <Badge badgeContent={state.unread} color="error" data-testid="notification-count">
            <NotificationsIcon />
          </Badge>
        </IconButton>
      </Tooltip>
      <Popover open={Boolean(anchor)} anchorEl={anchor} onClose={() => setAnchor(null)} anchorOrigin={{ vertical: 'bottom', horizontal: 'right' }} transformOrigin={{ vertical: 'top', horizontal: 'right' }}>
        <Box sx={{ width: 420, maxHeight: 520, overflowY: 'auto' }} data-testid="notification-list">
          <Box sx={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', px: 2, pt: 1 }}>
            <Typography variant="subtitle1">{translate('notifications.title')}</Typography>
            <Button size="small" disabled={!state.unread} onClick={() => void readAll()}>
              {translate('notifications.readAll')}
            </Button>
          </Box>
          {!state.items.length && (
            <Typography sx={{ p: 2 }} color="text.secondary">
              {translate('notifications.empty')}
            </Typography>
          )}
          <List dense>
            {state.items.map((item) => (
              <ListItemButton key={item.id} onClick={() => void open(item)} sx={{ bgcolor: item.readAt ? undefined : 'action.hover' }} data-testid="notification-item">
                <ListItemText
                  primary={item.title}
                  secondary={`${format.dateTime(item.createdAt)} · ${item.body.split('\n')[0]}`}
                  slotProps={{
                    primary: { sx: { fontWeight: item.readAt ? 'normal' : 'bold' } },
                    secondary: { sx: { overflow: 'hidden', textOverflow: 'ellipsis', display: '-webkit-box', WebkitLineClamp: 2, WebkitBoxOrient: 'vertical' } },
                  }}
                />
              </ListItemButton>
            ))}
          </List>
          <Box sx={{ px: 2, pb: 1 }}>
            <Button size="small" onClick={() => (setAnchor(null), navigate('/notification-settings'))}>
              {translate('notifications.settings')}
            </Button>
          </Box>
        </Box>
      </Popover>
    </>
  );
}
