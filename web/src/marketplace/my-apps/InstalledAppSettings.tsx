import { Alert, Anchor, Button, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconArrowLeft, IconArrowRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { AppFrame } from '../../app-host/AppFrame';
import { builtinSettingsPage } from '../../app-host/builtinApps';
import { DisabledReason } from '../../ui/DisabledReason';
import { useApiErrorMessage } from '../../ui/useApiErrorMessage';
import { useNotify } from '../../ui/useNotify';
import type { AppListing, AppProduct, Installation } from '../api/types';
import { useApps, useInstallations, useSaveInstallationSettings } from '../api/useMarketplaceApi';
import { AppIcon } from '../AppIcon';
import { LoadErrorAlert } from '../../ui/LoadErrorAlert';
import { myAppsPath } from '../paths';
import { AppSettingsForm } from '../settings/AppSettingsForm';
import { lockedReason } from './manageRights';

function SettingsCard({ app, installation }: { app: AppListing; installation: Installation }) {
  const { t } = useTranslation('marketplace');
  const notify = useNotify();
  const errorMessage = useApiErrorMessage();
  const save = useSaveInstallationSettings();
  const locked = lockedReason(installation, t('myApps.notAllowed'));
  return (
    <Paper withBorder radius="lg" p="lg" data-testid="installation-settings">
      <Title order={2} size="h5" mb="md">
        {t('settings.formTitle')}
      </Title>
      {app.settings.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('settings.none', { name: app.name })}
        </Text>
      ) : (
        <AppSettingsForm
          key={installation.updated_at}
          fields={app.settings}
          saved={{ values: installation.settings, secretsSet: installation.secrets_set }}
          error={save.error}
          onSubmit={(settings) =>
            save.mutate({ id: installation.id, settings }, { onSuccess: () => notify.success(t('settings.savedNotice', { name: app.name })) })
          }
          footer={
            save.isError && (
              <Alert color="red" variant="light" role="alert" title={t('settings.saveFailed')}>
                {errorMessage(save.error)}
              </Alert>
            )
          }
          actions={
            <DisabledReason reason={locked}>
              <Button type="submit" loading={save.isPending} disabled={locked !== null}>
                {t('settings.save')}
              </Button>
            </DisabledReason>
          }
        />
      )}
    </Paper>
  );
}

/** A shipped app set up on a page of Tandem's own (Sell for Chat: the Chat integration's settings in Sell). */
function SettingsElsewhere({ app, page }: { app: AppListing; page: NonNullable<ReturnType<typeof builtinSettingsPage>> }) {
  const { t } = useTranslation('marketplace');
  return (
    <Paper withBorder radius="lg" p="lg" data-testid="app-settings-elsewhere">
      <Title order={2} size="h5" mb="xs">
        {t('settings.formTitle')}
      </Title>
      <Text size="sm" mb="md">
        {t(`settings.elsewhere.${page.texts}.description`, { name: app.name })}
      </Text>
      <Button component={Link} to={page.path} variant="light" rightSection={<IconArrowRight size={16} aria-hidden="true" />}>
        {t(`settings.elsewhere.${page.texts}.link`)}
      </Button>
    </Paper>
  );
}

/**
 * An installed app's settings: the form from its manifest and, when it has one, its own settings page
 * (a framed page of the app, or for a shipped app a link to the page of Tandem's own where it is set up).
 */
export function InstalledAppSettings({ product, installationId }: { product: AppProduct; installationId: number }) {
  const { t } = useTranslation('marketplace');
  const { t: tApp } = useTranslation();
  const installations = useInstallations(product);
  const apps = useApps();
  const installation = installations.data?.find((candidate) => candidate.id === installationId);
  const app = apps.data?.find((candidate) => candidate.id === installation?.app_id);
  useDocumentTitle(tApp('app.documentTitle', { page: app ? t('settings.pageTitle', { name: app.name }) : t('myApps.title') }));
  const back = (
    <Anchor component={Link} to={myAppsPath(product)} size="sm">
      <Group gap={4} component="span">
        <IconArrowLeft size={14} aria-hidden="true" />
        {t('myApps.title')}
      </Group>
    </Anchor>
  );
  if (installations.isPending || apps.isPending) return <Skeleton height={240} radius="lg" />;
  if (installations.isError) return <LoadErrorAlert title={t('myApps.loadFailed')} error={installations.error} onRetry={() => void installations.refetch()} />;
  if (apps.isError) return <LoadErrorAlert title={t('catalog.loadFailed')} error={apps.error} onRetry={() => void apps.refetch()} />;
  if (!installation || !app) {
    return (
      <Stack gap="md" align="flex-start">
        {back}
        <Alert color="gray" title={t('settings.notInstalledTitle')}>
          {t('settings.notInstalledDescription')}
        </Alert>
      </Stack>
    );
  }
  const settingsPage = installation.settings_frame_url;
  const elsewhere = builtinSettingsPage(app.id);
  return (
    <Stack gap="lg">
      {back}
      <Group gap="md" wrap="nowrap">
        <AppIcon name={app.name} src={app.icon_url} size={48} />
        <Title order={1} size="h3">
          {t('settings.pageTitle', { name: app.name })}
        </Title>
      </Group>
      {elsewhere && <SettingsElsewhere app={app} page={elsewhere} />}
      {(app.settings.length > 0 || (!settingsPage && !elsewhere)) && <SettingsCard app={app} installation={installation} />}
      {settingsPage && (
        <Paper withBorder radius="lg" p="lg" data-testid="app-settings-page">
          <Title order={2} size="h5" mb="md">
            {app.settings.length > 0 ? t('settings.appPageTitle', { name: app.name }) : t('settings.formTitle')}
          </Title>
          <AppFrame name={app.name} frameUrl={settingsPage} height={520} installationId={installation.id} location="settings" />
        </Paper>
      )}
    </Stack>
  );
}
