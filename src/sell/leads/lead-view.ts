import { apiTime } from '../records/api-time.ts';
import { personDetails } from '../records/person-details.ts';
import type { RecordExtras } from '../records/record-extras.ts';
import type { LeadRow } from '../sell-tables.ts';

/** A lead as the Sell API shows it. */
export function toLeadView(lead: LeadRow, extras: RecordExtras) {
  return {
    id: lead.id,
    creator_id: lead.creator_id,
    owner_id: lead.owner_id,
    first_name: lead.first_name,
    last_name: lead.last_name,
    organization_name: lead.organization_name,
    status: lead.status,
    source_id: lead.source_id,
    ...personDetails(lead),
    tags: extras.tags,
    custom_fields: extras.custom_fields,
    converted_at: apiTime(lead.converted_at),
    converted_contact_id: lead.converted_contact_id,
    converted_deal_id: lead.converted_deal_id,
    created_at: apiTime(lead.created_at),
    updated_at: apiTime(lead.updated_at),
  };
}
export type LeadView = ReturnType<typeof toLeadView>;
