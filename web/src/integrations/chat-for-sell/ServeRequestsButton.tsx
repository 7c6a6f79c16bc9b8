import { Button } from '@mantine/core';
import { IconMessageCircleBolt } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLive } from '../../chat/live/liveContext';
import { useNotify } from '../../ui/useNotify';

/** W-4 "Serve N requests": takes the request that has waited longest and opens it. */
export function ServeRequestsButton() {
  const { t } = useTranslation('chat');
  const { state, actions } = useLive();
  const notify = useNotify();
  const [serving, setServing] = useState(false);
  const next = state.incoming[0];
  if (!next) return null;
  const serve = () => {
    setServing(true);
    actions
      .serve(next.id)
      .catch((error: unknown) => {
        const code = (error as { code?: string }).code;
        notify.error(code === 'already_taken' || code === 'chat_ended' ? new Error(t('incoming.taken')) : error);
      })
      .finally(() => setServing(false));
  };
  return (
    <Button size="xs" color="orange" leftSection={<IconMessageCircleBolt size={16} aria-hidden="true" />} loading={serving} onClick={serve} data-testid="serve-requests">
      {t('incoming.serveCount', { count: state.incoming.length })}
    </Button>
  );
}
