import type { OpContext } from '../../platform/context.ts';
import { sellContext } from '../sell-context.ts';
import { contactInputSchema, type ContactInput } from './contact-input.ts';
import { insertNewContact, prepareNewContact } from './new-contact.ts';
import { resolveParentOrganization } from './parent-organization.ts';

/** Creates a person or an organization, owned by the given user or, by default, by whoever creates it. */
export async function createContact(opCtx: OpContext, rawInput: ContactInput) {
  const ctx = await sellContext(opCtx);
  const input = contactInputSchema.parse(rawInput);
  const prepared = await prepareNewContact(ctx, input);
  const parentId = await resolveParentOrganization(ctx, prepared.isOrganization, input, null);
  return ctx.sell.transaction().execute((trx) => insertNewContact(trx, ctx, prepared, { parentId }));
}
