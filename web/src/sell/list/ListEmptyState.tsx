import type { ReactNode } from 'react';
import { Button } from '@mantine/core';
import { IconFilterOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { EmptyStatePanel } from '../../ui/EmptyStatePanel';

interface ListEmptyStateProps {
  /** True when a search or filter is on: then the way out is to clear them. */
  filtered: boolean;
  icon: ReactNode;
  title: string;
  description: string;
  /** The button that adds the first record. */
  action?: ReactNode;
  onClearFilters: () => void;
}

export function ListEmptyState({ filtered, icon, title, description, action, onClearFilters }: ListEmptyStateProps) {
  const { t } = useTranslation('sell');
  if (filtered) {
    return (
      <EmptyStatePanel
        icon={<IconFilterOff size={28} stroke={1.5} />}
        color="gray"
        title={t('list.noMatchesTitle')}
        description={t('list.noMatchesDescription')}
        actions={
          <Button variant="light" onClick={onClearFilters}>
            {t('list.clearFilters')}
          </Button>
        }
      />
    );
  }
  return <EmptyStatePanel icon={icon} color="teal" title={title} description={description} actions={action} />;
}
