import { IconPlugConnected } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ProductLanding } from '../app/ProductLanding';

export function MarketplaceLandingPage() {
  const { t } = useTranslation();
  return (
    <ProductLanding
      product="marketplace"
      emptyIcon={<IconPlugConnected size={30} stroke={1.5} />}
      emptyTitle={t('marketplace.emptyTitle')}
      emptyDescription={t('marketplace.emptyDescription')}
      upcoming={[
        t('marketplace.upcoming.integrations'),
        t('marketplace.upcoming.install'),
        t('marketplace.upcoming.enable'),
        t('marketplace.upcoming.authorize'),
      ]}
    />
  );
}
