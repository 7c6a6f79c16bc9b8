import { z } from 'zod';
import { wholeNumberInput } from '../records/date-inputs.ts';
import { boolInput, longText, optionalText } from '../records/input-fields.ts';
import { currencyInput, decimalInput } from '../records/money.ts';
import { optionalCurrency, optionalDecimal } from './money-inputs.ts';

const priceInput = z.object({ amount: decimalInput, currency: currencyInput });

/** A product's price list: one amount per currency. */
const pricesInput = z
  .array(priceInput)
  .max(200, 'Give at most 200 prices.')
  .nullable()
  .superRefine((prices, ctx) => {
    const seen = new Set<string>();
    prices?.forEach((price, i) => {
      if (seen.has(price.currency)) ctx.addIssue({ code: 'custom', path: [i, 'currency'], message: `${price.currency} is priced twice; give one price per currency.` });
      seen.add(price.currency);
    });
  });

/** What a client may write on a product. Every key optional: PUT is partial, and `prices` sent replaces the whole list. */
export const productInputSchema = z
  .object({
    name: optionalText(),
    description: optionalText(longText),
    sku: optionalText(),
    active: boolInput.nullable(),
    cost: optionalDecimal,
    cost_currency: optionalCurrency,
    prices: pricesInput,
    max_discount: wholeNumberInput(0, 100).nullable(),
    max_markup: wholeNumberInput(0, 1_000_000).nullable(),
  })
  .partial();
export type ProductInput = z.input<typeof productInputSchema>;
export type ParsedProductInput = z.output<typeof productInputSchema>;

export const productReadOnlyFields = ['id', 'created_at', 'updated_at'];
