import type { OpContext } from '../../platform/context.ts';
import { nowIso } from '../../platform/db/time.ts';
import { appendEvent } from '../../platform/events/append-event.ts';
import { conflict, invalid } from '../../platform/http/app-error.ts';
import { findOrganizationsNamed } from '../contacts/contacts.repo.ts';
import { insertNewContact, prepareNewContact } from '../contacts/new-contact.ts';
import { dealInputSchema } from '../deals/deal-input.ts';
import { insertNewDeal, prepareNewDeal } from '../deals/new-deal.ts';
import { canSeeRecord } from '../records/record-visibility.ts';
import { sellContext, type SellContext } from '../sell-context.ts';
import '../sell-events.ts';
import type { LeadRow } from '../sell-tables.ts';
import { convertLeadInputSchema, type ConvertLeadInput } from './convert-lead-input.ts';
import { leadContactInputs } from './lead-contact-inputs.ts';
import { markLeadConverted } from './lead-conversion.repo.ts';
import { refreshContactPoints } from '../matching/refresh-contact-points.ts';
import { displayNameOfLead } from './lead-name.ts';
import { loadVisibleLead } from './load-visible-lead.ts';

/**
 * Turns a lead into a person contact (and its organization: an existing one the actor sees with the
 * same name, or a new one) and, when asked, a deal for that contact, all in one transaction. The new
 * records keep the lead's id, so its history stays reachable from them; a lead converts only once.
 */
export async function convertLead(opCtx: OpContext, id: number, rawInput: ConvertLeadInput) {
  const ctx = await sellContext(opCtx);
  const input = convertLeadInputSchema.parse(rawInput);
  const lead = await loadVisibleLead(ctx, id);
  if (lead.converted_at) throw alreadyConverted(lead);
  const wantsDeal = input.create_deal ?? false;
  if (!wantsDeal && (input.deal_name || input.deal_value || input.stage_id)) {
    throw invalid('create_deal', 'Set create_deal to true to open a deal with deal_name, deal_value or stage_id.');
  }
  const ownerId = input.owner_id ?? lead.owner_id ?? ctx.actor.id;

  const inputs = await leadContactInputs(ctx, lead, ownerId);
  const existingOrganization = inputs.organization && (await visibleOrganizationNamed(ctx, inputs.organization.name!));
  const newOrganization = inputs.organization && !existingOrganization ? await prepareNewContact(ctx, inputs.organization) : null;
  const newPerson = inputs.person ? await prepareNewContact(ctx, inputs.person) : null;
  const newDeal = wantsDeal
    ? await prepareNewDeal(
        ctx,
        dealInputSchema.parse({ name: input.deal_name ?? lead.organization_name ?? displayNameOfLead(lead), value: input.deal_value, stage_id: input.stage_id, owner_id: ownerId }),
      )
    : null;

  return ctx.sell.transaction().execute(async (trx) => {
    const organization = existingOrganization || (newOrganization ? await insertNewContact(trx, ctx, newOrganization, { parentId: null, leadId: lead.id }) : null);
    const person = newPerson ? await insertNewContact(trx, ctx, newPerson, { parentId: organization?.id ?? null, leadId: lead.id }) : null;
    // requireLeadName guarantees a lead names a person or an organization.
    const contact = (person ?? organization)!;
    const deal = newDeal ? await insertNewDeal(trx, ctx, newDeal, { contact, leadId: lead.id }) : null;
    const now = nowIso();
    const converted = await markLeadConverted(trx, ctx.account.id, lead.id, { converted_at: now, converted_contact_id: contact.id, converted_deal_id: deal?.id ?? null });
    if (!converted) throw alreadyConverted(lead);
    // The lead lives on as its contact: only the contact matches a visitor from now on.
    await refreshContactPoints(trx, ctx.account.id, 'lead', lead.id);
    await appendEvent(trx, ctx.account.id, 'sell.record.updated', { resourceType: 'lead', resourceId: lead.id, actorId: ctx.actor.id, changes: [] });
    await appendEvent(trx, ctx.account.id, 'sell.lead.converted', {
      leadId: lead.id,
      contactId: contact.id,
      organizationId: organization?.id ?? null,
      dealId: deal?.id ?? null,
      actorId: ctx.actor.id,
    });
    return { lead: converted, person, organization, deal, creatorId: ctx.actor.id };
  });
}

async function visibleOrganizationNamed(ctx: SellContext, name: string) {
  for (const organization of await findOrganizationsNamed(ctx.sell, ctx.account.id, name)) {
    if (await canSeeRecord(ctx, 'contact', organization)) return organization;
  }
  return undefined;
}

function alreadyConverted(lead: LeadRow) {
  const into = lead.converted_contact_id ? ` into contact ${lead.converted_contact_id}` : '';
  return conflict('already_converted', `This lead was already converted${into}; a lead converts only once. Work on the contact instead.`);
}
