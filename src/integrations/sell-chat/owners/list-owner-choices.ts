import { resolveSellAccess } from '../access/resolve-sell-access.ts';
import type { IntegrationContext } from '../integration-context.ts';
import { loadSettings } from '../settings/integration-settings.ts';
import { ownerRuleInput } from './owner-rule-input.ts';
import { ownerOptions, type OwnerOptions } from './owner-rules.ts';

/** The owner picker for the signed-in agent (S-16 … S-18, O-3, O-4): what they may pick and what happens by default. */
export async function listOwnerChoices(ctx: IntegrationContext): Promise<OwnerOptions> {
  const settings = await loadSettings(ctx.tables, ctx.account.id);
  const access = await resolveSellAccess(ctx, settings, 'write');
  return ownerOptions(await ownerRuleInput(ctx, settings, access.agent, access.sell, access.actingUser));
}
