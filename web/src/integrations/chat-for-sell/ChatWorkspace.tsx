import { Title } from '@mantine/core';
import { IconMessageCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { sidebarVisitor } from '../../app-host/chatSidebarEvents';
import { Conversation } from '../../chat/dashboard/Conversation';
import { IncomingList } from '../../chat/dashboard/IncomingList';
import { OpenChatList } from '../../chat/dashboard/OpenChatList';
import { useLive } from '../../chat/live/liveContext';
import { useLocationApps } from '../../marketplace/api/useMarketplaceApi';
import { EmptyStatePanel } from '../../ui/EmptyStatePanel';
import { SellCard } from '../sell-chat/card/SellCard';
import { SELL_FOR_CHAT } from '../sell-chat/paths';
import classes from './ChatForSell.module.css';

/** The Sell card of the chat being answered, beside it (W-4), as the Chat dashboard's Apps panel shows it. */
function VisitorSellCard() {
  const { t } = useTranslation('chatForSell');
  const { state, selectedId } = useLive();
  const sidebarApps = useLocationApps('chat_sidebar');
  const chat = state.chats.find((c) => c.id === selectedId);
  if (!chat) return null;
  const installation = sidebarApps.data?.find((app) => app.app_id === SELL_FOR_CHAT);
  return (
    <aside className={classes.card} aria-label={t('panel.sellCard')} data-testid="chat-for-sell-card">
      <Title order={2} size="h6" mb="sm">
        {t('panel.sellCard')}
      </Title>
      <SellCard key={chat.id} chatId={chat.id} visitor={sidebarVisitor(chat.visitor)} installationId={installation?.installation_id ?? null} />
    </aside>
  );
}

/** Chatting inside Sell: requests and the rep's chats, the conversation, and the visitor's Sell card. */
export function ChatWorkspace() {
  const { t } = useTranslation('chatForSell');
  const { state, selectedId } = useLive();
  const chat = state.chats.find((c) => c.id === selectedId) ?? null;
  return (
    <div className={classes.workspace}>
      <div className={classes.lists}>
        <IncomingList />
        <OpenChatList />
      </div>
      <div className={classes.conversation}>
        {chat ? (
          <Conversation key={chat.id} chat={chat} />
        ) : (
          <div style={{ padding: 'var(--mantine-spacing-xl)' }}>
            <EmptyStatePanel
              icon={<IconMessageCircle size={30} stroke={1.5} />}
              title={t('panel.noChatTitle')}
              description={t('panel.noChatDescription')}
            />
          </div>
        )}
      </div>
      <VisitorSellCard />
    </div>
  );
}
