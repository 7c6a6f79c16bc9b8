import { useState } from 'react';
import { Alert, Anchor, Breadcrumbs, Button, Group, Paper, Stack, Stepper, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconCircleCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { isApiError } from '../../ui/ApiError';
import { ContentLoader } from '../../ui/ContentLoader';
import { PageContainer } from '../../ui/PageContainer';
import { useNotify } from '../../ui/useNotify';
import type { AppListing, Installation } from '../api/types';
import { useApp } from '../api/useMarketplaceApi';
import { AppIcon } from '../AppIcon';
import { AppNotFound } from '../AppNotFound';
import { LoadErrorAlert } from '../../ui/LoadErrorAlert';
import { useReconnectApp } from '../my-apps/useReconnectApp';
import { appPath, marketplacePath, myAppsPath } from '../paths';
import { AppSettingsStep } from './AppSettingsStep';
import { ConfirmAccountStep } from './ConfirmAccountStep';
import { SignInStep } from './SignInStep';

function AlreadyInstalled({ app, installation }: { app: AppListing; installation: Installation }) {
  const { t } = useTranslation('marketplace');
  const { reconnect, pending } = useReconnectApp();
  const waiting = installation.status === 'needs_authorization';
  return (
    <Alert color={waiting ? 'orange' : 'teal'} icon={<IconCircleCheck size={18} />} title={waiting ? t('install.waitingTitle', { name: app.name }) : t('install.alreadyTitle', { name: app.name })}>
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{waiting ? t('install.waitingDescription', { name: app.name }) : t('install.alreadyDescription')}</Text>
        <Group gap="sm">
          {waiting && (
            <Button size="xs" loading={pending} onClick={() => reconnect(installation.id)}>
              {t('install.signIn', { name: app.name })}
            </Button>
          )}
          <Button size="xs" variant="default" component={Link} to={myAppsPath(app.product)}>
            {t('detail.openMyApps')}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}

function InstallSteps({ app }: { app: AppListing }) {
  const { t } = useTranslation('marketplace');
  const navigate = useNavigate();
  const notify = useNotify();
  const [step, setStep] = useState(0);
  const [subdomain, setSubdomain] = useState('');
  const [authorizeUrl, setAuthorizeUrl] = useState<string | null>(null);
  const signIn = app.oauth?.sign_in_step === true;
  const installed = (url: string | null) => {
    if (url) {
      setAuthorizeUrl(url);
      setStep(2);
      return;
    }
    notify.success(t('install.done', { name: app.name }));
    navigate(myAppsPath(app.product));
  };
  return (
    <Stepper active={step} size="sm" allowNextStepsSelect={false} styles={{ content: { paddingTop: 'var(--mantine-spacing-xl)' } }}>
      <Stepper.Step label={t('install.stepAccount')} description={t('install.stepAccountHint')}>
        <ConfirmAccountStep
          app={app}
          onConfirmed={(typed) => {
            setSubdomain(typed);
            setStep(1);
          }}
        />
      </Stepper.Step>
      <Stepper.Step label={t('install.stepSettings')} description={t('install.stepSettingsHint')}>
        <AppSettingsStep app={app} subdomain={subdomain} onBack={() => setStep(0)} onInstalled={installed} />
      </Stepper.Step>
      {signIn && (
        <Stepper.Step label={t('install.stepSignIn')} description={t('install.stepSignInHint')}>
          {authorizeUrl && <SignInStep app={app} authorizeUrl={authorizeUrl} />}
        </Stepper.Step>
      )}
    </Stepper>
  );
}

/** Decided once: the install itself makes the app installed, and its last step must stay on screen. */
function InstallBody({ app }: { app: AppListing }) {
  const [installedBefore] = useState(app.installation !== null);
  return installedBefore && app.installation ? <AlreadyInstalled app={app} installation={app.installation} /> : <InstallSteps app={app} />;
}

/** Install: confirm the account, fill in the app's settings, and sign in to it when it asks. */
export function InstallPage() {
  const { t } = useTranslation('marketplace');
  const { t: tApp } = useTranslation();
  const { appId = '' } = useParams();
  const app = useApp(appId);
  useDocumentTitle(tApp('app.documentTitle', { page: t('install.title', { name: app.data?.name ?? '' }) }));
  if (app.isPending) return <ContentLoader />;
  if (app.isError) {
    return (
      <PageContainer size="md">
        {isApiError(app.error) && app.error.status === 404 ? <AppNotFound /> : <LoadErrorAlert title={t('detail.loadFailed')} error={app.error} onRetry={() => void app.refetch()} />}
      </PageContainer>
    );
  }
  const listing = app.data;
  return (
    <PageContainer size="md">
      <Breadcrumbs mb="lg" separator="›">
        <Anchor component={Link} to={marketplacePath} size="sm">
          {tApp('products.marketplace.name')}
        </Anchor>
        <Anchor component={Link} to={appPath(listing.id)} size="sm">
          {listing.name}
        </Anchor>
        <Text size="sm" c="dimmed">
          {t('actions.install')}
        </Text>
      </Breadcrumbs>
      <Group gap="md" mb="xl" wrap="nowrap">
        <AppIcon name={listing.name} src={listing.icon_url} size={48} />
        <Title order={1} size="h2">
          {t('install.title', { name: listing.name })}
        </Title>
      </Group>
      <Paper withBorder radius="lg" p="xl" data-testid="install-page">
        <InstallBody app={listing} />
      </Paper>
    </PageContainer>
  );
}
