import { apiTime } from '../records/api-time.ts';
import type { ContactRow, DealRow, LeadRow } from '../sell-tables.ts';

/** What a conversion made, shaped like the Sell API's lead_conversion: the person, the organization, the deal. */
export function toLeadConversionView(result: { lead: LeadRow; person: ContactRow | null; organization: ContactRow | null; deal: DealRow | null; creatorId: number }) {
  return {
    lead_id: result.lead.id,
    individual_id: result.person?.id ?? null,
    organization_id: result.organization?.id ?? null,
    deal_id: result.deal?.id ?? null,
    creator_id: result.creatorId,
    created_at: apiTime(result.lead.converted_at),
  };
}
