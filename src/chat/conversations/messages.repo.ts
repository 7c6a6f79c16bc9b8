import type { Insertable } from 'kysely';
import type { AuthorKind, ChatExecutor, ChatTables, LogType, MessageRow } from '../chat-tables.ts';
import { reusableQuery } from '../../platform/db/reusable-query.ts';

// The message hot path: four statements, each compiled once (see reusable-query.ts).

/** A message already stored under this client id, with the chat's visitor to tell who sent it. */
export const findByClientId = reusableQuery((db: ChatExecutor, accountId: number, chatId: string, clientId: string) =>
  db
    .selectFrom('chat_messages as m')
    .innerJoin('chats as c', 'c.id', 'm.chat_id')
    .selectAll('m')
    .select('c.visitor_id as chat_visitor_id')
    .where('m.chat_id', '=', chatId)
    .where('m.client_id', '=', clientId)
    .where('c.account_id', '=', accountId),
);

const SENDER_COLUMNS = ['last_seq', 'visitor_id', 'visitor_name', 'visitor_email', 'visitor_phone', 'department_id', 'agent_id'] as const;

/** Next seq for the visitor's own open chat (waiting or active); no row when it is not theirs or ended. */
export const nextSeqForVisitor = reusableQuery((db: ChatExecutor, accountId: number, chatId: string, visitorId: number, now: string) =>
  db
    .updateTable('chats')
    .set((eb) => ({ last_seq: eb('last_seq', '+', 1), updated_at: now }))
    .where('id', '=', chatId)
    .where('account_id', '=', accountId)
    .where('visitor_id', '=', visitorId)
    .where('status', '<>', 'ended')
    .returning(SENDER_COLUMNS),
);

/** Next seq for an active chat the agent serves; no row otherwise. */
export const nextSeqForAgent = reusableQuery((db: ChatExecutor, accountId: number, chatId: string, agentId: number, now: string) =>
  db
    .updateTable('chats')
    .set((eb) => ({ last_seq: eb('last_seq', '+', 1), updated_at: now }))
    .where('id', '=', chatId)
    .where('account_id', '=', accountId)
    .where('agent_id', '=', agentId)
    .where('status', '=', 'active')
    .returning(SENDER_COLUMNS),
);

export const insertChatMessage = reusableQuery(
  (
    db: ChatExecutor,
    accountId: number,
    chatId: string,
    seq: number,
    clientId: string,
    authorKind: AuthorKind,
    agentId: number | null,
    authorName: string,
    text: string,
    createdAt: string,
  ) =>
    db
      .insertInto('chat_messages')
      .values({
        account_id: accountId,
        chat_id: chatId,
        seq,
        client_id: clientId,
        type: 'chat.msg',
        author_kind: authorKind,
        agent_id: agentId,
        author_name: authorName,
        text,
        data: null,
        created_at: createdAt,
      })
      .returningAll(),
);

/** Entries other than messages (joins, leaves, ratings, the end), off the hot path. */
export function insertLogRow(db: ChatExecutor, values: Insertable<ChatTables['chat_messages']>): Promise<MessageRow> {
  return db.insertInto('chat_messages').values(values).returningAll().executeTakeFirstOrThrow();
}

/** The log after `afterSeq`, in order: what a reconnecting client missed. */
export function logAfter(db: ChatExecutor, accountId: number, chatId: string, afterSeq: number, limit: number): Promise<MessageRow[]> {
  return db
    .selectFrom('chat_messages')
    .selectAll()
    .where('account_id', '=', accountId)
    .where('chat_id', '=', chatId)
    .where('seq', '>', afterSeq)
    .orderBy('seq')
    .limit(limit)
    .execute();
}

/** Whole logs of several chats, in order (REST history, transcripts). */
export function logsOfChats(db: ChatExecutor, accountId: number, chatIds: string[]): Promise<MessageRow[]> {
  if (chatIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('chat_messages').selectAll().where('account_id', '=', accountId).where('chat_id', 'in', chatIds).orderBy('chat_id').orderBy('seq').execute();
}

/** Agents who joined each chat, in the order they joined. */
export async function agentsOfChats(db: ChatExecutor, accountId: number, chatIds: string[]): Promise<Map<string, number[]>> {
  const byChat = new Map<string, number[]>();
  if (chatIds.length === 0) return byChat;
  const rows = await db
    .selectFrom('chat_messages')
    .select(['chat_id', 'agent_id'])
    .where('account_id', '=', accountId)
    .where('chat_id', 'in', chatIds)
    .where('type', '=', 'chat.memberjoin')
    .where('agent_id', 'is not', null)
    .orderBy('seq')
    .execute();
  for (const row of rows) {
    const list = byChat.get(row.chat_id) ?? [];
    if (row.agent_id !== null && !list.includes(row.agent_id)) list.push(row.agent_id);
    byChat.set(row.chat_id, list);
  }
  return byChat;
}

/** Visitor messages each agent has not read yet, per chat. */
export async function unreadByAgent(db: ChatExecutor, accountId: number, chats: { id: string; agent_read_seq: number }[]): Promise<Map<string, number>> {
  const counts = new Map<string, number>(chats.map((c) => [c.id, 0]));
  if (chats.length === 0) return counts;
  const rows = await db
    .selectFrom('chat_messages as m')
    .innerJoin('chats as c', 'c.id', 'm.chat_id')
    .select(['m.chat_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('m.account_id', '=', accountId)
    .where('m.chat_id', 'in', chats.map((c) => c.id))
    .where('m.author_kind', '=', 'visitor')
    .where('m.type', '=', 'chat.msg')
    .whereRef('m.seq', '>', 'c.agent_read_seq')
    .groupBy('m.chat_id')
    .execute();
  for (const row of rows) counts.set(row.chat_id, Number(row.n));
  return counts;
}

export type LogInsert = { type: LogType; authorKind: AuthorKind; agentId: number | null; authorName: string; data?: Record<string, unknown> };
