import { Chip, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ResourceType } from '../api/types';
import { FILTERS_FOR, type FeedFilter } from './feedFilters';

interface FeedFilterChipsProps {
  resource: ResourceType;
  value: FeedFilter[];
  onChange: (value: FeedFilter[]) => void;
}

/** Which kinds of activity to show; none picked shows everything. */
export function FeedFilterChips({ resource, value, onChange }: FeedFilterChipsProps) {
  const { t } = useTranslation('sell');
  return (
    <Group gap={6} role="group" aria-label={t('feed.filterLabel')}>
      <Chip size="xs" variant="outline" checked={value.length === 0} onChange={() => onChange([])}>
        {t('feed.filters.all')}
      </Chip>
      <Chip.Group multiple value={value} onChange={(next) => onChange(next as FeedFilter[])}>
        {FILTERS_FOR[resource].map((filter) => (
          <Chip key={filter} value={filter} size="xs" variant="outline">
            {t(`feed.filters.${filter}`)}
          </Chip>
        ))}
      </Chip.Group>
    </Group>
  );
}
