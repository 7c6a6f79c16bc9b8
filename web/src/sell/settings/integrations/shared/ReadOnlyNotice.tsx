import { Alert } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useSellAdminNames } from './useSellAdminNames';

/** Shown to someone who may look but not change: only a Sell admin can (S-4), and these are the ones to ask. */
export function ReadOnlyNotice() {
  const { t } = useTranslation('sellChat');
  const admins = useSellAdminNames();
  return (
    <Alert color="gray" variant="light" radius="md" icon={<IconLock size={18} />} title={t('readOnly.title')} data-testid="read-only-notice">
      {admins.length > 0 ? t('readOnly.askAdmins', { names: admins.join(', ') }) : t('readOnly.askAnAdmin')}
    </Alert>
  );
}
