import { Box, Group } from '@mantine/core';
import { Outlet } from 'react-router-dom';
import { AdminNav } from './AdminNav';
import classes from './AdminLayout.module.css';

/** The Admin area: a left navigation and the chosen page. */
export function AdminLayout() {
  return (
    <Group align="flex-start" gap={0} wrap="nowrap" className={classes.layout}>
      <AdminNav />
      <Box component="section" className={classes.content}>
        <Outlet />
      </Box>
    </Group>
  );
}
