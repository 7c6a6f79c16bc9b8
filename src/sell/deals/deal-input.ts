import { z } from 'zod';
import { dateInput, timestampInput, wholeNumberInput } from '../records/date-inputs.ts';
import { boolInput, customFieldsInput, idInput, optionalText, tagsInput } from '../records/input-fields.ts';
import { currencyInput, decimalInput } from '../records/money.ts';

const blankIsNull = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? null : v);

/** What a client may write on a deal (the Sell API's writable set). Every key optional: PUT is partial. */
export const dealInputSchema = z
  .object({
    name: optionalText(),
    contact_id: idInput.nullable(),
    value: z.preprocess(blankIsNull, decimalInput.nullable()),
    currency: z.preprocess(blankIsNull, currencyInput.nullable()),
    hot: boolInput.nullable(),
    stage_id: idInput.nullable(),
    source_id: idInput.nullable(),
    loss_reason_id: idInput.nullable(),
    unqualified_reason_id: idInput.nullable(),
    owner_id: idInput.nullable(),
    /** our extension: let a distribution pool pick the owner */
    pool_id: idInput,
    estimated_close_date: dateInput,
    customized_win_likelihood: wholeNumberInput(0, 100).nullable(),
    last_stage_change_at: timestampInput,
    added_on: timestampInput,
    tags: tagsInput,
    custom_fields: customFieldsInput,
  })
  .partial();
export type DealInput = z.input<typeof dealInputSchema>;
export type ParsedDealInput = z.output<typeof dealInputSchema>;

/** Fields the server sets: a client sending them back (a PUT of a GET) is not refused, they are ignored. */
export const dealReadOnlyFields = [
  'id',
  'creator_id',
  'organization_id',
  'dropbox_email',
  'last_stage_change_by_id',
  'last_activity_at',
  'added_at',
  'lead_id',
  'created_at',
  'updated_at',
];
