// Shapes of the Chat server for agents (docs/chat.md).

export type LogEntry = {
  chatId: string;
  seq: number;
  clientId: string | null;
  type: 'chat.msg' | 'chat.memberjoin' | 'chat.memberleave' | 'chat.rating' | 'chat.comment' | 'chat.ended';
  author: { kind: 'visitor' | 'agent' | 'system'; agentId: number | null; name: string };
  text: string;
  data: Record<string, unknown> | null;
  createdAt: string;
};

export type VisitorView = {
  id: number;
  name: string | null;
  email: string | null;
  phone: string | null;
  page: { url: string; title: string | null } | null;
  browser: string | null;
  platform: string | null;
  userAgent: string | null;
  ip: string | null;
  createdAt: string;
  lastSeenAt: string;
};

export type ChatView = {
  id: string;
  status: 'waiting' | 'active' | 'ended';
  department: { id: number; name: string } | null;
  visitor: VisitorView;
  agent: { id: number; name: string } | null;
  offeredAgentId: number | null;
  startedAt: string;
  servedAt: string | null;
  endedAt: string | null;
  endedBy: 'visitor' | 'agent' | 'system' | null;
  missed: boolean;
  rating: 'good' | 'bad' | null;
  comment: string | null;
  tags: string[];
  lastSeq: number;
  visitorReadSeq: number;
  agentReadSeq: number;
};

export type AgentStatus = 'online' | 'away' | 'invisible';

export type AgentView = {
  id: number;
  name: string;
  email: string;
  role: 'agent' | 'admin' | 'owner';
  enabled: boolean;
  status: AgentStatus;
  available: boolean;
  departmentIds: number[];
  createdAt: string;
};

export type OfflineMessageView = {
  id: string;
  visitorId: number | null;
  departmentId: number | null;
  name: string;
  email: string;
  phone: string | null;
  message: string;
  pageUrl: string | null;
  unread: boolean;
  readById: number | null;
  readAt: string | null;
  createdAt: string;
};

export type OfflineMessagesPage = { offlineMessages: OfflineMessageView[]; unreadCount: number; page: number; hasMore: boolean };

export type Department = { id: number; name: string; description: string; enabled: boolean; memberIds: number[] };

export type HistoryItem =
  | { type: 'chat'; timestamp: string; preview: string | null; chat: ChatView }
  | { type: 'offline_msg'; timestamp: string; preview: string | null; offlineMessage: OfflineMessageView };

export type HistoryPage = { items: HistoryItem[]; total: number; page: number; hasMore: boolean };

export type SocketAck<T> = ({ ok: true } & T) | { ok: false; error: { code: string; message: string; retryAfterSeconds?: number } };
