import { z } from 'zod';
import { wholeNumberInput } from '../records/date-inputs.ts';
import { idInput } from '../records/input-fields.ts';

/** What a client may write on an order. Every key optional: PUT is partial. */
export const orderInputSchema = z
  .object({
    deal_id: idInput,
    discount: wholeNumberInput(0, 100).nullable(),
  })
  .partial();
export type OrderInput = z.input<typeof orderInputSchema>;
export const orderReadOnlyFields = ['id', 'created_at', 'updated_at'];
