import { nowIso } from '../../platform/db/time.ts';
import { prepareCustomValues } from '../custom-fields/custom-values.ts';
import { personColumns } from '../records/person-columns.ts';
import { ownerFromPool, refuseOwnerAndPool } from '../records/pool-owner.ts';
import { completeNewRecord } from '../records/record-writes.ts';
import { ownerForNewRecord } from '../records/resolve-owner.ts';
import type { SellContext } from '../sell-context.ts';
import type { SellExecutor } from '../sell-tables.ts';
import { contactColumns } from './contact-columns.ts';
import { checkContactCustomFields } from './contact-custom-fields.ts';
import type { ParsedContactInput } from './contact-input.ts';
import { insertContact } from './contacts.repo.ts';

export type NewContact = Awaited<ReturnType<typeof prepareNewContact>>;

/**
 * Checks a new contact before any write. Split from `insertNewContact` so a caller that creates
 * several records (lead conversion) checks them all first and writes them in one transaction.
 */
export async function prepareNewContact(ctx: SellContext, input: ParsedContactInput) {
  const isOrganization = input.is_organization ?? false;
  const columns = contactColumns(isOrganization, input, null);
  refuseOwnerAndPool(input);
  const ownerId = input.pool_id === undefined ? await ownerForNewRecord(ctx, input.owner_id) : null;
  await checkContactCustomFields(ctx.sell, ctx.account.id, isOrganization, input.custom_fields);
  const writeCustom = await prepareCustomValues(ctx.sell, ctx.account.id, 'contact', input.custom_fields);
  return { input, isOrganization, columns, ownerId, writeCustom };
}

/** Writes a prepared contact with its tags and custom values, and announces it, in the caller's transaction. */
export async function insertNewContact(trx: SellExecutor, ctx: SellContext, prepared: NewContact, links: { parentId: number | null; leadId?: number }) {
  const { input, isOrganization, columns } = prepared;
  const now = nowIso();
  const { ownerId, assignment } = await ownerFromPool(trx, ctx, 'contact', input.pool_id, prepared.ownerId);
  const contact = await insertContact(trx, {
    account_id: ctx.account.id,
    owner_id: ownerId,
    creator_id: ctx.actor.id,
    is_organization: isOrganization ? 1 : 0,
    contact_id: links.parentId,
    ...columns,
    ...personColumns(input, null),
    billing_address: null,
    shipping_address: null,
    lead_id: links.leadId ?? null,
    created_at: now,
    updated_at: now,
  });
  await completeNewRecord(trx, ctx, 'contact', { id: contact.id, owner_id: ownerId, name: columns.name }, { tags: input.tags ?? undefined, writeCustom: prepared.writeCustom, assignment });
  return contact;
}
