import { useState } from 'react';
import { Skeleton, Stack } from '@mantine/core';
import { IconPlugConnected } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../../ui/ConfirmModal';
import { EmptyStatePanel } from '../../../ui/EmptyStatePanel';
import { useNotify } from '../../../ui/useNotify';
import { LoadErrorAlert } from '../../../ui/LoadErrorAlert';
import { SettingsPageHeader } from '../SettingsPageHeader';
import { AuthorizedAppsTable } from './AuthorizedAppsTable';
import { useAuthorizedApps, useRevokeAuthorizedApp, type AuthorizedApp } from './useAuthorizedApps';

/** The apps the signed-in user authorized through the Authorize application dialog; each can be revoked. */
export function AuthorizedAppsSettings() {
  const { t } = useTranslation('sell');
  const notify = useNotify();
  const apps = useAuthorizedApps();
  const revoke = useRevokeAuthorizedApp();
  const [revoking, setRevoking] = useState<AuthorizedApp | null>(null);
  return (
    <>
      <SettingsPageHeader title={t('settings.sections.authorized-apps.title')} description={t('settings.sections.authorized-apps.description')} />
      <Stack gap="md">
        {apps.isPending && <Skeleton height={96} radius="lg" />}
        {apps.isError && <LoadErrorAlert title={t('settings.loadFailed')} error={apps.error} onRetry={() => void apps.refetch()} />}
        {apps.data?.length === 0 && (
          <EmptyStatePanel
            icon={<IconPlugConnected size={28} stroke={1.5} />}
            color="indigo"
            title={t('settings.authorizedApps.emptyTitle')}
            description={t('settings.authorizedApps.emptyDescription')}
          />
        )}
        {apps.data && apps.data.length > 0 && <AuthorizedAppsTable apps={apps.data} onRevoke={setRevoking} />}
      </Stack>
      <ConfirmModal
        opened={revoking !== null}
        title={t('settings.authorizedApps.revokeTitle')}
        confirmLabel={t('settings.authorizedApps.revoke')}
        confirmColor="red"
        loading={revoke.isPending}
        onClose={() => setRevoking(null)}
        onConfirm={() =>
          revoking &&
          revoke.mutate(revoking.id, {
            onSuccess: () => {
              notify.success(t('settings.authorizedApps.revoked', { name: revoking.appName }));
              setRevoking(null);
            },
            onError: (error) => notify.error(error),
          })
        }
      >
        {t('settings.authorizedApps.revokeWarning', { name: revoking?.appName ?? '' })}
      </ConfirmModal>
    </>
  );
}
