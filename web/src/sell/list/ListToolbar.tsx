import type { ReactNode } from 'react';
import { Button, Group } from '@mantine/core';
import { IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

interface ListToolbarProps {
  search: ReactNode;
  filters: ReactNode;
  /** Shows "Clear" when a search or filter is on. */
  filtered: boolean;
  onClear: () => void;
}

/** Search and filters above a list. */
export function ListToolbar({ search, filters, filtered, onClear }: ListToolbarProps) {
  const { t } = useTranslation('sell');
  return (
    <Group gap="sm" wrap="wrap" role="search">
      {search}
      {filters}
      {filtered && (
        <Button variant="subtle" color="gray" leftSection={<IconX size={14} aria-hidden="true" />} onClick={onClear}>
          {t('list.clearFilters')}
        </Button>
      )}
    </Group>
  );
}
