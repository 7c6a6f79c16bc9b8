import { sql } from 'kysely';
import type { OpContext } from '../../platform/context.ts';
import type { ListRequest } from '../records/list-request.ts';
import { runPage } from '../records/run-page.ts';
import { sellContext } from '../sell-context.ts';

/** The account's Sell users (everyone with a Sell seat), as record owners and managers. */
export async function listSellUsers(opCtx: OpContext, request: ListRequest) {
  const ctx = await sellContext(opCtx);
  let query = ctx.sell.selectFrom('users').selectAll().where('account_id', '=', ctx.account.id).where('sell_role', '!=', 'none');
  if (request.ids) query = query.where('id', 'in', request.ids.length ? request.ids : [-1]);
  const { email, name, role, status, confirmed } = request.equals;
  if (typeof email === 'string') query = query.where('email_lower', '=', email.trim().toLowerCase());
  if (typeof name === 'string') query = query.where(sql`lower(name)`, '=', name.trim().toLowerCase());
  if (role === 'admin') query = query.where('sell_role', '=', 'admin');
  if (role === 'user') query = query.where('sell_role', '=', 'user');
  if (status === 'active' || status === 'inactive') query = query.where('active', '=', status === 'active' ? 1 : 0);
  if (confirmed === 0) query = query.where(sql.lit(false));
  return runPage(query, request);
}
