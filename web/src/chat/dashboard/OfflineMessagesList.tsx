import { Anchor, Badge, Group, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useNotify } from '../../ui/useNotify';
import { chatApi, chatKeys } from '../chatApi';
import { OfflineMessageModal } from '../history/OfflineMessageModal';
import { ElapsedTime } from '../shared/ElapsedTime';
import type { OfflineMessageView } from '../types';
import classes from './OfflineMessagesList.module.css';

/**
 * Unread offline messages, newest first, with their count as a badge. New ones appear as visitors
 * leave them (the server's push refreshes the list); opening one marks it read for every agent.
 */
export function OfflineMessagesList() {
  const { t } = useTranslation('chat');
  const notify = useNotify();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState<OfflineMessageView | null>(null);
  const unread = useQuery({ queryKey: chatKeys.unreadOffline, queryFn: chatApi.unreadOfflineMessages });
  const markRead = useMutation({
    mutationFn: (id: string) => chatApi.markOfflineMessageRead(id),
    onSettled: () => queryClient.invalidateQueries({ queryKey: chatKeys.unreadOffline }),
    onError: (error) => notify.error(error),
  });
  const messages = unread.data?.offlineMessages ?? [];
  const count = unread.data?.unreadCount ?? 0;
  const show = (message: OfflineMessageView) => {
    setOpen(message);
    markRead.mutate(message.id);
  };
  return (
    <Stack gap={6} data-testid="offline-messages">
      <Group justify="space-between">
        <Title order={2} size="h5">
          {t('offline.title')}
        </Title>
        {count > 0 && (
          <Badge color="grape" aria-label={t('offline.unread', { count })} data-testid="offline-badge">
            {count}
          </Badge>
        )}
      </Group>
      {messages.length === 0 && (
        <Text size="sm" c="dimmed">
          {unread.isLoading ? t('common.loading') : t('offline.empty')}
        </Text>
      )}
      {messages.map((message) => (
        <UnstyledButton key={message.id} className={classes.item} onClick={() => show(message)} data-testid="offline-message">
          <Group justify="space-between" wrap="nowrap" gap="xs">
            <Text size="sm" fw={600} truncate>
              {message.name}
            </Text>
            <Text size="xs" c="dimmed" style={{ flexShrink: 0 }}>
              <ElapsedTime since={message.createdAt} />
            </Text>
          </Group>
          <Text size="xs" c="dimmed" lineClamp={2}>
            {message.message}
          </Text>
        </UnstyledButton>
      ))}
      {count > messages.length && (
        <Anchor component={Link} to="/chat/history" size="sm">
          {t('offline.more', { count: count - messages.length })}
        </Anchor>
      )}
      <OfflineMessageModal message={open} onClose={() => setOpen(null)} />
    </Stack>
  );
}
