import { useState } from 'react';
import { Button, Skeleton, Stack, Text } from '@mantine/core';
import { IconApps } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ConfirmModal } from '../../ui/ConfirmModal';
import { EmptyStatePanel } from '../../ui/EmptyStatePanel';
import { useNotify } from '../../ui/useNotify';
import type { AppProduct, Installation } from '../api/types';
import { useApps, useInstallations, useSetInstallationEnabled, useUninstallApp } from '../api/useMarketplaceApi';
import { LoadErrorAlert } from '../../ui/LoadErrorAlert';
import { marketplacePath } from '../paths';
import { InstalledAppRow } from './InstalledAppRow';
import { lockedReason } from './manageRights';
import { SignInOutcome } from './SignInOutcome';
import { useReconnectApp } from './useReconnectApp';

/** My Apps of one product: every installed app with its switch, settings, reconnect and uninstall. */
export function MyAppsList({ product }: { product: AppProduct }) {
  const { t } = useTranslation('marketplace');
  const { t: tApp } = useTranslation();
  const notify = useNotify();
  const installations = useInstallations(product);
  const apps = useApps();
  const toggle = useSetInstallationEnabled();
  const uninstall = useUninstallApp();
  const { reconnect, pending: reconnecting } = useReconnectApp();
  const [removing, setRemoving] = useState<Installation | null>(null);
  const appOf = (installation: Installation) => apps.data?.find((app) => app.id === installation.app_id);
  const nameOf = (installation: Installation) => installation.app_name;

  if (installations.isPending) return <Skeleton height={88} radius="lg" />;
  if (installations.isError) return <LoadErrorAlert title={t('myApps.loadFailed')} error={installations.error} onRetry={() => void installations.refetch()} />;
  if (installations.data.length === 0) {
    return (
      <EmptyStatePanel
        icon={<IconApps size={28} stroke={1.5} />}
        color="orange"
        title={t('myApps.emptyTitle')}
        description={t('myApps.emptyDescription', { product: tApp(`products.${product}.name`) })}
        actions={
          <Button component={Link} to={marketplacePath} variant="light">
            {t('myApps.browse')}
          </Button>
        }
      />
    );
  }
  return (
    <Stack gap="sm" data-testid="my-apps">
      <SignInOutcome installations={installations.data} />
      {installations.data.map((installation) => (
        <InstalledAppRow
          key={installation.id}
          installation={installation}
          app={appOf(installation)}
          lockedReason={lockedReason(installation, t('myApps.notAllowed'))}
          toggling={toggle.isPending && toggle.variables?.id === installation.id}
          reconnecting={reconnecting}
          onToggle={(enabled) =>
            toggle.mutate(
              { id: installation.id, enabled },
              {
                onSuccess: () => notify.success(enabled ? t('myApps.enabledNotice', { name: nameOf(installation) }) : t('myApps.disabledNotice', { name: nameOf(installation) })),
                onError: (error) => notify.error(error),
              },
            )
          }
          onReconnect={() => reconnect(installation.id)}
          onUninstall={() => setRemoving(installation)}
        />
      ))}
      <ConfirmModal
        opened={removing !== null}
        title={t('myApps.uninstallTitle', { name: removing ? nameOf(removing) : '' })}
        confirmLabel={t('actions.uninstall')}
        confirmColor="red"
        loading={uninstall.isPending}
        onClose={() => setRemoving(null)}
        onConfirm={() =>
          removing &&
          uninstall.mutate(removing.id, {
            onSuccess: () => {
              notify.success(t('myApps.uninstalled', { name: nameOf(removing) }));
              setRemoving(null);
            },
            onError: (error) => notify.error(error),
          })
        }
      >
        <Text size="sm" data-testid="uninstall-warning">
          {t('myApps.uninstallWarning', { name: removing ? nameOf(removing) : '' })}
        </Text>
      </ConfirmModal>
    </Stack>
  );
}
