import { z } from 'zod';
import { currencyInput, decimalInput } from '../records/money.ts';

const blankIsNull = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? null : v);

/** An optional amount: a decimal string or number, or null (a blank string counts as null). */
export const optionalDecimal = z.preprocess(blankIsNull, decimalInput.nullable());

/** An optional ISO 4217 code, or null (a blank string counts as null). */
export const optionalCurrency = z.preprocess(blankIsNull, currencyInput.nullable());
