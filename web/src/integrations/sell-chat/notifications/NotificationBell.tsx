import { ActionIcon, Button, Group, Indicator, Popover, ScrollArea, Stack, Text, Tooltip, UnstyledButton } from '@mantine/core';
import { IconBell } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useSellFormat } from '../../../sell/format/useSellFormat';
import { sellRecordPath } from '../card/recordPaths';
import type { RepNotification } from './notificationTypes';
import { useNotificationText } from './useNotificationText';
import type { useRepNotifications } from './useRepNotifications';
import classes from './NotificationBell.module.css';

type Notifications = ReturnType<typeof useRepNotifications>;

function NotificationItem({ notification, onOpen }: { notification: RepNotification; onOpen: () => void }) {
  const title = useNotificationText();
  const format = useSellFormat();
  const unread = notification.readAt === null;
  return (
    <UnstyledButton className={classes.item} data-unread={unread || undefined} onClick={onOpen} data-testid="rep-notification">
      <span className={classes.dot} aria-hidden="true" />
      <Stack gap={2} style={{ minWidth: 0, flex: 1 }}>
        <Text size="sm" fw={unread ? 700 : 500} lineClamp={2}>
          {title(notification)}
        </Text>
        <Text size="sm" c="dark.4" lineClamp={3} style={{ overflowWrap: 'anywhere' }}>
          {notification.text}
        </Text>
        <Text size="xs" c="dimmed" title={format.dateTime(notification.createdAt)}>
          {format.relative(notification.createdAt)}
        </Text>
      </Stack>
    </UnstyledButton>
  );
}

/** W-3 in Sell's top bar: the notes agents left for this rep, with an unread count; opening one marks it read. */
export function NotificationBell({ notifications }: { notifications: Notifications }) {
  const { t } = useTranslation('sellChatCard');
  const navigate = useNavigate();
  const [opened, setOpened] = useState(false);
  const { items, unreadCount, list, markRead, markAllRead } = notifications;
  const label = unreadCount > 0 ? t('notifications.openUnread', { count: unreadCount }) : t('notifications.open');
  const open = (notification: RepNotification) => {
    if (!notification.readAt) markRead.mutate(notification.id);
    setOpened(false);
    navigate(sellRecordPath(notification.record.type, notification.record.id));
  };
  return (
    <Popover opened={opened} onChange={setOpened} position="bottom-end" width={380} shadow="lg" radius="md" trapFocus returnFocus>
      <Popover.Target>
        <Tooltip label={label} withArrow disabled={opened}>
          <Indicator label={unreadCount > 99 ? '99+' : unreadCount} size={16} color="red" disabled={unreadCount === 0} offset={6} data-testid="notification-count">
            <ActionIcon
              variant={opened ? 'light' : 'subtle'}
              color="gray"
              size={36}
              radius="md"
              aria-label={label}
              aria-expanded={opened}
              onClick={() => setOpened((o) => !o)}
              data-testid="notification-bell"
            >
              <IconBell size={22} stroke={1.6} />
            </ActionIcon>
          </Indicator>
        </Tooltip>
      </Popover.Target>
      <Popover.Dropdown p={0} data-testid="notification-list">
        <Group justify="space-between" px="md" py="xs" className={classes.header}>
          <Text fw={700} size="sm">
            {t('notifications.title')}
          </Text>
          <Button size="compact-xs" variant="subtle" disabled={unreadCount === 0} loading={markAllRead.isPending} onClick={() => markAllRead.mutate()}>
            {t('notifications.markAllRead')}
          </Button>
        </Group>
        <ScrollArea.Autosize mah={420}>
          {items.map((notification) => (
            <NotificationItem key={notification.id} notification={notification} onOpen={() => open(notification)} />
          ))}
          {list.hasNextPage && (
            <Group justify="center" p="xs">
              <Button size="compact-xs" variant="subtle" loading={list.isFetchingNextPage} onClick={() => void list.fetchNextPage()}>
                {t('notifications.more')}
              </Button>
            </Group>
          )}
        </ScrollArea.Autosize>
      </Popover.Dropdown>
    </Popover>
  );
}
