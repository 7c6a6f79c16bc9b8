import type { OpContext } from '../../platform/context.ts';
import { nowIso } from '../../platform/db/time.ts';
import { appendEvent } from '../../platform/events/append-event.ts';
import { invalid } from '../../platform/http/app-error.ts';
import { prepareCustomValues } from '../custom-fields/custom-values.ts';
import { personColumns } from '../records/person-columns.ts';
import { ownerFromPool, refuseOwnerAndPool } from '../records/pool-owner.ts';
import { completeRecordUpdate } from '../records/record-writes.ts';
import { ownerAfterUpdate } from '../records/resolve-owner.ts';
import { moveDealsWithContact } from '../deals/deals.repo.ts';
import { sellContext } from '../sell-context.ts';
import type { TrackedChange } from '../sell-events.ts';
import { contactColumns } from './contact-columns.ts';
import { checkContactCustomFields } from './contact-custom-fields.ts';
import { contactInputSchema, type ContactInput } from './contact-input.ts';
import { updateContactRow } from './contacts.repo.ts';
import { loadVisibleContact } from './load-visible-contact.ts';
import { resolveParentOrganization } from './parent-organization.ts';

/**
 * Changes only the fields sent (PUT is partial); a person stays a person, an organization an
 * organization. A person who moves to another organization takes the deals they are the contact of.
 */
export async function updateContact(opCtx: OpContext, id: number, rawInput: ContactInput) {
  const ctx = await sellContext(opCtx);
  const input = contactInputSchema.parse(rawInput);
  const before = await loadVisibleContact(ctx, id);
  const isOrganization = before.is_organization === 1;
  if (input.is_organization !== undefined && input.is_organization !== null && input.is_organization !== isOrganization) {
    throw invalid('is_organization', 'A contact stays a person or an organization: is_organization is set only when the contact is created.');
  }
  const columns = contactColumns(isOrganization, input, before);
  refuseOwnerAndPool(input);
  const chosenOwner = input.pool_id === undefined ? await ownerAfterUpdate(ctx, input.owner_id, before.owner_id) : before.owner_id;
  const parentId = await resolveParentOrganization(ctx, isOrganization, input, before);
  await checkContactCustomFields(ctx.sell, ctx.account.id, isOrganization, input.custom_fields);
  const writeCustom = await prepareCustomValues(ctx.sell, ctx.account.id, 'contact', input.custom_fields);

  return ctx.sell.transaction().execute(async (trx) => {
    const { ownerId, assignment } = await ownerFromPool(trx, ctx, 'contact', input.pool_id, chosenOwner);
    const changes: TrackedChange[] = ownerId !== before.owner_id ? [{ field: 'owner_id', from: before.owner_id, to: ownerId }] : [];
    const now = nowIso();
    const contact = await updateContactRow(trx, ctx.account.id, id, {
      ...columns,
      owner_id: ownerId,
      contact_id: parentId,
      ...personColumns(input, before),
      updated_at: now,
    });
    await completeRecordUpdate(trx, ctx, 'contact', id, changes, { tags: input.tags, writeCustom, assignment });
    if (!isOrganization && parentId !== before.contact_id) {
      for (const dealId of await moveDealsWithContact(trx, ctx.account.id, id, parentId, now)) {
        await appendEvent(trx, ctx.account.id, 'sell.record.updated', { resourceType: 'deal', resourceId: dealId, actorId: ctx.actor.id, changes: [] });
      }
    }
    return contact;
  });
}
