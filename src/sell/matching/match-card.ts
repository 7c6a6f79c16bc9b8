import type { Kysely } from 'kysely';
import { toContactView } from '../contacts/contact-view.ts';
import { toLeadView } from '../leads/lead-view.ts';
import { apiTime } from '../records/api-time.ts';
import { canSeeRecord } from '../records/record-visibility.ts';
import type { SellContext } from '../sell-context.ts';
import type { ContactPointRecordType, SellDatabase } from '../sell-tables.ts';
import { cardExtras } from './card-extras.ts';
import { contactById, dealsOfContact, leadById } from './match-cards.repo.ts';
import type { DealSummary, MatchReason, VisitorMatch } from './visitor-match-view.ts';

/** Deals shown on one card at most. */
const DEALS_ON_CARD = 50;

type DealRow = { id: number; name: string; value: string; currency: string; owner_id: number | null; stage_id: number; stage_name: string; stage_category: string; updated_at: string };

/**
 * The card data of a matched record the actor may see: the lead, or the contact with its company (a
 * person's organization, when visible) and its visible deals, records as the API shows them.
 * Undefined when the record went away meanwhile.
 */
export async function matchCard(ctx: SellContext, type: ContactPointRecordType, id: number, matchedBy: MatchReason[]): Promise<VisitorMatch | undefined> {
  const db = ctx.sell as Kysely<SellDatabase>;
  const accountId = ctx.account.id;
  if (type === 'lead') {
    const lead = (await leadById(db, accountId, id)).rows[0];
    return lead && { resourceType: 'lead', id, matchedBy, lead: toLeadView(lead, (await cardExtras(db, accountId, 'lead', id, null))(id)) };
  }
  const contact = (await contactById(db, accountId, id)).rows[0];
  if (!contact) return undefined;
  const isOrganization = contact.is_organization === 1;
  const [company, deals] = await Promise.all([
    !isOrganization && contact.contact_id !== null ? contactById(db, accountId, contact.contact_id).then((r) => r.rows[0]) : undefined,
    dealsOfContact(db, accountId, id, isOrganization ? id : -1, DEALS_ON_CARD),
  ]);
  const organization = company && (await canSeeRecord(ctx, 'contact', company)) ? company : undefined;
  const [extras, visibleDeals] = await Promise.all([cardExtras(db, accountId, 'contact', id, organization?.id ?? null), visible(ctx, deals.rows)]);
  return {
    resourceType: 'contact',
    id,
    matchedBy,
    contact: toContactView(contact, extras(id)),
    organization: organization ? toContactView(organization, extras(organization.id)) : null,
    deals: visibleDeals.map(toDealSummary),
  };
}

async function visible(ctx: SellContext, deals: DealRow[]) {
  const seen = await Promise.all(deals.map((d) => canSeeRecord(ctx, 'deal', d)));
  return deals.filter((_, i) => seen[i]);
}

function toDealSummary(d: DealRow): DealSummary {
  return {
    id: d.id,
    name: d.name,
    value: d.value,
    currency: d.currency,
    ownerId: d.owner_id,
    stageId: d.stage_id,
    stageName: d.stage_name,
    stageCategory: d.stage_category,
    updatedAt: apiTime(d.updated_at)!,
  };
}
