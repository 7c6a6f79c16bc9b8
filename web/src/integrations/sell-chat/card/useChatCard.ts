import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useSellChatPush } from '../live/useSellChatPush';
import { cardKeys, fetchChatCard } from './cardApi';
import type { CardVisitor } from './cardTypes';

/** The visitor details a lookup depends on: when one changes, the card looks again (W-1). */
export const visitorKey = (visitor: CardVisitor) => JSON.stringify([visitor.name, visitor.email, visitor.phone]);

/**
 * The Sell card beside a chat, fetched as the signed-in agent. It is fetched again when the visitor's
 * name, email or phone changes, when a widget is published or a setting changes (no reload, S-21),
 * and after the live connection comes back. While it looks again the previous card stays in view.
 */
export function useChatCard(chatId: string, visitor: CardVisitor) {
  const queryClient = useQueryClient();
  const card = useQuery({
    queryKey: cardKeys.card(chatId, visitorKey(visitor)),
    queryFn: () => fetchChatCard(chatId),
    placeholderData: (previous, previousQuery) => (previousQuery?.queryKey[2] === chatId ? previous : undefined),
  });
  const refresh = useCallback(() => void queryClient.invalidateQueries({ queryKey: cardKeys.all }), [queryClient]);
  useSellChatPush('sell_chat:widget_published', refresh);
  useSellChatPush('sell_chat:settings_changed', refresh);
  useSellChatPush('reconnect', refresh);
  return { card, refresh };
}
