import { sql } from 'kysely';
import type { ChatExecutor } from '../chat-tables.ts';

// Both compare `lower(visitor_email)`, the expression the chats_visitor_email index is built on.
const visitorEmailKey = sql<string>`lower(visitor_email)`;

/** An account's chats whose visitor gave this email (a lower-case key), newest first. */
export async function chatIdsByVisitorEmail(db: ChatExecutor, accountId: number, key: string, limit: number): Promise<string[]> {
  const rows = await db
    .selectFrom('chats')
    .select('id')
    .where('account_id', '=', accountId)
    .where(visitorEmailKey, '=', key)
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => r.id);
}

/** The distinct visitor emails of an account's chats (lower case), in order, after `after`. */
export async function visitorEmailKeysPage(db: ChatExecutor, accountId: number, after: string | null, limit: number): Promise<string[]> {
  let query = db
    .selectFrom('chats')
    .select(visitorEmailKey.as('email'))
    .distinct()
    .where('account_id', '=', accountId)
    .where(visitorEmailKey, 'is not', null)
    .orderBy(visitorEmailKey)
    .limit(limit);
  if (after !== null) query = query.where(visitorEmailKey, '>', after);
  return (await query.execute()).map((r) => r.email);
}
