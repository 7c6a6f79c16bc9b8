import { Button } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { EmptyStatePanel } from '../ui/EmptyStatePanel';
import { PageContainer } from '../ui/PageContainer';
import { PageHeader } from '../ui/PageHeader';

export function ForbiddenPage() {
  const { t } = useTranslation();
  return (
    <PageContainer size="md">
      <PageHeader title={t('forbidden.title')} />
      <EmptyStatePanel
        icon={<IconLock size={28} />}
        color="gray"
        title={t('forbidden.heading')}
        description={t('forbidden.description')}
        actions={
          <Button component={Link} to="/" variant="light">
            {t('common.backHome')}
          </Button>
        }
      />
    </PageContainer>
  );
}
