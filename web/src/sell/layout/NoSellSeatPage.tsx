import { Button } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { EmptyStatePanel } from '../../ui/EmptyStatePanel';
import { PageContainer } from '../../ui/PageContainer';
import { PageHeader } from '../../ui/PageHeader';

/** For people without a Sell role: say so, and who can change it. */
export function NoSellSeatPage() {
  const { t } = useTranslation('sell');
  return (
    <PageContainer size="md">
      <PageHeader title={t('noSeat.title')} />
      <EmptyStatePanel
        icon={<IconLock size={28} />}
        color="gray"
        title={t('noSeat.heading')}
        description={t('noSeat.description')}
        actions={
          <Button component={Link} to="/" variant="light">
            {t('noSeat.backHome')}
          </Button>
        }
      />
    </PageContainer>
  );
}
