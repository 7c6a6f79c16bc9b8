import { AppError, type FieldError } from '../../platform/http/app-error.ts';
import { phoneCountryOf } from '../matching/phone-country.ts';
import type { ResourceType, SellExecutor } from '../sell-tables.ts';
import { checkCustomValue, type Choice, type CustomFieldType } from './field-types.ts';
import { listCustomFields, setValue, valuesFor, type CustomFieldRow } from './custom-fields.repo.ts';

export type CustomValues = Record<string, unknown>;

function choicesOf(field: CustomFieldRow): Choice[] {
  return field.choices ? (JSON.parse(field.choices) as Choice[]) : [];
}

/** The `custom_fields` object of each record, keyed by field name (as the Sell API shows it). */
export async function readCustomValues(db: SellExecutor, accountId: number, resourceType: ResourceType, ids: number[]) {
  const byRecord = new Map<number, CustomValues>(ids.map((id) => [id, {}]));
  const rows = await valuesFor(db, accountId, resourceType, ids);
  if (rows.length === 0) return byRecord;
  const fields = new Map((await listCustomFields(db, accountId, resourceType)).map((f) => [f.id, f]));
  for (const row of rows) {
    const field = fields.get(row.field_id);
    if (field) byRecord.get(row.resource_id)![field.name] = JSON.parse(row.value);
  }
  return byRecord;
}

/**
 * Checks every value sent against its field and returns a writer; only the fields sent change
 * (a PUT with `{}` changes nothing), `null` clears a value. Unknown names are refused by name.
 */
export async function prepareCustomValues(db: SellExecutor, accountId: number, resourceType: ResourceType, input: CustomValues | null | undefined) {
  const entries = Object.entries(input ?? {});
  if (entries.length === 0) return async () => {};
  const fields = await listCustomFields(db, accountId, resourceType);
  const byName = new Map(fields.map((f) => [f.name.toLowerCase(), f]));
  const phoneCountry = fields.some((f) => f.type === 'phone') ? await phoneCountryOf(db, accountId) : '';
  const errors: FieldError[] = [];
  const writes: { field: CustomFieldRow; value: string | null }[] = [];
  for (const [name, raw] of entries) {
    const field = byName.get(name.toLowerCase());
    const pointer = `custom_fields.${name}`;
    if (!field) {
      errors.push({ field: pointer, code: 'unknown', message: `There is no ${resourceType} custom field named "${name}".` });
      continue;
    }
    if (raw === null || raw === '') {
      writes.push({ field, value: null });
      continue;
    }
    const checked = checkCustomValue(field.type as CustomFieldType, choicesOf(field), raw, phoneCountry);
    if (checked.ok) writes.push({ field, value: JSON.stringify(checked.value) });
    else errors.push({ field: pointer, code: 'incorrect_value', message: `${field.name}: ${checked.message}` });
  }
  if (errors.length) throw new AppError(422, 'validation_failed', 'Some fields are not valid.', errors);
  return async (trx: SellExecutor, resourceId: number) => {
    for (const w of writes) await setValue(trx, accountId, resourceType, resourceId, w.field.id, w.value);
  };
}
