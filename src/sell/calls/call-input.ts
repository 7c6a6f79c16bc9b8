import { z } from 'zod';
import { timestampInput, wholeNumberInput } from '../records/date-inputs.ts';
import { boolInput, idInput, longText, optionalText } from '../records/input-fields.ts';

/** What a client may write on a call. Every key optional: PUT is partial. */
export const callInputSchema = z
  .object({
    user_id: idInput.nullable(),
    summary: optionalText(longText),
    recording_url: optionalText(z.string().trim().max(2048, 'Use at most 2,048 characters.').regex(/^https?:\/\/\S+$/i, 'Enter a web address starting with https://.')),
    outcome_id: idInput.nullable(),
    duration: wholeNumberInput(0, 1_000_000).nullable(),
    phone_number: optionalText(z.string().trim().max(64, 'Use at most 64 characters.')),
    incoming: boolInput.nullable(),
    missed: boolInput.nullable(),
    external_id: optionalText(),
    resource_type: z.enum(['lead', 'contact'], { message: 'resource_type must be lead or contact.' }).nullable(),
    resource_id: idInput.nullable(),
    associated_deal_ids: z.array(idInput).max(100, 'Associate at most 100 deals.').nullable(),
    made_at: timestampInput,
  })
  .partial();
export type CallInput = z.input<typeof callInputSchema>;
export type ParsedCallInput = z.output<typeof callInputSchema>;
export const callReadOnlyFields = ['id', 'created_at', 'updated_at'];
