import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { AppListing } from '../api/types';
import { AppIcon } from '../AppIcon';
import { InstalledBadge, ProductBadge } from '../AppBadges';
import { appPath } from '../paths';
import { useLocalized } from '../useLocalized';

/** One app in the catalog: what it is, for which product, whether it is installed. */
export function AppCard({ app }: { app: AppListing }) {
  const { t } = useTranslation('marketplace');
  const localized = useLocalized();
  return (
    <Card withBorder radius="lg" padding="lg" data-testid="app-card" data-app-id={app.id} component="article" aria-labelledby={`app-card-${app.id}`}>
      <Stack gap="md" h="100%">
        <Group gap="md" wrap="nowrap" align="flex-start">
          <AppIcon name={app.name} src={app.icon_url} size={48} />
          <Stack gap={2} style={{ minWidth: 0, flex: 1 }}>
            <Title order={2} size="h4" id={`app-card-${app.id}`}>
              {app.name}
            </Title>
            <Text size="xs" c="dimmed" truncate>
              {t('byAuthor', { author: app.author })}
            </Text>
          </Stack>
        </Group>
        <Group gap={6}>
          <ProductBadge product={app.product} />
          {app.installation && <InstalledBadge />}
        </Group>
        <Text size="sm" c="dark.4" lineClamp={3} style={{ flex: 1 }}>
          {localized(app.summary)}
        </Text>
        <Button
          component={Link}
          to={appPath(app.id)}
          variant={app.installation ? 'default' : 'light'}
          rightSection={<IconArrowRight size={16} aria-hidden="true" />}
          aria-label={`${app.installation ? t('card.view') : t('card.viewAndInstall')}: ${app.name}`}
        >
          {app.installation ? t('card.view') : t('card.viewAndInstall')}
        </Button>
      </Stack>
    </Card>
  );
}
