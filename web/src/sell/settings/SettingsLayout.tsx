import { Box, Grid } from '@mantine/core';
import { Outlet } from 'react-router-dom';
import { SettingsNav } from './SettingsNav';

/** Sell settings: the list of pages on the left, the chosen one beside it. */
export function SettingsLayout() {
  return (
    <Grid gap="xl">
      <Grid.Col span={{ base: 12, md: 3 }}>
        <Box pos="sticky" top={84}>
          <SettingsNav />
        </Box>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 9 }}>
        <Box maw={920}>
          <Outlet />
        </Box>
      </Grid.Col>
    </Grid>
  );
}
