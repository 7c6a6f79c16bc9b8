import type { AuthorKind, LogType, MessageRow } from '../chat-tables.ts';

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

export function toLogEntry(m: MessageRow): LogEntry {
  return {
    chatId: m.chat_id,
    seq: m.seq,
    clientId: m.client_id,
    type: m.type,
    author: { kind: m.author_kind, agentId: m.agent_id, name: m.author_name },
    text: m.text,
    data: m.data ? (JSON.parse(m.data) as Record<string, unknown>) : null,
    createdAt: m.created_at,
  };
}
