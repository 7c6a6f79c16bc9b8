import type { OpContext } from '../../platform/context.ts';
import { sellContext } from '../sell-context.ts';
import { listLeadStatuses } from './lead-statuses.repo.ts';
import { toLeadStatusView } from './lead-status-view.ts';

/** The account's lead statuses in their order, as the API shows them (anyone with a Sell seat). */
export async function listLeadStatusViews(opCtx: OpContext) {
  const ctx = await sellContext(opCtx);
  return (await listLeadStatuses(ctx.sell, ctx.account.id)).map(toLeadStatusView);
}
