import { sql } from 'kysely';
import type { OpContext } from '../../platform/context.ts';
import type { ListRequest } from '../records/list-request.ts';
import { runPage } from '../records/run-page.ts';
import { sellContext } from '../sell-context.ts';

export async function listTags(opCtx: OpContext, request: ListRequest) {
  const ctx = await sellContext(opCtx);
  let query = ctx.sell.selectFrom('sell_tags').selectAll().where('account_id', '=', ctx.account.id);
  if (request.ids) query = query.where('id', 'in', request.ids.length ? request.ids : [-1]);
  const { name, ...columns } = request.equals;
  if (typeof name === 'string') query = query.where('name_lower', '=', name.trim().toLowerCase());
  for (const [column, value] of Object.entries(columns)) query = query.where(sql.ref(column), '=', value);
  return runPage(query, request);
}
