import type { OpContext } from '../../platform/context.ts';
import { loadReferencedContact } from '../contacts/referenced-contact.ts';
import { sellContext } from '../sell-context.ts';
import { dealInputSchema, type DealInput } from './deal-input.ts';
import { insertNewDeal, prepareNewDeal } from './new-deal.ts';

/** Creates a deal in the given stage (by default the first stage of the first pipeline) for a contact the actor sees. */
export async function createDeal(opCtx: OpContext, rawInput: DealInput) {
  const ctx = await sellContext(opCtx);
  const input = dealInputSchema.parse(rawInput);
  const prepared = await prepareNewDeal(ctx, input);
  const contact = input.contact_id ? await loadReferencedContact(ctx, 'contact_id', input.contact_id) : null;
  return ctx.sell.transaction().execute((trx) => insertNewDeal(trx, ctx, prepared, { contact }));
}
