import type { OpContext } from '../../platform/context.ts';
import { sellContext } from '../sell-context.ts';
import { loadVisibleLead } from './load-visible-lead.ts';
import { presentLead } from './present-lead.ts';

export async function getLead(opCtx: OpContext, id: number) {
  const ctx = await sellContext(opCtx);
  return presentLead(ctx.sell, ctx.account.id, await loadVisibleLead(ctx, id));
}
