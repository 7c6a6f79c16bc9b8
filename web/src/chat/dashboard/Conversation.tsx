import { Group, ScrollArea, Text, Title } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useLive } from '../live/liveContext';
import type { OpenChat } from '../live/liveState';
import { Transcript } from '../shared/Transcript';
import { visitorLabel } from '../shared/visitorLabel';
import { ChatActions } from './ChatActions';
import { Composer } from './Composer';

/** One conversation: who, what was said, the visitor typing, and the composer. */
export function Conversation({ chat }: { chat: OpenChat }) {
  const { t } = useTranslation('chat');
  const { state, actions } = useLive();
  const entries = state.logs[chat.id] ?? [];
  const pending = state.pending.filter((p) => p.chatId === chat.id);
  const viewport = useRef<HTMLDivElement>(null);
  const lastSeq = entries.length ? entries[entries.length - 1].seq : 0;

  useEffect(() => {
    viewport.current?.scrollTo({ top: viewport.current.scrollHeight });
    if (chat.unreadCount > 0 || lastSeq) actions.markRead(chat.id);
    // Only when something new arrives.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [lastSeq, pending.length]);

  return (
    <>
      <Group justify="space-between" px="md" py="sm" style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }} wrap="nowrap">
        <div style={{ minWidth: 0 }}>
          <Title order={2} size="h4" lineClamp={1} data-testid="conversation-title">
            {visitorLabel(chat.visitor, t)}
          </Title>
          <Text size="xs" c="dimmed">
            {chat.status === 'ended' ? t('chats.ended') : chat.agent ? t('conversation.servedBy', { name: chat.agent.name }) : t('conversation.waiting')}
          </Text>
        </div>
        <ChatActions chat={chat} />
      </Group>
      <ScrollArea viewportRef={viewport} style={{ flex: 1 }} p="md">
        <Transcript entries={entries} pending={pending} />
      </ScrollArea>
      <Text size="xs" c="dimmed" px="md" mih={20} data-testid="visitor-typing" aria-live="polite">
        {state.typing[chat.id] ? t('conversation.typing', { name: visitorLabel(chat.visitor, t) }) : ''}
      </Text>
      {chat.status === 'active' && <Composer chatId={chat.id} />}
    </>
  );
}
