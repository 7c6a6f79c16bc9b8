/**
 * What the Chat server sends agents (docs/chat.md): the server builds these views (src/chat) and the
 * agent dashboard reads them (web/src/chat). Types only, importing nothing, so both compile this file.
 */

export type ChatStatus = 'waiting' | 'active' | 'ended';
export type AgentStatus = 'online' | 'away' | 'invisible';
export type AuthorKind = 'visitor' | 'agent' | 'system';
/** Entry types of the channel log, named as Zendesk's chat history names them. */
export type LogType = 'chat.msg' | 'chat.memberjoin' | 'chat.memberleave' | 'chat.rating' | 'chat.comment' | 'chat.ended';

/**
 * One entry of a chat's channel log, the same for agents, visitors and the REST history: messages
 * (`chat.msg`) and what happened around them, numbered by `seq` (1, 2, 3 … per chat, no gaps).
 */
export type LogEntry = {
  chatId: string;
  seq: number;
  /** The sender's own id for a message (what makes a resend harmless); null for other entries. */
  clientId: string | null;
  type: LogType;
  author: { kind: AuthorKind; agentId: number | null; name: string };
  /** The message as the sender wrote it; plain text, never HTML. Empty for other entries. */
  text: string;
  /** chat.rating {rating}, chat.comment {comment}, chat.memberleave {reason, toAgentId?, departmentId?}. */
  data: Record<string, unknown> | null;
  createdAt: string;
};

/** What agents see of a visitor (the visitor panel). */
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

/** A chat as agents see it. */
export type ChatView = {
  id: string;
  status: ChatStatus;
  department: { id: number; name: string } | null;
  visitor: VisitorView;
  agent: { id: number; name: string } | null;
  /** Assigned routing: the agent the waiting chat is offered to. */
  offeredAgentId: number | null;
  startedAt: string;
  servedAt: string | null;
  endedAt: string | null;
  endedBy: AuthorKind | null;
  /** Ended without any agent serving it. */
  missed: boolean;
  rating: 'good' | 'bad' | null;
  comment: string | null;
  /** Set by admins through the REST API (`PUT /api/v2/chat/chats/:id`). */
  tags: string[];
  lastSeq: number;
  visitorReadSeq: number;
  agentReadSeq: number;
};

export type AgentView = {
  id: number;
  name: string;
  email: string;
  role: 'agent' | 'admin' | 'owner';
  enabled: boolean;
  /** The status the agent chose; kept across reloads. */
  status: AgentStatus;
  /** Connected right now with status Online: routing may give them chats. */
  available: boolean;
  departmentIds: number[];
  createdAt: string;
};

export type DepartmentView = { id: number; name: string; description: string; enabled: boolean; memberIds: number[] };

export type OfflineMessageView = {
  id: string;
  visitorId: number | null;
  departmentId: number | null;
  name: string;
  email: string;
  phone: string | null;
  /** As the visitor wrote it: plain text, never HTML. */
  message: string;
  pageUrl: string | null;
  unread: boolean;
  readById: number | null;
  readAt: string | null;
  createdAt: string;
};

/** A page of offline messages, newest first. */
export type OfflineMessagesPage = { offlineMessages: OfflineMessageView[]; unreadCount: number; page: number; hasMore: boolean };

/** One hit of the history search: a past chat or an offline message. */
export type HistoryItem =
  | { type: 'chat'; timestamp: string; preview: string | null; chat: ChatView }
  | { type: 'offline_msg'; timestamp: string; preview: string; offlineMessage: OfflineMessageView };

export type HistoryPage = { items: HistoryItem[]; total: number; page: number; hasMore: boolean };
