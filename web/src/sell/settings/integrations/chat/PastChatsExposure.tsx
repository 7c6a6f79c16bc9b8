import { Alert, Skeleton, Text } from '@mantine/core';
import { IconEye } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { fetchPastChatExposure } from '../../../../integrations/sell-chat/api/sellChatApi';
import { sellChatKeys } from '../../../../integrations/sell-chat/api/sellChatKeys';
import { useSaveErrorMessage } from '../shared/useSaveErrorMessage';

/** B-3: before past chats are turned on, how many agents would gain sight of how many records. */
export function PastChatsExposure() {
  const { t } = useTranslation('sellChat');
  const errorMessage = useSaveErrorMessage();
  const exposure = useQuery({ queryKey: sellChatKeys.exposure, queryFn: fetchPastChatExposure, staleTime: 0 });
  if (exposure.isPending) return <Skeleton height={64} radius="md" />;
  if (exposure.isError) {
    return (
      <Alert color="gray" variant="light" radius="md">
        {t('pastChats.exposureFailed', { reason: errorMessage(exposure.error) })}
      </Alert>
    );
  }
  const { agents, records, accessMode } = exposure.data;
  return (
    <Alert color="indigo" variant="light" radius="md" icon={<IconEye size={18} />} data-testid="past-chats-exposure">
      <Text size="sm" fw={600}>
        {t('pastChats.exposure', { agents: t('pastChats.agents', { count: agents }), records: t('pastChats.records', { count: records }) })}
      </Text>
      <Text size="xs" c="dimmed" mt={4}>
        {t(`pastChats.exposureBasis.${accessMode}`)}
      </Text>
    </Alert>
  );
}
