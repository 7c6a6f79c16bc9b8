import { Anchor, Breadcrumbs, Button, Grid, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconApps, IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { isApiError } from '../../ui/ApiError';
import { ContentLoader } from '../../ui/ContentLoader';
import { PageContainer } from '../../ui/PageContainer';
import type { AppListing } from '../api/types';
import { useApp } from '../api/useMarketplaceApi';
import { AppIcon } from '../AppIcon';
import { InstalledBadge, ProductBadge } from '../AppBadges';
import { InstallFailures } from '../InstallFailures';
import { LoadErrorAlert } from '../../ui/LoadErrorAlert';
import { AppNotFound } from '../AppNotFound';
import { installPath, marketplacePath, myAppsPath } from '../paths';
import { useLocalized } from '../useLocalized';
import { AppAccessList } from './AppAccessList';
import { WhoCanInstall } from './WhoCanInstall';

function Header({ app }: { app: AppListing }) {
  const { t } = useTranslation('marketplace');
  return (
    <Group justify="space-between" align="flex-start" gap="lg" mb="xl">
      <Group gap="lg" wrap="nowrap" align="flex-start">
        <AppIcon name={app.name} src={app.icon_url} size={72} />
        <Stack gap={6}>
          <Title order={1} size="h2">
            {app.name}
          </Title>
          <Text size="sm" c="dimmed">
            {t('byAuthorVersion', { author: app.author, version: app.version })}
          </Text>
          <Group gap={6}>
            <ProductBadge product={app.product} />
            {app.installation && <InstalledBadge />}
          </Group>
        </Stack>
      </Group>
      {app.installation ? (
        <Button component={Link} to={myAppsPath(app.product)} variant="default" leftSection={<IconApps size={18} aria-hidden="true" />}>
          {t('detail.openMyApps')}
        </Button>
      ) : (
        <Button component={Link} to={installPath(app.id)} size="md" leftSection={<IconDownload size={18} aria-hidden="true" />}>
          {t('actions.install')}
        </Button>
      )}
    </Group>
  );
}

/** An app's listing: what it does, what it accesses, where it shows up, and Install. */
export function AppDetailPage() {
  const { t } = useTranslation('marketplace');
  const { t: tApp } = useTranslation();
  const { appId = '' } = useParams();
  const app = useApp(appId);
  const localized = useLocalized();
  useDocumentTitle(tApp('app.documentTitle', { page: app.data?.name ?? tApp('products.marketplace.name') }));
  if (app.isPending) return <ContentLoader />;
  if (app.isError) {
    return (
      <PageContainer>
        {isApiError(app.error) && app.error.status === 404 ? <AppNotFound /> : <LoadErrorAlert title={t('detail.loadFailed')} error={app.error} onRetry={() => void app.refetch()} />}
      </PageContainer>
    );
  }
  const listing = app.data;
  const blocking = listing.installation ? [] : listing.can_install.failures.filter((failure) => failure.code !== 'wrong_subdomain');
  return (
    <PageContainer>
      <Breadcrumbs mb="lg" separator="›">
        <Anchor component={Link} to={marketplacePath} size="sm">
          {tApp('products.marketplace.name')}
        </Anchor>
        <Text size="sm" c="dimmed">
          {listing.name}
        </Text>
      </Breadcrumbs>
      <Header app={listing} />
      <Grid gap="xl">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="lg">
            <InstallFailures failures={blocking} title={t('detail.cannotInstallTitle')} />
            <Paper withBorder radius="lg" p="lg" data-testid="app-description">
              <Title order={2} size="h5" mb="sm">
                {t('detail.whatTitle')}
              </Title>
              <Stack gap="sm">
                {localized(listing.description)
                  .split(/\n{2,}/)
                  .map((paragraph, index) => (
                    <Text key={index} size="sm" style={{ whiteSpace: 'pre-line' }}>
                      {paragraph}
                    </Text>
                  ))}
              </Stack>
            </Paper>
            <WhoCanInstall app={listing} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <AppAccessList app={listing} />
        </Grid.Col>
      </Grid>
    </PageContainer>
  );
}
