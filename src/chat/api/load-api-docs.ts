import type { ChatContext } from '../chat-context.ts';
import { loadChatViews } from '../conversations/chat-view.ts';
import { toLogEntry, type LogEntry } from '../conversations/log-entry.ts';
import { logsOfChats } from '../conversations/messages.repo.ts';
import { toOfflineMessageView } from '../offline/offline-message-view.ts';
import { findOfflineMessages } from '../offline/offline-messages.repo.ts';
import { listDepartmentRows } from '../settings/departments.repo.ts';
import { listUsers } from '../../platform/identity/users.repo.ts';
import { toZendeskChat, toZendeskOfflineMessage, type ZendeskChatDoc } from './zendesk-chat.ts';

/** Chats and offline messages by id, in the REST API's shape (unknown ids are left out). */
export async function loadApiDocs(ctx: ChatContext, ids: string[]): Promise<Map<string, ZendeskChatDoc>> {
  const docs = new Map<string, ZendeskChatDoc>();
  if (ids.length === 0) return docs;
  const chats = await loadChatViews(ctx.chat, ctx.account.id, ids);
  const logs = new Map<string, LogEntry[]>();
  for (const row of await logsOfChats(ctx.chat, ctx.account.id, chats.map((c) => c.id))) {
    logs.set(row.chat_id, [...(logs.get(row.chat_id) ?? []), toLogEntry(row)]);
  }
  const names = new Map((await listUsers(ctx.db.kysely, ctx.account.id)).map((u) => [u.id, u.name]));
  for (const chat of chats) docs.set(chat.id, toZendeskChat(chat, logs.get(chat.id) ?? [], names));

  const offline = await findOfflineMessages(ctx.chat, ctx.account.id, ids.filter((id) => !docs.has(id)));
  if (offline.length > 0) {
    const departments = new Map((await listDepartmentRows(ctx.chat, ctx.account.id)).map((d) => [d.id, d.name]));
    for (const row of offline) {
      docs.set(row.id, toZendeskOfflineMessage(toOfflineMessageView(row), row.department_id !== null ? (departments.get(row.department_id) ?? null) : null));
    }
  }
  return docs;
}
