import type { Insertable, Kysely, Updateable } from 'kysely';
import { reusableQuery } from '../../platform/db/reusable-query.ts';
import type { ChatDatabase, ChatExecutor, ChatRow, ChatTables } from '../chat-tables.ts';

export function insertChat(db: ChatExecutor, values: Insertable<ChatTables['chats']>): Promise<ChatRow> {
  return db.insertInto('chats').values(values).returningAll().executeTakeFirstOrThrow();
}

export function findChat(db: ChatExecutor, accountId: number, id: string): Promise<ChatRow | undefined> {
  return db.selectFrom('chats').selectAll().where('account_id', '=', accountId).where('id', '=', id).executeTakeFirst();
}

export function findOpenChatOfVisitor(db: ChatExecutor, accountId: number, visitorId: number): Promise<ChatRow | undefined> {
  return db
    .selectFrom('chats')
    .selectAll()
    .where('account_id', '=', accountId)
    .where('visitor_id', '=', visitorId)
    .where('status', '<>', 'ended')
    .executeTakeFirst();
}

function chatDetails(db: Kysely<ChatDatabase>, accountId: number) {
  return db
    .selectFrom('chats')
    .innerJoin('chat_visitors as v', 'v.id', 'chats.visitor_id')
    .leftJoin('users as agent', 'agent.id', 'chats.agent_id')
    .leftJoin('chat_departments as d', 'd.id', 'chats.department_id')
    .selectAll('chats')
    .select([
      'v.page_url',
      'v.page_title',
      'v.user_agent',
      'v.ip',
      'v.created_at as visitor_created_at',
      'v.last_seen_at as visitor_last_seen_at',
      'agent.name as agent_name',
      'd.name as department_name',
    ])
    .where('chats.account_id', '=', accountId);
}

/** One chat's view, compiled once: every serve, message and card beside a chat reads it. */
const oneChatDetails = reusableQuery((db: Kysely<ChatDatabase>, accountId: number, id: string) => chatDetails(db, accountId).where('chats.id', '=', id));

/** Chats with what their views show: the visitor's page and browser, the serving agent's name. */
export async function findChatDetails(db: ChatExecutor, accountId: number, ids: string[]) {
  if (ids.length === 0) return [];
  if (ids.length === 1) return (await oneChatDetails(db, accountId, ids[0]!)).rows;
  return chatDetails(db, accountId).where('chats.id', 'in', ids).execute();
}

export type ChatDetailRow = Awaited<ReturnType<typeof findChatDetails>>[number];

export function updateChatRow(db: ChatExecutor, accountId: number, id: string, values: Updateable<ChatTables['chats']>): Promise<ChatRow> {
  return db.updateTable('chats').set(values).where('account_id', '=', accountId).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
}

