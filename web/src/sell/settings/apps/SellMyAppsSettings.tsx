import { Button } from '@mantine/core';
import { IconBuildingStore } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { MyAppsList } from '../../../marketplace/my-apps/MyAppsList';
import { marketplacePath } from '../../../marketplace/paths';
import { SettingsPageHeader } from '../SettingsPageHeader';

/** Settings > Integrations > Apps > My apps: the apps installed for Sell. */
export function SellMyAppsSettings() {
  const { t } = useTranslation('sell');
  const { t: tMarketplace } = useTranslation('marketplace');
  return (
    <>
      <SettingsPageHeader
        title={t('settings.sections.integrations/apps.pageTitle')}
        description={t('settings.sections.integrations/apps.description')}
        actions={
          <Button component={Link} to={marketplacePath} variant="light" leftSection={<IconBuildingStore size={16} aria-hidden="true" />}>
            {tMarketplace('myApps.browse')}
          </Button>
        }
      />
      <MyAppsList product="sell" />
    </>
  );
}
