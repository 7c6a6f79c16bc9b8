import { Button, Group } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../ui/ConfirmModal';
import { useNotify } from '../../ui/useNotify';
import { useLive } from '../live/liveContext';
import type { OpenChat } from '../live/liveState';
import { TransferMenu } from './TransferMenu';

/** End the chat, hand it to someone else, or (once ended) put it away. */
export function ChatActions({ chat }: { chat: OpenChat }) {
  const { t } = useTranslation('chat');
  const { actions } = useLive();
  const notify = useNotify();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  if (chat.status === 'ended') {
    return (
      <Button variant="default" size="xs" onClick={() => actions.close(chat.id)}>
        {t('conversation.close')}
      </Button>
    );
  }
  const end = () => {
    setBusy(true);
    actions
      .end(chat.id)
      .then(() => setConfirming(false))
      .catch((error: unknown) => notify.error(error))
      .finally(() => setBusy(false));
  };
  return (
    <Group gap="xs" wrap="nowrap">
      <TransferMenu chatId={chat.id} />
      <Button color="red" variant="light" size="xs" onClick={() => setConfirming(true)}>
        {t('conversation.end')}
      </Button>
      <ConfirmModal
        opened={confirming}
        onClose={() => setConfirming(false)}
        onConfirm={end}
        title={t('conversation.endTitle')}
        confirmLabel={t('conversation.end')}
        confirmColor="red"
        loading={busy}
      >
        {t('conversation.endMessage')}
      </ConfirmModal>
    </Group>
  );
}
