import { z } from 'zod';
import { boolInput, idInput, optionalText } from '../records/input-fields.ts';
import { decimalInput } from '../records/money.ts';

/** Options of a lead conversion: whether to open a deal too, and its name, value and stage; the new records' owner. */
export const convertLeadInputSchema = z
  .object({
    create_deal: boolInput.nullable(),
    deal_name: optionalText(),
    deal_value: z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? null : v), decimalInput.nullable()),
    stage_id: idInput.nullable(),
    /** by default the lead's owner */
    owner_id: idInput.nullable(),
  })
  .partial();
export type ConvertLeadInput = z.input<typeof convertLeadInputSchema>;
