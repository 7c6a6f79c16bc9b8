import { Grid, Group, Paper, Skeleton, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The shape of a record page while it loads. */
export function RecordPageSkeleton() {
  const { t } = useTranslation('sell');
  return (
    <Stack gap="lg" aria-busy="true" aria-label={t('common.loading')}>
      <Skeleton height={12} width={140} />
      <Group gap="md">
        <Skeleton height={52} circle />
        <Stack gap={8}>
          <Skeleton height={10} width={60} />
          <Skeleton height={24} width={260} />
          <Skeleton height={12} width={320} />
        </Stack>
      </Group>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Paper withBorder radius="lg" p="lg">
            <Stack gap="sm">
              {[80, 60, 70, 50, 65].map((width, index) => (
                <Skeleton key={index} height={12} width={`${width}%`} />
              ))}
            </Stack>
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Paper withBorder radius="lg" p="lg">
            <Stack gap="sm">
              <Skeleton height={60} />
              <Skeleton height={30} />
              <Skeleton height={30} />
            </Stack>
          </Paper>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
