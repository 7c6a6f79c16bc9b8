import { useSignedInSession } from '../../auth/useSession';
import { BuiltinTopBarApp } from '../../app-host/BuiltinApp';
import { isShownTo } from '../../app-host/builtinApps';
import { TopBarApp } from '../../app-host/TopBarApp';
import { NotificationBell } from '../../integrations/sell-chat/notifications/NotificationBell';
import { useRepNotifications } from '../../integrations/sell-chat/notifications/useRepNotifications';
import { useLocationApps } from '../../marketplace/api/useMarketplaceApi';
import classes from './SellLayout.module.css';

/**
 * Sell's top bar, at the right: the rep's notifications (W-3) once there are any, and an icon per
 * enabled app that lives there (sell_top_bar). Absent while it would be empty.
 */
export function SellTopBar() {
  const { user } = useSignedInSession();
  const apps = useLocationApps('sell_top_bar');
  const notifications = useRepNotifications();
  const shown = apps.data?.filter((app) => isShownTo(app, user)) ?? [];
  if (shown.length === 0 && notifications.items.length === 0) return null;
  return (
    <div className={classes.topBar} data-testid="sell-top-bar">
      {notifications.items.length > 0 && <NotificationBell notifications={notifications} />}
      {shown.map((app) => (app.builtin ? <BuiltinTopBarApp key={app.installation_id} app={app} /> : <TopBarApp key={app.installation_id} app={app} />))}
    </div>
  );
}