/** The serve race: exactly one agent turns a waiting chat active, whichever node they are on. */
export async function claimWaitingChat(db: ChatExecutor, accountId: number, id: string, agentId: number, now: string, onlyIfOffered: boolean): Promise<boolean> {
  let query = db
    .updateTable('chats')
    .set({ status: 'active', agent_id: agentId, offered_agent_id: null, offered_at: null, served_at: now, updated_at: now })
    .where('account_id', '=', accountId)
    .where('id', '=', id)
    .where('status', '=', 'waiting');
  if (onlyIfOffered) query = query.where('offered_agent_id', '=', agentId);
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/**
 * Offers a waiting chat to an agent (assigned routing), unless someone changed it since `seen`: the
 * offer a node read is the offer it replaces, so two nodes sweeping at once cannot both offer it.
 */
export async function offerWaitingChat(
  db: ChatExecutor,
  accountId: number,
  id: string,
  agentId: number,
  now: string,
  seen: { offeredAgentId: number | null; offerCount: number },
): Promise<boolean> {
  const result = await db
    .updateTable('chats')
    .set((eb) => ({ offered_agent_id: agentId, offered_at: now, offer_count: eb('offer_count', '+', 1), updated_at: now }))
    .where('account_id', '=', accountId)
    .where('id', '=', id)
    .where('status', '=', 'waiting')
    .where('offer_count', '=', seen.offerCount)
    .where((eb) => (seen.offeredAgentId === null ? eb('offered_agent_id', 'is', null) : eb('offered_agent_id', '=', seen.offeredAgentId)))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Ends an open chat; false when it had already ended. */
export async function endOpenChat(db: ChatExecutor, accountId: number, id: string, values: Updateable<ChatTables['chats']>): Promise<boolean> {
  const result = await db
    .updateTable('chats')
    .set({ ...values, status: 'ended', offered_agent_id: null, offered_at: null })
    .where('account_id', '=', accountId)
    .where('id', '=', id)
    .where('status', '<>', 'ended')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Hands the next sequence number of a chat's log out (and locks the chat row until commit). */
export async function nextSeq(db: ChatExecutor, accountId: number, id: string, now: string): Promise<number> {
  const row = await db
    .updateTable('chats')
    .set((eb) => ({ last_seq: eb('last_seq', '+', 1), updated_at: now }))
    .where('account_id', '=', accountId)
    .where('id', '=', id)
    .returning('last_seq')
    .executeTakeFirstOrThrow();
  return row.last_seq;
}

/** Moves a read mark forward only (a late, older receipt changes nothing). */
export async function markReadUpTo(db: ChatExecutor, accountId: number, id: string, side: 'visitor_read_seq' | 'agent_read_seq', seq: number): Promise<boolean> {
  const result = await db
    .updateTable('chats')
    .set(side === 'visitor_read_seq' ? { visitor_read_seq: seq } : { agent_read_seq: seq })
    .where('account_id', '=', accountId)
    .where('id', '=', id)
    .where(side, '<', seq)
    .where('last_seq', '>=', seq)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export function waitingChatsOfAccount(db: ChatExecutor, accountId: number): Promise<ChatRow[]> {
  return db.selectFrom('chats').selectAll().where('account_id', '=', accountId).where('status', '=', 'waiting').orderBy('started_at').orderBy('id').execute();
}

export function activeChatsOfAgent(db: ChatExecutor, accountId: number, agentId: number): Promise<ChatRow[]> {
  return db
    .selectFrom('chats')
    .selectAll()
    .where('account_id', '=', accountId)
    .where('agent_id', '=', agentId)
    .where('status', '=', 'active')
    .orderBy('started_at')
    .execute();
}

/** Waiting chats of every account that routes by assignment: what the sweep (re)offers. */
export function waitingAssignedChats(db: ChatExecutor, limit: number) {
  return db
    .selectFrom('chats')
    .innerJoin('chat_settings as s', 's.account_id', 'chats.account_id')
    .select(['chats.id', 'chats.account_id', 'chats.offered_agent_id', 'chats.offered_at', 'chats.offer_count', 's.reassignment_timeout_seconds'])
    .where('chats.status', '=', 'waiting')
    .where('s.routing_mode', '=', 'assigned')
    .orderBy('chats.started_at')
    .limit(limit)
    .execute();
}

/** The visitor's details on their open chat follow what they tell the widget (identify). */
export function updateOpenChatVisitor(db: ChatExecutor, accountId: number, visitorId: number, values: Updateable<ChatTables['chats']>) {
  return db
    .updateTable('chats')
    .set(values)
    .where('account_id', '=', accountId)
    .where('visitor_id', '=', visitorId)
    .where('status', '<>', 'ended')
    .returningAll()
    .executeTakeFirst();
}

/** Changes an active chat only while `fromAgentId` still serves it (a transfer cannot race another). */
export async function moveActiveChat(db: ChatExecutor, accountId: number, id: string, fromAgentId: number, values: Updateable<ChatTables['chats']>): Promise<boolean> {
  const result = await db
    .updateTable('chats')
    .set(values)
    .where('account_id', '=', accountId)
    .where('id', '=', id)
    .where('status', '=', 'active')
    .where('agent_id', '=', fromAgentId)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export function findChats(db: ChatExecutor, accountId: number, ids: string[]): Promise<ChatRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom('chats').selectAll().where('account_id', '=', accountId).where('id', 'in', ids).execute();
}

/** Deletes chats with their logs (the messages go with them: ON DELETE CASCADE). */
export async function deleteChatRows(db: ChatExecutor, accountId: number, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await db.deleteFrom('chats').where('account_id', '=', accountId).where('id', 'in', ids).execute();
}
