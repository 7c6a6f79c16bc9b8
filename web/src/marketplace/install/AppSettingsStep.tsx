import { useState } from 'react';
import { Alert, Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../ui/ApiError';
import { useApiErrorMessage } from '../../ui/useApiErrorMessage';
import { checkInstall } from '../api/marketplaceApi';
import type { AppListing, InstallFailure, SettingValue } from '../api/types';
import { useInstallApp } from '../api/useMarketplaceApi';
import { InstallFailures } from '../InstallFailures';
import { AppSettingsForm } from '../settings/AppSettingsForm';

type AppSettingsStepProps = {
  app: AppListing;
  subdomain: string;
  onBack: () => void;
  onInstalled: (authorizeUrl: string | null) => void;
};

/** Step 2, the app's install page: the settings its manifest asks for, then Install. */
export function AppSettingsStep({ app, subdomain, onBack, onInstalled }: AppSettingsStepProps) {
  const { t } = useTranslation('marketplace');
  const errorMessage = useApiErrorMessage();
  const install = useInstallApp();
  const [failures, setFailures] = useState<InstallFailure[]>([]);
  const signInNext = app.oauth?.sign_in_step === true;
  const submit = (settings: Record<string, SettingValue>) => {
    setFailures([]);
    install.mutate(
      { app_id: app.id, subdomain, settings },
      {
        onSuccess: (answer) => onInstalled(answer.authorize_url),
        onError: (error) => {
          // Something changed since the check (a role, the plan): say what, in the rules' own words.
          if (isApiError(error) && error.code === 'install_not_allowed') void checkInstall(app.id, subdomain).then((check) => setFailures(check.failures));
        },
      },
    );
  };
  return (
    <Stack gap="md" data-testid="app-settings-step">
      <Text size="sm">{app.settings.length > 0 ? t('install.settingsIntro', { name: app.name }) : t('install.noSettings', { name: app.name })}</Text>
      <AppSettingsForm
        fields={app.settings}
        onSubmit={submit}
        error={install.error}
        footer={
          <>
            <InstallFailures failures={failures} title={t('install.notAllowedTitle', { name: app.name })} />
            {install.isError && failures.length === 0 && (
              <Alert color="red" variant="light" role="alert" title={t('install.failedTitle')}>
                {errorMessage(install.error)}
              </Alert>
            )}
          </>
        }
        actions={
          <>
            <Button variant="default" onClick={onBack} disabled={install.isPending}>
              {t('common.back')}
            </Button>
            <Button type="submit" loading={install.isPending}>
              {signInNext ? t('install.continue') : t('actions.install')}
            </Button>
          </>
        }
      />
    </Stack>
  );
}
