import { z } from 'zod';
import { personInputFields } from '../records/person-input-fields.ts';
import { idInput, optionalText } from '../records/input-fields.ts';

/** What a client may write on a lead (the Sell API's writable set). Every key optional: PUT is partial. */
export const leadInputSchema = z
  .object({
    first_name: optionalText(),
    last_name: optionalText(),
    organization_name: optionalText(),
    status: optionalText(),
    source_id: idInput.nullable(),
    owner_id: idInput.nullable(),
    /** Our extension: let a distribution pool pick the owner. */
    pool_id: idInput,
    ...personInputFields,
  })
  .partial();
export type LeadInput = z.input<typeof leadInputSchema>;

/** Fields the server sets: a client sending them back (a PUT of a GET) is not refused, they are ignored. */
export const leadReadOnlyFields = ['id', 'creator_id', 'created_at', 'updated_at', 'converted_at', 'converted_contact_id', 'converted_deal_id'];
