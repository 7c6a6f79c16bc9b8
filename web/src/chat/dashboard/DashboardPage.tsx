import { IconMessageCircle } from '@tabler/icons-react';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { EmptyStatePanel } from '../../ui/EmptyStatePanel';
import { useLive } from '../live/liveContext';
import { AppsPanel } from './AppsPanel';
import { Conversation } from './Conversation';
import { IncomingList } from './IncomingList';
import { OfflineMessagesList } from './OfflineMessagesList';
import { OpenChatList } from './OpenChatList';
import { VisitorPanel } from './VisitorPanel';
import classes from './DashboardPage.module.css';

/** Requests and open chats on the left, the chosen conversation, then the visitor and the apps. */
export function DashboardPage() {
  const { t } = useTranslation('chat');
  const { t: tApp } = useTranslation();
  const { state, selectedId } = useLive();
  useDocumentTitle(tApp('app.documentTitle', { page: t('nav.dashboard') }));
  const chat = state.chats.find((c) => c.id === selectedId) ?? null;
  return (
    <div className={classes.grid}>
      <div className={classes.side}>
        <IncomingList />
        <OpenChatList />
        <OfflineMessagesList />
      </div>
      <div className={classes.main}>
        {chat ? (
          <Conversation key={chat.id} chat={chat} />
        ) : (
          <div style={{ padding: 'var(--mantine-spacing-xl)' }}>
            <EmptyStatePanel icon={<IconMessageCircle size={30} stroke={1.5} />} title={t('conversation.noneTitle')} description={t('conversation.noneDescription')} />
          </div>
        )}
      </div>
      {chat && (
        <div className={classes.aside}>
          <VisitorPanel chat={chat} />
          <AppsPanel chat={chat} />
        </div>
      )}
    </div>
  );
}
