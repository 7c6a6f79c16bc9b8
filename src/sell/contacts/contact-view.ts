import { readAddress } from '../records/address.ts';
import { apiTime } from '../records/api-time.ts';
import { personDetails } from '../records/person-details.ts';
import type { RecordExtras } from '../records/record-extras.ts';
import type { ContactRow } from '../sell-tables.ts';

/**
 * A contact as the Sell API shows it. The `contact_id` column holds the organization a contact sits
 * under: a person's organization (`contact_id`) or an organization's parent (`parent_organization_id`).
 */
export function toContactView(contact: ContactRow, extras: RecordExtras) {
  const isOrganization = contact.is_organization === 1;
  return {
    id: contact.id,
    creator_id: contact.creator_id,
    owner_id: contact.owner_id,
    is_organization: isOrganization,
    contact_id: isOrganization ? null : contact.contact_id,
    parent_organization_id: isOrganization ? contact.contact_id : null,
    name: contact.name,
    first_name: contact.first_name,
    last_name: contact.last_name,
    customer_status: contact.customer_status,
    prospect_status: contact.prospect_status,
    ...personDetails(contact),
    billing_address: contact.billing_address ? readAddress(contact.billing_address) : null,
    shipping_address: contact.shipping_address ? readAddress(contact.shipping_address) : null,
    tags: extras.tags,
    custom_fields: extras.custom_fields,
    lead_id: contact.lead_id,
    created_at: apiTime(contact.created_at),
    updated_at: apiTime(contact.updated_at),
  };
}
export type ContactView = ReturnType<typeof toContactView>;
