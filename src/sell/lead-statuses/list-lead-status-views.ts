import type { OpContext } from '../../platform/context.ts';
import { sellContext } from '../sell-context.ts';
import { ensureSellSetup } from '../setup/ensure-sell-setup.ts';
import { listLeadStatuses } from './lead-statuses.repo.ts';
import { toLeadStatusView } from './lead-status-view.ts';

/** The account's lead statuses in their order, as the API shows them (anyone with a Sell seat). */
export async function listLeadStatusViews(opCtx: OpContext) {
  const ctx = await sellContext(opCtx);
  // Callers outside the Sell API (the Chat integration) may be the first to ask on a new account.
  await ensureSellSetup(ctx.db, ctx.account.id);
  return (await listLeadStatuses(ctx.sell, ctx.account.id)).map(toLeadStatusView);
}
