import { Alert } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** Shown above settings a non-admin can look at but not change. */
export function AdminOnlyNotice() {
  const { t } = useTranslation('sell');
  return (
    <Alert color="gray" variant="light" icon={<IconLock size={18} />} title={t('settings.adminOnlyTitle')} data-testid="admin-only-notice">
      {t('settings.adminOnlyDescription')}
    </Alert>
  );
}
