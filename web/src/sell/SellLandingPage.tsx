import { IconChartFunnel } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ProductLanding } from '../app/ProductLanding';

export function SellLandingPage() {
  const { t } = useTranslation();
  return (
    <ProductLanding
      product="sell"
      emptyIcon={<IconChartFunnel size={30} stroke={1.5} />}
      emptyTitle={t('sell.emptyTitle')}
      emptyDescription={t('sell.emptyDescription')}
      upcoming={[t('sell.upcoming.deals'), t('sell.upcoming.contacts'), t('sell.upcoming.leads'), t('sell.upcoming.pipelines')]}
    />
  );
}
