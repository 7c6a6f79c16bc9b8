import type { OpContext } from '../../platform/context.ts';
import type { ListRequest } from '../records/list-request.ts';
import { runPage } from '../records/run-page.ts';
import { sellContext } from '../sell-context.ts';
import type { NamedItemKind } from '../sell-tables.ts';

/** Everyone with a Sell seat reads the account's lists: they are what records are filled in with. */
export async function listNamedItems(opCtx: OpContext, kind: NamedItemKind, request: ListRequest) {
  const ctx = await sellContext(opCtx);
  let query = ctx.sell.selectFrom('sell_named_items').selectAll().where('account_id', '=', ctx.account.id).where('kind', '=', kind);
  if (request.ids) query = query.where('id', 'in', request.ids.length ? request.ids : [-1]);
  const name = request.equals.name;
  if (typeof name === 'string') query = query.where('name_lower', '=', name.trim().toLowerCase());
  return runPage(query, request);
}
