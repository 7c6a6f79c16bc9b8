import { sql } from 'kysely';
import type { SellChatExecutor } from './sell-chat-tables.ts';

/** The people of an account as the integration's rules need them: names, and what decides who may own or see. */
export type PersonFacts = { id: number; name: string; active: number; sell_role: 'none' | 'user' | 'admin' };

export function listPeople(db: SellChatExecutor, accountId: number): Promise<PersonFacts[]> {
  return db.selectFrom('users').select(['id', 'name', 'active', 'sell_role']).where('account_id', '=', accountId).orderBy(sql`lower(name)`).orderBy('id').execute();
}

export function peopleByIds(db: SellChatExecutor, accountId: number, ids: number[]): Promise<PersonFacts[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom('users').select(['id', 'name', 'active', 'sell_role']).where('account_id', '=', accountId).where('id', 'in', [...new Set(ids)]).execute();
}

export async function sellAdminNames(db: SellChatExecutor, accountId: number, limit: number): Promise<string[]> {
  const rows = await db
    .selectFrom('users')
    .select('name')
    .where('account_id', '=', accountId)
    .where('sell_role', '=', 'admin')
    .where('active', '=', 1)
    .orderBy(sql`lower(name)`)
    .limit(limit)
    .execute();
  return rows.map((r) => r.name);
}

/** Active Chat agents: all of them, and those who also hold a Sell seat. */
export async function countChatAgents(db: SellChatExecutor, accountId: number): Promise<{ all: number; withSellSeat: number }> {
  const row = await db
    .selectFrom('users')
    .select((eb) => [eb.fn.countAll<number>().as('all'), eb.fn.sum<number>(sql<number>`case when sell_role <> 'none' then 1 else 0 end`).as('with_seat')])
    .where('account_id', '=', accountId)
    .where('active', '=', 1)
    .where('chat_role', '!=', 'none')
    .executeTakeFirstOrThrow();
  return { all: Number(row.all), withSellSeat: Number(row.with_seat ?? 0) };
}
