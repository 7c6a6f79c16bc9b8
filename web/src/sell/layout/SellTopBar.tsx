import { useLocationApps } from '../../marketplace/api/useMarketplaceApi';
import { TopBarApp } from '../../app-host/TopBarApp';
import classes from './SellLayout.module.css';

/** Sell's top bar: an icon per enabled app that lives there (sell_top_bar), at the right. Absent without apps. */
export function SellTopBar() {
  const apps = useLocationApps('sell_top_bar');
  if (!apps.data?.length) return null;
  return (
    <div className={classes.topBar} data-testid="sell-top-bar">
      {apps.data.map((app) => (
        <TopBarApp key={app.installation_id} app={app} />
      ))}
    </div>
  );
}
