import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { RepNotification } from './notificationTypes';

/** "Aiko Agent left a note on lead Mei Tanaka", in the reader's language. */
export function useNotificationText(): (notification: RepNotification) => string {
  const { t } = useTranslation('sellChatCard');
  return useCallback(
    (notification) =>
      t('notifications.noteForRep', {
        name: notification.actor.name,
        type: t(`notifications.recordType.${notification.record.type}`),
        record: notification.record.name,
      }),
    [t],
  );
}
