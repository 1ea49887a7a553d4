import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import Badge from '@mui/material/Badge';
import IconButton from '@mui/material/IconButton';
import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import NotificationsOutlined from '@mui/icons-material/NotificationsOutlined';
import { api, unwrap } from '@/shared/api/client';
import { useRouterNavigate } from './use-router-navigate';
import { translateMessage, useMessages } from '@/shared/i18n/messages';
import { formatDateTime } from '@/shared/labels/format';
import { appMessages } from '../i18n/messages';

const notificationsKey = ['notifications'] as const;

/** In-app notifications, e.g. a host told that their visitor has arrived. Polled while the console is open. */
export function NotificationsButton() {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const navigate = useRouterNavigate();
  const queryClient = useQueryClient();
  const { data } = useQuery({
    queryKey: notificationsKey,
    queryFn: async () => unwrap(await api.GET('/api/v1/notifications')),
    refetchInterval: 30_000,
  });
  const markRead = useMutation({
    mutationFn: async (id: string) =>
      api.POST('/api/v1/notifications/{id}/read', { params: { path: { id } } }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: notificationsKey }),
  });
  const unread = data?.unread ?? 0;
  const t = useMessages(appMessages);
  const label = t('notifications.button', { unread });

  return (
    <>
      <IconButton
        color="inherit"
        aria-label={label}
        aria-haspopup="menu"
        onClick={(event) => setAnchor(event.currentTarget)}
      >
        <Badge badgeContent={unread} color="error">
          <NotificationsOutlined />
        </Badge>
      </IconButton>
      <Menu
        anchorEl={anchor}
        open={!!anchor}
        onClose={() => setAnchor(null)}
        slotProps={{ paper: { sx: { maxWidth: 380 } } }}
      >
        {(data?.items.length ?? 0) === 0 && <MenuItem disabled>{t('notifications.none')}</MenuItem>}
        {data?.items.map((notification) => (
          <MenuItem
            key={notification.id}
            onClick={() => {
              setAnchor(null);
              if (!notification.read) markRead.mutate(notification.id);
              if (notification.link) navigate(notification.link);
            }}
            sx={{ whiteSpace: 'normal', fontWeight: notification.read ? 400 : 600 }}
          >
            <ListItemText
              primary={translateMessage(notification.message)}
              secondary={formatDateTime(notification.at)}
              slotProps={{ primary: { sx: { fontWeight: 'inherit' } } }}
            />
          </MenuItem>
        ))}
      </Menu>
    </>
  );
}
