import { AppError } from '../../../platform/http/app-error.ts';
import { toSellAccessError } from '../access/access-errors.ts';
import { forWriting, type SellAccess } from '../access/resolve-sell-access.ts';
import type { CreateLeadOffer } from '../card/card-view.ts';
import type { VisitorDetails } from '../chats/load-agent-chat.ts';
import type { IntegrationContext } from '../integration-context.ts';
import { ownerRuleInput } from '../owners/owner-rule-input.ts';
import { ownerOptions } from '../owners/owner-rules.ts';
import type { IntegrationSettings } from '../settings/integration-settings.ts';
import { splitVisitorName } from './split-visitor-name.ts';

/**
 * W-2: the Create lead form, prefilled from the visitor, with the owner picker S-16/S-17 call for; or
 * why the agent may not (S-26). `readAccess` is what the card was read with.
 */
export async function createLeadOffer(ctx: IntegrationContext, settings: IntegrationSettings, visitor: VisitorDetails, readAccess: SellAccess): Promise<CreateLeadOffer> {
  let access;
  try {
    access = forWriting(readAccess);
  } catch (error) {
    if (error instanceof AppError && error.status === 403) return { allowed: false, reason: toSellAccessError(error) };
    throw error;
  }
  const owner = ownerOptions(await ownerRuleInput(ctx, settings, access.agent, access.sell, access.actingUser));
  return { allowed: true, prefill: { ...splitVisitorName(visitor.name), email: visitor.email, phone: visitor.phone }, owner };
}
