import type { ChatExecutor } from '../chat-tables.ts';
import { nextSeq } from './chats.repo.ts';
import { toLogEntry, type LogEntry } from './log-entry.ts';
import { insertLogRow, type LogInsert } from './messages.repo.ts';

/** Adds an entry to a chat's log inside the caller's transaction, with the chat's next seq. */
export async function appendLogEntry(
  trx: ChatExecutor,
  accountId: number,
  chatId: string,
  entry: LogInsert & { text?: string; clientId?: string },
  now: string,
): Promise<LogEntry> {
  const seq = await nextSeq(trx, accountId, chatId, now);
  const row = await insertLogRow(trx, {
    account_id: accountId,
    chat_id: chatId,
    seq,
    client_id: entry.clientId ?? null,
    type: entry.type,
    author_kind: entry.authorKind,
    agent_id: entry.agentId,
    author_name: entry.authorName,
    text: entry.text ?? '',
    data: entry.data ? JSON.stringify(entry.data) : null,
    created_at: now,
  });
  return toLogEntry(row);
}

/** What a visitor without a name is called in the log and on the dashboard. */
export function visitorLabel(visitor: { id: number; name: string | null }): string {
  return visitor.name ?? `Visitor ${visitor.id}`;
}
