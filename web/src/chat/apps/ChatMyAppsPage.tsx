import { Button } from '@mantine/core';
import { IconBuildingStore } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { MyAppsList } from '../../marketplace/my-apps/MyAppsList';
import { marketplacePath } from '../../marketplace/paths';
import { PageContainer } from '../../ui/PageContainer';
import { PageHeader } from '../../ui/PageHeader';

/** Chat's My Apps: the apps installed for Chat. */
export function ChatMyAppsPage() {
  const { t } = useTranslation('marketplace');
  return (
    <PageContainer size="lg">
      <PageHeader
        title={t('myApps.title')}
        description={t('myApps.chatDescription')}
        actions={
          <Button component={Link} to={marketplacePath} variant="light" leftSection={<IconBuildingStore size={16} aria-hidden="true" />}>
            {t('myApps.browse')}
          </Button>
        }
      />
      <MyAppsList product="chat" />
    </PageContainer>
  );
}
