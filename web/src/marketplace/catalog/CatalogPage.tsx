import { useState } from 'react';
import { SegmentedControl, SimpleGrid, Skeleton, Stack, ThemeIcon } from '@mantine/core';
import { IconBuildingStore, IconPlugConnected } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { productByKey } from '../../app/products';
import { EmptyStatePanel } from '../../ui/EmptyStatePanel';
import { PageContainer } from '../../ui/PageContainer';
import { PageHeader } from '../../ui/PageHeader';
import type { AppProduct } from '../api/types';
import { useApps } from '../api/useMarketplaceApi';
import { LoadErrorAlert } from '../../ui/LoadErrorAlert';
import { AppCard } from './AppCard';

type Filter = 'all' | AppProduct;

/** The Marketplace: every app that can be installed in this account, as cards. */
export function CatalogPage() {
  const { t } = useTranslation('marketplace');
  const { t: tApp } = useTranslation();
  const apps = useApps();
  const [filter, setFilter] = useState<Filter>('all');
  const shown = (apps.data ?? []).filter((app) => filter === 'all' || app.product === filter);
  return (
    <PageContainer>
      <PageHeader
        title={tApp('products.marketplace.name')}
        description={t('catalog.description')}
        icon={
          <ThemeIcon size={44} radius="md" variant="light" color={productByKey('marketplace').color}>
            <IconBuildingStore size={24} stroke={1.6} aria-hidden="true" />
          </ThemeIcon>
        }
      />
      <Stack gap="lg">
        <SegmentedControl
          value={filter}
          onChange={(value) => setFilter(value as Filter)}
          aria-label={t('catalog.filterLabel')}
          data={[
            { value: 'all', label: t('catalog.filterAll') },
            { value: 'chat', label: tApp('products.chat.name') },
            { value: 'sell', label: tApp('products.sell.name') },
          ]}
          style={{ alignSelf: 'flex-start' }}
        />
        {apps.isPending && (
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="lg">
            {[0, 1, 2].map((n) => (
              <Skeleton key={n} height={240} radius="lg" />
            ))}
          </SimpleGrid>
        )}
        {apps.isError && <LoadErrorAlert title={t('catalog.loadFailed')} error={apps.error} onRetry={() => void apps.refetch()} />}
        {apps.data && shown.length === 0 && (
          <EmptyStatePanel icon={<IconPlugConnected size={30} stroke={1.5} />} color="orange" title={t('catalog.emptyTitle')} description={t('catalog.emptyDescription')} />
        )}
        {shown.length > 0 && (
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="lg" data-testid="app-catalog">
            {shown.map((app) => (
              <AppCard key={app.id} app={app} />
            ))}
          </SimpleGrid>
        )}
      </Stack>
    </PageContainer>
  );
}
