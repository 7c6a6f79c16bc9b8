import { z } from 'zod';
import { personInputFields } from '../records/person-input-fields.ts';
import { boolInput, idInput, optionalText } from '../records/input-fields.ts';

/** Enumerations in any letter case; a blank string means no value. */
const lowerOrNull = (v: unknown) => (typeof v === 'string' ? v.trim().toLowerCase() || null : v);
const status = (values: [string, ...string[]]) =>
  z.preprocess(lowerOrNull, z.enum(values, { error: `Use one of: ${values.join(', ')}.` }).nullable());

/** What a client may write on a contact (the Sell API's writable set). Every key optional: PUT is partial. */
export const contactInputSchema = z
  .object({
    name: optionalText(),
    first_name: optionalText(),
    last_name: optionalText(),
    is_organization: boolInput.nullable(),
    /** a person's organization */
    contact_id: idInput.nullable(),
    /** an organization's parent organization (PHP and Java clients) */
    parent_organization_id: idInput.nullable(),
    owner_id: idInput.nullable(),
    /** our extension: let a distribution pool pick the owner */
    pool_id: idInput,
    customer_status: status(['none', 'current', 'past']),
    prospect_status: status(['none', 'current', 'lost']),
    ...personInputFields,
  })
  .partial();
export type ContactInput = z.input<typeof contactInputSchema>;
export type ParsedContactInput = z.output<typeof contactInputSchema>;

/** Fields the server sets: a client sending them back (a PUT of a GET) is not refused, they are ignored. */
export const contactReadOnlyFields = ['id', 'creator_id', 'created_at', 'updated_at', 'billing_address', 'shipping_address', 'lead_id'];
