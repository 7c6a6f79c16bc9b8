import { Box } from '@mantine/core';
import { Outlet } from 'react-router-dom';
import { AdminNav } from './AdminNav';
import classes from './AdminLayout.module.css';

/** The Admin area: a left navigation and the chosen page. */
export function AdminLayout() {
  return (
    <div className={classes.layout}>
      <AdminNav />
      <Box className={classes.content}>
        <Outlet />
      </Box>
    </div>
  );
}
