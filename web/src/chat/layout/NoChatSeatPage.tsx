import { IconMessages } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { EmptyStatePanel } from '../../ui/EmptyStatePanel';
import { PageContainer } from '../../ui/PageContainer';
import { PageHeader } from '../../ui/PageHeader';

/** Signed-in users without a Chat role. */
export function NoChatSeatPage() {
  const { t } = useTranslation('chat');
  return (
    <PageContainer>
      <PageHeader title={t('area.title')} />
      <EmptyStatePanel icon={<IconMessages size={30} stroke={1.5} />} title={t('noSeat.title')} description={t('noSeat.description')} />
    </PageContainer>
  );
}
