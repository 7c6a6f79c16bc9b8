/** The shapes the Chat server sends to the widget (docs/chat.md). */
export type Field = 'hidden' | 'optional' | 'required';

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

export type VisitorChat = {
  id: string;
  status: 'waiting' | 'active' | 'ended';
  agent: { id: number; name: string } | null;
  startedAt: string;
  endedAt: string | null;
  rating: 'good' | 'bad' | null;
  comment: string | null;
  lastSeq: number;
  agentReadSeq: number;
};

export type Identity = { name?: string | null; email?: string | null; phone?: string | null };
export type OwnVisitor = { id: number; name: string | null; email: string | null; phone: string | null };

export type WidgetConfig = {
  color: string;
  greeting: string;
  offlineGreeting: string;
  prechat: { name: Field; email: Field; phone: Field };
  accountStatus: 'online' | 'offline';
  departments: { id: number; name: string }[];
};

export type Ack<T> =
  | ({ ok: true } & T)
  | { ok: false; error: { code: string; message: string; fields?: { field: string; message: string }[]; retryAfterSeconds?: number } };

/** A message sent but not acknowledged yet: kept (also across reloads) and sent again until it is stored. */
export type Pending = { chatId: string; clientId: string; text: string };
