import { Anchor, Group, Skeleton, Stack, Text, Timeline } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { sellKeys } from '../../api/sellKeys';
import type { Pool, PoolPick } from '../../api/types';
import { useSellApi } from '../../api/useSellApi';
import { useSellFormat } from '../../format/useSellFormat';
import { LoadErrorAlert } from '../../../ui/LoadErrorAlert';
import { appRecordPath } from '../../records/resourcePaths';

/** Who the pool's recent records went to, and why each person was picked (B-4). */
export function PoolPicksList({ pool }: { pool: Pool }) {
  const { t } = useTranslation('sell');
  const api = useSellApi();
  const format = useSellFormat();
  const picks = useQuery({
    queryKey: sellKeys.poolPicks(pool.id),
    // The picks endpoint answers the latest ones in one go and takes no paging parameters.
    queryFn: async () => (await api.page<PoolPick>(`/v2/pools/${pool.id}/picks`)).items,
  });
  if (picks.isPending) return <Skeleton height={60} />;
  if (picks.isError) return <LoadErrorAlert title={t('settings.pools.picksFailed')} error={picks.error} onRetry={() => void picks.refetch()} />;
  if (picks.data.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('settings.pools.noPicks')}
      </Text>
    );
  }
  return (
    <Timeline bulletSize={12} lineWidth={2} data-testid="pool-picks">
      {picks.data.map((pick) => (
        <Timeline.Item key={pick.id}>
          <Stack gap={2}>
            <Group gap={6} wrap="wrap">
              <Text size="sm" fw={600}>
                {pick.user_name ?? t('records.unknownUser')}
              </Text>
              {pick.resource_id ? (
                <Anchor component={Link} to={appRecordPath(pick.resource_type, pick.resource_id)} size="sm">
                  {t(`settings.pools.pickedFor.${pick.resource_type}`, { id: pick.resource_id })}
                </Anchor>
              ) : null}
              <Text size="xs" c="dimmed" title={format.dateTime(pick.created_at)}>
                {format.relative(pick.created_at)}
              </Text>
            </Group>
            <Text size="sm" c="dimmed">
              {pick.reason}
            </Text>
          </Stack>
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
