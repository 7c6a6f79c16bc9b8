import { z } from 'zod';
import { wholeNumberInput } from '../records/date-inputs.ts';
import { idInput } from '../records/input-fields.ts';
import { currencyInput } from '../records/money.ts';
import { optionalDecimal } from '../products/money-inputs.ts';
import { signedDecimalInput } from './signed-decimal.ts';

/** What a client may write on a line item (made once, never updated); product_id and currency are required. */
export const lineItemInputSchema = z
  .object({
    product_id: idInput,
    value: optionalDecimal,
    variation: signedDecimalInput.nullable(),
    currency: currencyInput,
    quantity: wholeNumberInput(1, 1_000_000).nullable(),
  })
  .partial();
export type LineItemInput = z.input<typeof lineItemInputSchema>;
/** Copied from the product when the line item is made. */
export const lineItemReadOnlyFields = ['id', 'name', 'sku', 'description', 'price', 'created_at', 'updated_at'];
