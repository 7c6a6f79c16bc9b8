import type { ReactNode } from 'react';
import { Grid, Stack } from '@mantine/core';

/** Details on the left, tasks and activity on the right. */
export function RecordPageGrid({ details, activity }: { details: ReactNode; activity: ReactNode }) {
  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, lg: 5 }}>
        <Stack gap="lg">{details}</Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, lg: 7 }}>
        <Stack gap="lg">{activity}</Stack>
      </Grid.Col>
    </Grid>
  );
}
