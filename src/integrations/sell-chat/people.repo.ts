import { sql, type Kysely } from 'kysely';
import { reusableQuery } from '../../platform/db/reusable-query.ts';
import type { SellChatDatabase, SellChatExecutor } from './sell-chat-tables.ts';

/** The people of an account as the integration's rules need them: names, and what decides who may own or see. */
export type PersonFacts = { id: number; name: string; active: number; sell_role: 'none' | 'user' | 'admin' };

// Compiled once: a card with no match offers Create lead, whose owner rules read everyone.
const everyone = reusableQuery((db: Kysely<SellChatDatabase>, accountId: number) =>
  db.selectFrom('users').select(['id', 'name', 'active', 'sell_role']).where('account_id', '=', accountId).orderBy(sql`lower(name)`).orderBy('id'),
);

export async function listPeople(db: SellChatExecutor, accountId: number): Promise<PersonFacts[]> {
  return (await everyone(db, accountId)).rows;
}

export function peopleByIds(db: SellChatExecutor, accountId: number, ids: number[]): Promise<PersonFacts[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom('users').select(['id', 'name', 'active', 'sell_role']).where('account_id', '=', accountId).where('id', 'in', [...new Set(ids)]).execute();
}

/** Two people at most (a card's record owner and its company's; -1 for none), compiled once: every card reads them. */
export const twoPeople = reusableQuery((db: Kysely<SellChatDatabase>, accountId: number, id: number, otherId: number) =>
  db.selectFrom('users').select(['id', 'name', 'active', 'sell_role']).where('account_id', '=', accountId).where('id', 'in', [id, otherId]),
);

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
