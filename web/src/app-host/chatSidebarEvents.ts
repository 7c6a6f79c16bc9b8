import { useEffect, useRef } from 'react';
import type { AppVisitor } from '../../../shared/app-bridge/tandem-apps';
import type { AppEventHub } from './appEventHub';

/** What the Chat dashboard knows of a chat, as far as its sidebar apps are concerned. */
export type SidebarChat = {
  id: string;
  status: 'waiting' | 'active' | 'ended';
  endedBy: 'visitor' | 'agent' | 'system' | null;
  visitor: AppVisitor;
};

export type SidebarLogEntry = {
  seq: number;
  type: string;
  author: { kind: 'visitor' | 'agent' | 'system'; name: string };
  text: string;
  createdAt: string;
};

type Seen = { chatId: string; status: SidebarChat['status']; visitor: string; lastSeq: number };

const visitorKey = (visitor: AppVisitor) => JSON.stringify([visitor.name, visitor.email, visitor.phone]);

/** The visitor as apps see it: only who they are, never where they browse from. */
export function sidebarVisitor(visitor: { name: string | null; email: string | null; phone: string | null }): AppVisitor {
  return { name: visitor.name, email: visitor.email, phone: visitor.phone };
}

/**
 * Turns changes of the dashboard's live data about one chat into app events: served, ended, the
 * visitor's details changed, a message arrived. What was already there when the apps opened is not
 * replayed; apps read it from their context.
 */
export function useChatSidebarEvents(chat: SidebarChat, log: readonly SidebarLogEntry[], hub: AppEventHub): void {
  const seen = useRef<Seen | null>(null);
  useEffect(() => {
    const lastSeq = log.length ? log[log.length - 1].seq : 0;
    const now: Seen = { chatId: chat.id, status: chat.status, visitor: visitorKey(chat.visitor), lastSeq };
    const before = seen.current;
    seen.current = now;
    if (!before || before.chatId !== now.chatId) return;
    if (before.status === 'waiting' && now.status === 'active') hub.emit('chat.started', { chat_id: chat.id, visitor: chat.visitor });
    if (before.visitor !== now.visitor) hub.emit('chat.visitor_changed', { chat_id: chat.id, visitor: chat.visitor });
    // A log still loading when the apps opened (lastSeq 0) is history, not news.
    for (const entry of before.lastSeq === 0 ? [] : log) {
      if (entry.seq <= before.lastSeq || entry.type !== 'chat.msg' || entry.author.kind === 'system') continue;
      hub.emit('chat.message', {
        chat_id: chat.id,
        message: { id: entry.seq, author: { kind: entry.author.kind, name: entry.author.name }, text: entry.text, created_at: entry.createdAt },
      });
    }
    if (before.status !== 'ended' && now.status === 'ended') hub.emit('chat.ended', { chat_id: chat.id, ended_by: chat.endedBy });
  }, [chat, log, hub]);
}
