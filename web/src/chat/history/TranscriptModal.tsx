import { Badge, Group, Modal, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ContentLoader } from '../../ui/ContentLoader';
import { chatApi } from '../chatApi';
import { Transcript } from '../shared/Transcript';
import { visitorLabel } from '../shared/visitorLabel';

/** A past chat's transcript. */
export function TranscriptModal({ chatId, onClose }: { chatId: string | null; onClose: () => void }) {
  const { t, i18n } = useTranslation('chat');
  const { t: tApp } = useTranslation();
  const transcript = useQuery({ queryKey: ['chat', 'transcript', chatId], queryFn: () => chatApi.transcript(chatId ?? ''), enabled: chatId !== null });
  const chat = transcript.data?.chat;
  return (
    <Modal
      opened={chatId !== null}
      onClose={onClose}
      size="lg"
      title={chat ? visitorLabel(chat.visitor, t) : t('history.transcript')}
      closeButtonProps={{ 'aria-label': tApp('common.close') }}
    >
      {!chat ? (
        <ContentLoader />
      ) : (
        <Stack gap="md" data-testid="transcript-modal">
          <Group gap="xs">
            <Text size="sm" c="dimmed">
              {new Date(chat.startedAt).toLocaleString(i18n.language, { dateStyle: 'medium', timeStyle: 'short' })}
            </Text>
            {chat.agent && <Badge variant="light">{chat.agent.name}</Badge>}
            {chat.missed && <Badge color="orange" variant="light">{t('history.missed')}</Badge>}
            {chat.rating && <Badge color={chat.rating === 'good' ? 'teal' : 'red'} variant="light">{chat.rating === 'good' ? t('history.good') : t('history.bad')}</Badge>}
          </Group>
          {chat.visitor.email && <Text size="sm">{chat.visitor.email}</Text>}
          <Transcript entries={transcript.data?.log ?? []} />
        </Stack>
      )}
    </Modal>
  );
}
