import { IconPlugConnected } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { AccessSettings } from '../tokens/AccessSettings';
import { useAuthorizedApps, useRevokeAuthorizedApp } from './useAuthorizedApps';

/** The apps the signed-in user authorized through the Authorize application dialog; each can be revoked. */
export function AuthorizedAppsSettings() {
  const { t } = useTranslation('sell');
  const apps = useAuthorizedApps();
  const revoke = useRevokeAuthorizedApp();
  return (
    <AccessSettings
      kind="authorizedApps"
      list={apps}
      revoke={revoke}
      nameOf={(app) => app.appName}
      emptyIcon={<IconPlugConnected size={28} stroke={1.5} />}
      emptyColor="indigo"
      columns={{
        headers: { name: t('settings.authorizedApps.app'), scopes: t('settings.authorizedApps.access'), created: t('settings.authorizedApps.authorized') },
        minWidth: 640,
      }}
    />
  );
}
