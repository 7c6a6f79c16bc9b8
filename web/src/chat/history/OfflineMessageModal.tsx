import { Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OfflineMessageView } from '../types';

/** An offline message a visitor left when nobody was online. */
export function OfflineMessageModal({ message, onClose }: { message: OfflineMessageView | null; onClose: () => void }) {
  const { t, i18n } = useTranslation('chat');
  const { t: tApp } = useTranslation();
  return (
    <Modal opened={message !== null} onClose={onClose} size="lg" title={message?.name ?? ''} closeButtonProps={{ 'aria-label': tApp('common.close') }}>
      {message && (
        <Stack gap="xs" data-testid="offline-message-modal">
          <Text size="sm" c="dimmed">
            {new Date(message.createdAt).toLocaleString(i18n.language, { dateStyle: 'medium', timeStyle: 'short' })}
          </Text>
          <Text size="sm">{message.email}</Text>
          {message.phone && <Text size="sm">{message.phone}</Text>}
          {message.pageUrl && (
            <Text size="sm" c="dimmed">
              {t('history.fromPage', { url: message.pageUrl })}
            </Text>
          )}
          <Text mt="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {message.message}
          </Text>
        </Stack>
      )}
    </Modal>
  );
}
