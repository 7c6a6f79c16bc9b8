import type { LogEntry } from '../../../shared/chat/views.ts';
import type { MessageRow } from '../chat-tables.ts';

export type { LogEntry };

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
