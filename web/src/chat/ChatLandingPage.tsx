import { IconMessages } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ProductLanding } from '../app/ProductLanding';

export function ChatLandingPage() {
  const { t } = useTranslation();
  return (
    <ProductLanding
      product="chat"
      emptyIcon={<IconMessages size={30} stroke={1.5} />}
      emptyTitle={t('chat.emptyTitle')}
      emptyDescription={t('chat.emptyDescription')}
      upcoming={[t('chat.upcoming.inbox'), t('chat.upcoming.visitors'), t('chat.upcoming.widget'), t('chat.upcoming.teams')]}
    />
  );
}
