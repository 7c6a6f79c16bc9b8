import { accountRoom } from '../../platform/realtime/rooms.ts';
import type { ChatLive } from '../live/chat-live.ts';
import { chatRoom } from '../live/chat-rooms.ts';
import { toVisitorChatView, type ChatView } from './chat-view.ts';
import type { LogEntry } from './log-entry.ts';

/** New log entries reach the agents in the chat and the visitor's tabs. */
export function publishLog(live: ChatLive, entries: LogEntry[]): void {
  for (const entry of entries) {
    live.toAgents(chatRoom(entry.chatId), 'chat:log', entry);
    live.toVisitors(chatRoom(entry.chatId), 'chat:log', entry);
  }
}

/** A chat changed state (served, transferred, ended, rated): every agent of the account and its visitor hear of it. */
export function publishChatUpdated(live: ChatLive, accountId: number, chat: ChatView): void {
  live.toAgents(accountRoom(accountId), 'chat:updated', chat);
  live.toVisitors(chatRoom(chat.id), 'chat:updated', toVisitorChatView(chat));
}
