import { Badge, NavLink, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLive } from '../live/liveContext';
import { visitorLabel } from '../shared/visitorLabel';

/** The chats this agent serves, with unread visitor messages. */
export function OpenChatList() {
  const { t } = useTranslation('chat');
  const { state, selectedId, actions } = useLive();
  return (
    <Stack gap={4} data-testid="open-chats">
      <Title order={2} size="h5" mb={4}>
        {t('chats.title')}
      </Title>
      {state.chats.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('chats.empty')}
        </Text>
      )}
      {state.chats.map((chat) => (
        <NavLink
          key={chat.id}
          component="button"
          active={chat.id === selectedId}
          onClick={() => actions.select(chat.id)}
          label={visitorLabel(chat.visitor, t)}
          description={chat.status === 'ended' ? t('chats.ended') : (state.typing[chat.id] && t('conversation.visitorTyping')) || undefined}
          rightSection={
            chat.unreadCount > 0 ? (
              <Badge size="sm" color="red" circle aria-label={t('chats.unread', { count: chat.unreadCount })}>
                {chat.unreadCount}
              </Badge>
            ) : null
          }
        />
      ))}
    </Stack>
  );
}
