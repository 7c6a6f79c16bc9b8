import { Button } from '@mantine/core';
import { IconPlugConnectedX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { EmptyStatePanel } from '../ui/EmptyStatePanel';
import { marketplacePath } from './paths';

export function AppNotFound() {
  const { t } = useTranslation('marketplace');
  return (
    <EmptyStatePanel
      icon={<IconPlugConnectedX size={30} stroke={1.5} />}
      color="gray"
      title={t('notFound.title')}
      description={t('notFound.description')}
      actions={
        <Button component={Link} to={marketplacePath} variant="light">
          {t('notFound.back')}
        </Button>
      }
    />
  );
}
