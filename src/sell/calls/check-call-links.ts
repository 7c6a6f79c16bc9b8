import { invalid } from '../../platform/http/app-error.ts';
import { findDeal } from '../deals/deals.repo.ts';
import { checkVisibleRecord } from '../records/load-visible-record.ts';
import { canSeeRecord } from '../records/record-visibility.ts';
import type { SellContext } from '../sell-context.ts';
import type { CallResourceType } from '../sell-tables.ts';
import { findCallOutcome } from './call-outcomes.repo.ts';
import { checkSellUser } from '../records/check-sell-user.ts';

export type CallLinks = {
  resource_type: CallResourceType | null;
  resource_id: number | null;
  user_id: number | null;
  outcome_id: number | null;
  associated_deal_ids: number[];
};

/**
 * What a call points at: a lead or contact the actor sees (or none), a Sell user, one of the account's
 * outcomes, deals the actor sees. Only what differs from `before` is checked, so a call sent back
 * unchanged passes even when a link has since become hidden.
 */
export async function checkCallLinks(ctx: SellContext, links: CallLinks, before: CallLinks | null) {
  if ((links.resource_type === null) !== (links.resource_id === null)) {
    throw invalid(links.resource_type === null ? 'resource_type' : 'resource_id', 'Give resource_type and resource_id together, or neither.');
  }
  const resourceMoved = links.resource_type !== before?.resource_type || links.resource_id !== before?.resource_id;
  if (links.resource_type && links.resource_id && resourceMoved) await checkVisibleRecord(ctx, links.resource_type, links.resource_id);
  if (links.user_id !== null && links.user_id !== before?.user_id) await checkSellUser(ctx, 'user_id', links.user_id);
  if (links.outcome_id !== null && links.outcome_id !== before?.outcome_id && !(await findCallOutcome(ctx.sell, ctx.account.id, links.outcome_id))) {
    throw invalid('outcome_id', `No call outcome with id ${links.outcome_id} in this account.`);
  }
  for (const dealId of links.associated_deal_ids) {
    if (before?.associated_deal_ids.includes(dealId)) continue;
    const deal = await findDeal(ctx.sell, ctx.account.id, dealId);
    if (!deal || !(await canSeeRecord(ctx, 'deal', deal))) throw invalid('associated_deal_ids', `No deal with id ${dealId} that you can see.`);
  }
}
