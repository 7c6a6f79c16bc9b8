import { Group, Skeleton, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The card's shape while the visitor is looked up. */
export function CardSkeleton() {
  const { t } = useTranslation('sellChatCard');
  return (
    <Stack gap="sm" role="status" aria-label={t('loading')} data-testid="sell-card-loading">
      <Group gap="sm" wrap="nowrap">
        <Skeleton height={36} circle />
        <Stack gap={6} style={{ flex: 1 }}>
          <Skeleton height={12} width="70%" radius="xl" />
          <Skeleton height={10} width="40%" radius="xl" />
        </Stack>
      </Group>
      {[0, 1, 2].map((line) => (
        <Stack key={line} gap={4}>
          <Skeleton height={8} width="30%" radius="xl" />
          <Skeleton height={10} width={line === 1 ? '55%' : '80%'} radius="xl" />
        </Stack>
      ))}
    </Stack>
  );
}
