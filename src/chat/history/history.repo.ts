import { sql, type Expression, type SqlBool } from 'kysely';
import type { ChatExecutor } from '../chat-tables.ts';
import type { HistoryFilter, HistoryHit } from './history-filter.ts';

/** `lower(column) LIKE '%term%'`, with the term's own % and _ taken literally, on both databases. */
function contains(column: Expression<unknown> | string, term: string): Expression<SqlBool> {
  const pattern = `%${term.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const ref = typeof column === 'string' ? sql.ref(column) : column;
  return sql<SqlBool>`lower(${ref}) like ${pattern} escape '\\'`;
}

function chatHits(db: ChatExecutor, accountId: number, f: HistoryFilter) {
  let q = db
    .selectFrom('chats as c')
    .select(['c.id', sql<HistoryHit['type']>`${sql.lit('chat')}`.as('type'), 'c.started_at as timestamp'])
    .where('c.account_id', '=', accountId);
  const messageContains = (term: string) =>
    sql<SqlBool>`exists (select 1 from chat_messages m where m.chat_id = c.id and m.type = 'chat.msg' and ${contains('m.text', term)})`;
  for (const term of f.terms ?? []) q = q.where((eb) => eb.or([contains('c.visitor_name', term), contains('c.visitor_email', term), messageContains(term)]));
  if (f.visitor) q = q.where((eb) => eb.or([contains('c.visitor_name', f.visitor!), contains('c.visitor_email', f.visitor!)]));
  if (f.visitorName) q = q.where(contains('c.visitor_name', f.visitorName));
  if (f.visitorEmail) q = q.where(contains('c.visitor_email', f.visitorEmail));
  if (f.visitorId !== undefined) q = q.where('c.visitor_id', '=', f.visitorId);
  if (f.agentId !== undefined) {
    q = q.where(sql<SqlBool>`exists (select 1 from chat_messages m where m.chat_id = c.id and m.type = 'chat.memberjoin' and m.agent_id = ${f.agentId})`);
  }
  if (f.from) q = q.where('c.started_at', '>=', f.from);
  if (f.to) q = q.where('c.started_at', '<=', f.to);
  if (f.ended) q = q.where('c.ended_at', 'is not', null);
  if (f.endFrom) q = q.where('c.ended_at', '>=', f.endFrom);
  if (f.endTo) q = q.where('c.ended_at', '<=', f.endTo);
  return q;
}

function offlineHits(db: ChatExecutor, accountId: number, f: HistoryFilter) {
  let q = db
    .selectFrom('chat_offline_messages as o')
    .select(['o.id', sql<HistoryHit['type']>`${sql.lit('offline_msg')}`.as('type'), 'o.created_at as timestamp'])
    .where('o.account_id', '=', accountId);
  for (const term of f.terms ?? []) q = q.where((eb) => eb.or([contains('o.name', term), contains('o.email', term), contains('o.message', term)]));
  if (f.visitor) q = q.where((eb) => eb.or([contains('o.name', f.visitor!), contains('o.email', f.visitor!)]));
  if (f.visitorName) q = q.where(contains('o.name', f.visitorName));
  if (f.visitorEmail) q = q.where(contains('o.email', f.visitorEmail));
  if (f.visitorId !== undefined) q = q.where('o.visitor_id', '=', f.visitorId);
  if (f.from) q = q.where('o.created_at', '>=', f.from);
  if (f.to) q = q.where('o.created_at', '<=', f.to);
  return q;
}

/** The query's union: chats unless asked for offline messages only, and the other way round. */
function hits(db: ChatExecutor, accountId: number, f: HistoryFilter) {
  const wantChats = f.type !== 'offline_msg';
  const wantOffline = f.type !== 'chat' && f.agentId === undefined && !f.ended;
  if (wantChats && wantOffline) return chatHits(db, accountId, f).unionAll(offlineHits(db, accountId, f));
  return wantOffline ? offlineHits(db, accountId, f) : chatHits(db, accountId, f);
}

/** One page of hits, newest first, and how many there are in all. */
export async function searchHistoryRows(
  db: ChatExecutor,
  accountId: number,
  filter: HistoryFilter,
  page: { limit: number; offset: number },
): Promise<{ hits: HistoryHit[]; total: number }> {
  const rows = await db
    .selectFrom(hits(db, accountId, filter).as('h'))
    .select(['h.id', 'h.type', 'h.timestamp'])
    .orderBy('h.timestamp', 'desc')
    .orderBy('h.id', 'desc')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
  const count = await db
    .selectFrom(hits(db, accountId, filter).as('h'))
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return { hits: rows as HistoryHit[], total: Number(count.n) };
}

/** The first message of each chat (search previews). */
export async function firstMessages(db: ChatExecutor, accountId: number, chatIds: string[]): Promise<Map<string, string>> {
  if (chatIds.length === 0) return new Map();
  const firsts = db
    .selectFrom('chat_messages')
    .select(['chat_id', (eb) => eb.fn.min<number>('seq').as('seq')])
    .where('account_id', '=', accountId)
    .where('chat_id', 'in', chatIds)
    .where('type', '=', 'chat.msg')
    .groupBy('chat_id');
  const rows = await db
    .selectFrom('chat_messages as m')
    .innerJoin(firsts.as('f'), (join) => join.onRef('f.chat_id', '=', 'm.chat_id').onRef('f.seq', '=', 'm.seq'))
    .select(['m.chat_id', 'm.text'])
    .execute();
  return new Map(rows.map((r) => [r.chat_id, r.text]));
}
