import { Box } from '@mantine/core';
import { Outlet } from 'react-router-dom';
import { SellNav } from './SellNav';
import { SellTopBar } from './SellTopBar';
import classes from './SellLayout.module.css';

/** The Sell area: its navigation on the left, the chosen page beside it. */
export function SellLayout() {
  return (
    <div className={classes.layout}>
      <SellNav />
      <Box className={classes.content}>
        <SellTopBar />
        <Outlet />
      </Box>
    </div>
  );
}
