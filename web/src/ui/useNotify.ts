import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { notifications } from '@mantine/notifications';
import { useApiErrorMessage } from './useApiErrorMessage';

/** Success and error toasts with translated titles. */
export function useNotify() {
  const { t } = useTranslation();
  const errorMessage = useApiErrorMessage();
  return useMemo(
    () => ({
      success(message: string) {
        notifications.show({
          color: 'teal',
          title: t('notify.successTitle'),
          message,
          closeButtonProps: { 'aria-label': t('common.dismiss') },
        });
      },
      error(error: unknown) {
        notifications.show({
          color: 'red',
          title: t('notify.errorTitle'),
          message: errorMessage(error),
          closeButtonProps: { 'aria-label': t('common.dismiss') },
        });
      },
    }),
    [t, errorMessage],
  );
}
