import type { OpContext } from '../../platform/context.ts';
import { sellContext } from '../sell-context.ts';
import { loadVisibleCall } from './load-visible-call.ts';
import { presentCall } from './present-calls.ts';

export async function getCall(opCtx: OpContext, id: number) {
  const ctx = await sellContext(opCtx);
  return presentCall(ctx.sell, ctx.account.id, await loadVisibleCall(ctx, id));
}
