import type { AgentStatus } from '../chat-tables.ts';
import type { ChatView, VisitorChatView } from '../conversations/chat-view.ts';
import type { LogEntry } from '../conversations/log-entry.ts';
import type { OfflineMessageView } from '../offline/offline-message-view.ts';
import type { OwnVisitorView, VisitorView } from '../visitors/visitor-view.ts';

/** What the server pushes to agents on `/chat/agent` (docs/chat.md lists who gets each). */
export type AgentPushes = {
  'chat:incoming': ChatView;
  'chat:taken': { chatId: string; agentId: number };
  'chat:withdrawn': { chatId: string; reason: 'reassigned' | 'ended' | 'transferred' };
  'chat:assigned': ChatView;
  'chat:updated': ChatView;
  'chat:log': LogEntry;
  'chat:typing': { chatId: string; typing: boolean };
  'chat:read': { chatId: string; seq: number; by: 'visitor' };
  'chat:visitor_updated': { chatId: string; visitor: VisitorView };
  'agent:status': { agentId: number; status: AgentStatus };
  'offline_message:created': OfflineMessageView;
};

/** What the server pushes to visitors on `/chat/visitor`. */
export type VisitorPushes = {
  'chat:log': LogEntry;
  'chat:updated': VisitorChatView;
  'chat:typing': { chatId: string; typing: boolean; agent: { id: number; name: string } };
  'chat:read': { chatId: string; seq: number; by: 'agent' };
  'account:status': { status: 'online' | 'offline' };
  'visitor:updated': OwnVisitorView;
};
