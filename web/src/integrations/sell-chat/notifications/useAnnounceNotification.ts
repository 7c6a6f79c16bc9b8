import { notifications } from '@mantine/notifications';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { RepNotification } from './notificationTypes';
import { useNotificationText } from './useNotificationText';

/** A toast for a notification that just arrived, beside the bell's badge. */
export function useAnnounceNotification(): (notification: RepNotification) => void {
  const { t } = useTranslation();
  const title = useNotificationText();
  return useCallback(
    (notification) =>
      notifications.show({
        color: 'blue',
        title: title(notification),
        message: notification.text,
        autoClose: 8000,
        closeButtonProps: { 'aria-label': t('common.dismiss') },
      }),
    [title, t],
  );
}
