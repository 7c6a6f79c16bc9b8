import { sql } from 'kysely';
import type { OpContext } from '../../platform/context.ts';
import type { ListRequest } from '../records/list-request.ts';
import { runPage } from '../records/run-page.ts';
import { attachedToVisible } from '../records/visibility-conditions.ts';
import { sellContext } from '../sell-context.ts';

export async function listNotes(opCtx: OpContext, request: ListRequest) {
  const ctx = await sellContext(opCtx);
  let query = ctx.sell
    .selectFrom('sell_notes')
    .selectAll()
    .where('sell_notes.account_id', '=', ctx.account.id)
    .where((eb) => attachedToVisible(eb, 'sell_notes', ctx.visibility));
  if (request.ids) query = query.where('id', 'in', request.ids.length ? request.ids : [-1]);
  for (const [column, value] of Object.entries(request.equals)) query = query.where(sql.ref(`sell_notes.${column}`), '=', value);
  if (request.q?.trim()) query = query.where(sql`lower(content)`, 'like', `%${request.q.trim().toLowerCase()}%`);
  return runPage(query, request, 'sell_notes');
}
