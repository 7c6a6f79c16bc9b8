import { Alert, Button, Text } from '@mantine/core';
import { IconLock, IconPlugConnectedX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useReconnectApp } from '../../../marketplace/my-apps/useReconnectApp';
import type { AccessRefusal } from './cardTypes';
import { isKnownRefusal } from './refusalCodes';

/**
 * Why the card shows no Sell data, or why a lead cannot be made: never a blank panel or a raw error.
 * When the app's access to Sell is what is missing, Reconnect is offered (O-9).
 */
export function CardRefusal({ refusal, installationId }: { refusal: AccessRefusal; installationId: number | null }) {
  const { t } = useTranslation('sellChatCard');
  const { reconnect, pending } = useReconnectApp();
  const known = isKnownRefusal(refusal.code) ? refusal.code : null;
  const offersReconnect = refusal.fix === 'reconnect_app' && installationId !== null;
  return (
    <Alert
      variant="light"
      color={offersReconnect ? 'orange' : 'gray'}
      radius="md"
      p="sm"
      styles={{ title: { fontSize: 'var(--mantine-font-size-sm)' }, icon: { marginInlineEnd: 8 } }}
      icon={offersReconnect ? <IconPlugConnectedX size={18} aria-hidden="true" /> : <IconLock size={18} aria-hidden="true" />}
      title={known ? t(`refusal.${known}.title`) : t('refusal.other')}
      data-testid="sell-card-refusal"
      data-code={refusal.code}
    >
      <Text size="xs">{known ? t(`refusal.${known}.body`) : refusal.message}</Text>
      {offersReconnect && (
        <Button mt="sm" size="xs" color="orange" loading={pending} onClick={() => reconnect(installationId)}>
          {t('refusal.reconnect')}
        </Button>
      )}
    </Alert>
  );
}
