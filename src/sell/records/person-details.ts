import type { PersonColumns } from '../sell-tables.ts';
import { readAddress } from './address.ts';

/**
 * The contact details leads and contacts both have, as the Sell API shows them: what a lead and a
 * contact view show alike, and what a converted lead hands on to its contact.
 */
export function personDetails(row: PersonColumns) {
  return {
    title: row.title,
    description: row.description,
    industry: row.industry,
    website: row.website,
    email: row.email,
    phone: row.phone,
    mobile: row.mobile,
    fax: row.fax,
    twitter: row.twitter,
    facebook: row.facebook,
    linkedin: row.linkedin,
    skype: row.skype,
    address: readAddress(row.address),
  };
}
