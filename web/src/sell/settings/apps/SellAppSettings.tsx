import { useParams } from 'react-router-dom';
import { InstalledAppSettings } from '../../../marketplace/my-apps/InstalledAppSettings';

/** An app's settings, from Sell's My apps. */
export function SellAppSettings() {
  const { installationId } = useParams();
  return <InstalledAppSettings product="sell" installationId={Number(installationId)} />;
}
