// Shapes of the Chat server for agents (docs/chat.md): the views live in shared/chat, which the server compiles too.

import type { DepartmentView } from '../../../shared/chat/views';

export type {
  AgentStatus,
  AgentView,
  ChatView,
  HistoryItem,
  HistoryPage,
  LogEntry,
  OfflineMessagesPage,
  OfflineMessageView,
  VisitorView,
} from '../../../shared/chat/views';

export type Department = DepartmentView;

export type SocketAck<T> = ({ ok: true } & T) | { ok: false; error: { code: string; message: string; retryAfterSeconds?: number } };
