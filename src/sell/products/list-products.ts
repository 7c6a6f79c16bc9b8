import type { OpContext } from '../../platform/context.ts';
import type { ListRequest, ListResult } from '../records/list-request.ts';
import { sellContext } from '../sell-context.ts';
import { presentProducts } from './present-products.ts';
import type { ProductView } from './product-view.ts';
import { listProductRows } from './products.repo.ts';

/** The account's catalogue: every Sell user reads it. */
export async function listProducts(opCtx: OpContext, request: ListRequest): Promise<ListResult<ProductView>> {
  const ctx = await sellContext(opCtx);
  const { items, hasMore } = await listProductRows(ctx.sell, ctx.account.id, request);
  return { items: await presentProducts(ctx.sell, ctx.account.id, items), hasMore };
}
