import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNotify } from '../../ui/useNotify';
import { useLive } from '../live/liveContext';
import { visitorLabel } from '../shared/visitorLabel';
import { ElapsedTime } from '../shared/ElapsedTime';

/** Chats waiting for an agent: the first to serve one gets it, for the others it vanishes. */
export function IncomingList() {
  const { t } = useTranslation('chat');
  const { state, actions } = useLive();
  const notify = useNotify();
  const [serving, setServing] = useState<string | null>(null);
  const serve = (chatId: string) => {
    setServing(chatId);
    actions
      .serve(chatId)
      .catch((error: unknown) => {
        const code = (error as { code?: string }).code;
        if (code === 'already_taken' || code === 'chat_ended') notify.error(new Error(t('incoming.taken')));
        else notify.error(error);
      })
      .finally(() => setServing(null));
  };
  return (
    <Stack gap="xs" data-testid="incoming-requests">
      <Group justify="space-between">
        <Title order={2} size="h5">
          {t('incoming.title')}
        </Title>
        {state.incoming.length > 0 && <Badge color="red">{state.incoming.length}</Badge>}
      </Group>
      {state.incoming.length === 0 && (
        <Text size="sm" c="dimmed">
          {state.me?.status === 'online' ? t('incoming.empty') : t('incoming.goOnline')}
        </Text>
      )}
      {state.incoming.map((chat) => (
        <Paper key={chat.id} withBorder p="sm" radius="md" data-testid="incoming-request">
          <Text fw={600} size="sm" truncate>
            {visitorLabel(chat.visitor, t)}
          </Text>
          <Text size="xs" c="dimmed" truncate>
            {chat.department?.name ?? chat.visitor.page?.title ?? chat.visitor.page?.url ?? ''}
          </Text>
          <Group justify="space-between" mt={6}>
            <Text size="xs" c="dimmed">
              <ElapsedTime since={chat.startedAt} />
            </Text>
            <Button size="xs" loading={serving === chat.id} onClick={() => serve(chat.id)}>
              {t('incoming.serve')}
            </Button>
          </Group>
        </Paper>
      ))}
    </Stack>
  );
}
