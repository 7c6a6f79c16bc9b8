import { customFieldApplies } from '../contacts/contact-custom-fields.ts';
import { contactInputSchema } from '../contacts/contact-input.ts';
import { listCustomFields } from '../custom-fields/custom-fields.repo.ts';
import { readCustomValues, type CustomValues } from '../custom-fields/custom-values.ts';
import { checkCustomValue, type Choice, type CustomFieldType } from '../custom-fields/field-types.ts';
import { phoneCountryOf } from '../matching/phone-country.ts';
import { personDetails } from '../records/person-details.ts';
import type { SellContext } from '../sell-context.ts';
import type { LeadRow } from '../sell-tables.ts';
import { readTags } from '../tags/taggings.ts';

/**
 * What a converted lead becomes: a person (when it names one) with the lead's contact details, tags
 * and custom values, and an organization (when it names one). A lead that names only a company
 * becomes an organization that carries those details itself.
 */
export async function leadContactInputs(ctx: SellContext, lead: LeadRow, ownerId: number) {
  const hasPerson = Boolean(lead.last_name);
  const tags = (await readTags(ctx.sell, ctx.account.id, 'lead', [lead.id])).get(lead.id) ?? [];
  const details = {
    ...personDetails(lead),
    tags,
    custom_fields: await carriedCustomValues(ctx, lead.id, !hasPerson),
  };
  const person = hasPerson ? contactInputSchema.parse({ first_name: lead.first_name, last_name: lead.last_name, owner_id: ownerId, ...details }) : null;
  const organization = lead.organization_name
    ? contactInputSchema.parse({
        is_organization: true,
        name: lead.organization_name,
        owner_id: ownerId,
        ...(hasPerson ? { industry: lead.industry, website: lead.website } : details),
      })
    : null;
  return { person, organization };
}

/**
 * The lead's custom values whose field name also exists on contacts (and applies to this kind of
 * contact), under the contact field's spelling. A value the contact field would refuse stays behind.
 */
async function carriedCustomValues(ctx: SellContext, leadId: number, isOrganization: boolean): Promise<CustomValues> {
  const values = (await readCustomValues(ctx.sell, ctx.account.id, 'lead', [leadId])).get(leadId) ?? {};
  if (Object.keys(values).length === 0) return {};
  const fields = new Map((await listCustomFields(ctx.sell, ctx.account.id, 'contact')).map((f) => [f.name.toLowerCase(), f]));
  const phoneCountry = await phoneCountryOf(ctx.sell, ctx.account.id);
  const carried: CustomValues = {};
  for (const [name, value] of Object.entries(values)) {
    const field = fields.get(name.toLowerCase());
    if (!field || !customFieldApplies(field, isOrganization)) continue;
    const choices = field.choices ? (JSON.parse(field.choices) as Choice[]) : [];
    if (checkCustomValue(field.type as CustomFieldType, choices, value, phoneCountry).ok) carried[field.name] = value;
  }
  return carried;
}
