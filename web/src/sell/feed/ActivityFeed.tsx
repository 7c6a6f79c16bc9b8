import { useState } from 'react';
import { Button, Center, Skeleton, Stack, Text } from '@mantine/core';
import { IconTimeline } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ResourceType } from '../api/types';
import { LoadErrorAlert } from '../../ui/LoadErrorAlert';
import { FeedFilterChips } from './FeedFilterChips';
import { FeedItemRow } from './FeedItemRow';
import { kindsOf, type FeedFilter } from './feedFilters';
import { useFeed } from './useFeed';
import { useFeedLive } from './useFeedLive';
import classes from './ActivityFeed.module.css';

/** The record's activity: filter chips, newest first, "Load more" down the cursor; kept current live (O-8). */
export function ActivityFeed({ resource, id }: { resource: ResourceType; id: number }) {
  const { t } = useTranslation('sell');
  const [filters, setFilters] = useState<FeedFilter[]>([]);
  const feed = useFeed(resource, id, kindsOf(filters));
  useFeedLive(resource, id);
  const items = feed.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <Stack gap="md" data-testid="activity-feed">
      <FeedFilterChips resource={resource} value={filters} onChange={setFilters} />
      {feed.isPending && (
        <Stack gap="md" aria-busy="true" aria-label={t('common.loading')}>
          {[0, 1, 2].map((index) => (
            <Skeleton key={index} height={36} radius="md" />
          ))}
        </Stack>
      )}
      {feed.isError && <LoadErrorAlert title={t('feed.loadFailed')} error={feed.error} onRetry={() => void feed.refetch()} />}
      {feed.isSuccess && items.length === 0 && (
        <Center py="lg">
          <Stack gap={6} align="center">
            <IconTimeline size={28} stroke={1.4} color="var(--mantine-color-gray-5)" aria-hidden="true" />
            <Text size="sm" c="dimmed">
              {filters.length ? t('feed.emptyFiltered') : t('feed.empty')}
            </Text>
          </Stack>
        </Center>
      )}
      {items.length > 0 && (
        <ol className={classes.list} aria-label={t('feed.title')}>
          {items.map((item) => (
            <FeedItemRow key={item.id} item={item} resource={resource} recordId={id} />
          ))}
        </ol>
      )}
      {feed.hasNextPage && (
        <Center>
          <Button variant="default" size="xs" loading={feed.isFetchingNextPage} onClick={() => void feed.fetchNextPage()}>
            {t('feed.loadMore')}
          </Button>
        </Center>
      )}
    </Stack>
  );
}
