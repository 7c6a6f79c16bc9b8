import type { AgentStatus, ChatExecutor } from '../chat-tables.ts';

/** Users with a Chat role, with their persisted status (Online until they choose otherwise). */
export function listAgentRows(db: ChatExecutor, accountId: number, options: { sinceId?: number; limit?: number } = {}) {
  let query = db
    .selectFrom('users')
    .leftJoin('chat_agent_status', 'chat_agent_status.user_id', 'users.id')
    .selectAll('users')
    .select(['chat_agent_status.status as chat_status'])
    .where('users.account_id', '=', accountId)
    .where('users.chat_role', '<>', 'none')
    .orderBy('users.id');
  if (options.sinceId !== undefined) query = query.where('users.id', '>=', options.sinceId);
  if (options.limit !== undefined) query = query.limit(options.limit);
  return query.execute();
}

export type AgentRow = Awaited<ReturnType<typeof listAgentRows>>[number];

export function findAgentRow(db: ChatExecutor, accountId: number, userId: number): Promise<AgentRow | undefined> {
  return db
    .selectFrom('users')
    .leftJoin('chat_agent_status', 'chat_agent_status.user_id', 'users.id')
    .selectAll('users')
    .select(['chat_agent_status.status as chat_status'])
    .where('users.account_id', '=', accountId)
    .where('users.id', '=', userId)
    .where('users.chat_role', '<>', 'none')
    .executeTakeFirst();
}

/** Of `ids`, those that are active users of the account with a Chat role. */
export async function activeAgentIdsAmong(db: ChatExecutor, accountId: number, ids: number[]): Promise<number[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('users')
    .select('id')
    .where('account_id', '=', accountId)
    .where('id', 'in', ids)
    .where('chat_role', '<>', 'none')
    .where('active', '=', 1)
    .execute();
  return rows.map((r) => r.id);
}

export async function findAgentStatus(db: ChatExecutor, accountId: number, userId: number): Promise<AgentStatus> {
  const row = await db.selectFrom('chat_agent_status').select('status').where('account_id', '=', accountId).where('user_id', '=', userId).executeTakeFirst();
  return row?.status ?? 'online';
}

export function saveAgentStatus(db: ChatExecutor, accountId: number, userId: number, status: AgentStatus, at: string) {
  return db
    .insertInto('chat_agent_status')
    .values({ user_id: userId, account_id: accountId, status, updated_at: at })
    .onConflict((oc) => oc.column('user_id').doUpdateSet({ status, updated_at: at }))
    .execute();
}

/**
 * Locks the agent's status row until the transaction ends (PostgreSQL row lock; SQLite writes one at
 * a time anyway), so two nodes cannot both hand the agent a chat past their limit.
 */
export async function lockAgentLoad(db: ChatExecutor, accountId: number, userId: number, at: string): Promise<void> {
  await db
    .insertInto('chat_agent_status')
    .values({ user_id: userId, account_id: accountId, status: 'online', updated_at: at })
    .onConflict((oc) => oc.column('user_id').doUpdateSet((eb) => ({ load_lock: eb('chat_agent_status.load_lock', '+', 1) })))
    .execute();
}

/**
 * How many chats each agent carries: the chats they serve, plus (`countOffers`) the waiting chats
 * offered to them under assigned routing.
 */
export async function agentLoads(db: ChatExecutor, accountId: number, agentIds: number[], countOffers: boolean): Promise<Map<number, number>> {
  const loads = new Map(agentIds.map((id) => [id, 0]));
  if (agentIds.length === 0) return loads;
  const serving = await db
    .selectFrom('chats')
    .select(['agent_id as id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('account_id', '=', accountId)
    .where('status', '=', 'active')
    .where('agent_id', 'in', agentIds)
    .groupBy('agent_id')
    .execute();
  const offered = countOffers
    ? await db
        .selectFrom('chats')
        .select(['offered_agent_id as id', (eb) => eb.fn.countAll<number>().as('n')])
        .where('account_id', '=', accountId)
        .where('status', '=', 'waiting')
        .where('offered_agent_id', 'in', agentIds)
        .groupBy('offered_agent_id')
        .execute()
    : [];
  for (const row of [...serving, ...offered]) if (row.id !== null) loads.set(row.id, (loads.get(row.id) ?? 0) + Number(row.n));
  return loads;
}
