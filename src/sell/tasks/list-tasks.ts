import { sql } from 'kysely';
import type { OpContext } from '../../platform/context.ts';
import { nowIso } from '../../platform/db/time.ts';
import type { ListRequest } from '../records/list-request.ts';
import { runPage } from '../records/run-page.ts';
import { attachedToVisible, ownedInView } from '../records/visibility-conditions.ts';
import { sellContext } from '../sell-context.ts';

/** Tasks on visible records plus floating tasks of visible owners; `overdue`, `type` and `remind` are derived filters. */
export async function listTasks(opCtx: OpContext, request: ListRequest) {
  const ctx = await sellContext(opCtx);
  const { overdue, type, remind, ...columns } = request.equals;
  let query = ctx.sell
    .selectFrom('sell_tasks')
    .selectAll()
    .where('sell_tasks.account_id', '=', ctx.account.id)
    .where((eb) =>
      eb.or([
        attachedToVisible(eb, 'sell_tasks', ctx.visibility),
        eb.and([eb('resource_type', 'is', null), ownedInView(eb, 'sell_tasks.owner_id', ctx.visibility)]),
      ]),
    );
  if (request.ids) query = query.where('id', 'in', request.ids.length ? request.ids : [-1]);
  for (const [column, value] of Object.entries(columns)) query = query.where(sql.ref(`sell_tasks.${column}`), '=', value);
  const now = nowIso();
  if (overdue === 1) query = query.where('completed', '=', 0).where('due_date', '<', now);
  if (overdue === 0) query = query.where((eb) => eb.or([eb('completed', '=', 1), eb('due_date', 'is', null), eb('due_date', '>=', now)]));
  if (type === 'floating') query = query.where('resource_type', 'is', null);
  if (type === 'related') query = query.where('resource_type', 'is not', null);
  if (remind === 1) query = query.where('remind_at', 'is not', null);
  if (remind === 0) query = query.where('remind_at', 'is', null);
  if (request.q?.trim()) query = query.where(sql`lower(content)`, 'like', `%${request.q.trim().toLowerCase()}%`);
  return runPage(query, request, 'sell_tasks');
}
