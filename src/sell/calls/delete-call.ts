import type { OpContext } from '../../platform/context.ts';
import { sellContext } from '../sell-context.ts';
import { deleteCallRow } from './calls.repo.ts';
import { loadVisibleCall } from './load-visible-call.ts';

export async function deleteCall(opCtx: OpContext, id: number) {
  const ctx = await sellContext(opCtx);
  await loadVisibleCall(ctx, id);
  await ctx.sell.transaction().execute((trx) => deleteCallRow(trx, ctx.account.id, id));
}
