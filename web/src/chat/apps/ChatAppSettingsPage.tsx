import { useParams } from 'react-router-dom';
import { InstalledAppSettings } from '../../marketplace/my-apps/InstalledAppSettings';
import { PageContainer } from '../../ui/PageContainer';

/** An app's settings, from Chat's My Apps. */
export function ChatAppSettingsPage() {
  const { installationId } = useParams();
  return (
    <PageContainer size="lg">
      <InstalledAppSettings product="chat" installationId={Number(installationId)} />
    </PageContainer>
  );
}
