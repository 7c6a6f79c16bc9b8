import { Button } from '@mantine/core';
import { IconMapQuestion } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { EmptyStatePanel } from '../ui/EmptyStatePanel';
import { PageContainer } from '../ui/PageContainer';
import { PageHeader } from '../ui/PageHeader';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <PageContainer size="md">
      <PageHeader title={t('notFound.title')} />
      <EmptyStatePanel
        icon={<IconMapQuestion size={28} />}
        color="gray"
        title={t('notFound.heading')}
        description={t('notFound.description')}
        actions={
          <Button component={Link} to="/" variant="light">
            {t('common.backHome')}
          </Button>
        }
      />
    </PageContainer>
  );
}
