import { Box } from '@mantine/core';
import type { BuiltinSidebarProps } from '../../../app-host/builtinApps';
import { SellCard } from './SellCard';

/** Sell for Chat in the Chat dashboard's Apps panel: the card of the chat beside it. */
export function SellForChatSidebar({ app, chat }: BuiltinSidebarProps) {
  return (
    <Box p="sm" data-testid="sell-for-chat">
      <SellCard key={chat.id} chatId={chat.id} visitor={chat.visitor} installationId={app.installation_id} linksInNewTab />
    </Box>
  );
}
