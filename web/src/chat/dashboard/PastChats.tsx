import { Stack, Text, UnstyledButton } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { chatApi, chatKeys } from '../chatApi';
import { TranscriptModal } from '../history/TranscriptModal';

/** This visitor's earlier chats, each opening its transcript. */
export function PastChats({ visitorId, currentChatId }: { visitorId: number; currentChatId: string }) {
  const { t, i18n } = useTranslation('chat');
  const [open, setOpen] = useState<string | null>(null);
  const past = useQuery({ queryKey: [...chatKeys.history, { visitorId }], queryFn: () => chatApi.history({ visitorId, type: 'chat' }) });
  const items = (past.data?.items ?? []).flatMap((item) => (item.type === 'chat' && item.chat.id !== currentChatId ? [item] : []));
  return (
    <div>
      <Text size="xs" c="dimmed">
        {t('visitor.pastChats')}
      </Text>
      {items.length === 0 ? (
        <Text size="sm">{past.isLoading ? t('common.loading') : t('visitor.noPastChats')}</Text>
      ) : (
        <Stack gap={4} mt={4}>
          {items.slice(0, 10).map((item) => (
            <UnstyledButton key={item.chat.id} onClick={() => setOpen(item.chat.id)}>
              <Text size="sm" c="blue">
                {new Date(item.timestamp).toLocaleString(i18n.language, { dateStyle: 'medium', timeStyle: 'short' })}
              </Text>
              <Text size="xs" c="dimmed" lineClamp={1}>
                {item.preview ?? ''}
              </Text>
            </UnstyledButton>
          ))}
        </Stack>
      )}
      <TranscriptModal chatId={open} onClose={() => setOpen(null)} />
    </div>
  );
}
