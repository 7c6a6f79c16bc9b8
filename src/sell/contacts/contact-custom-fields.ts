import { AppError, type FieldError } from '../../platform/http/app-error.ts';
import { listCustomFields, type CustomFieldRow } from '../custom-fields/custom-fields.repo.ts';
import type { CustomValues } from '../custom-fields/custom-values.ts';
import type { SellExecutor } from '../sell-tables.ts';

/** Contact custom fields are each for people, for organizations, or both. */
export function customFieldApplies(field: CustomFieldRow, isOrganization: boolean): boolean {
  return (isOrganization ? field.for_organisation : field.for_contact) === 1;
}

/** Refuses a value for a field that does not apply to this kind of contact (clearing one is harmless). */
export async function checkContactCustomFields(db: SellExecutor, accountId: number, isOrganization: boolean, input: CustomValues | null | undefined) {
  const sent = Object.entries(input ?? {}).filter(([, value]) => value !== null && value !== '');
  if (sent.length === 0) return;
  const fields = new Map((await listCustomFields(db, accountId, 'contact')).map((f) => [f.name.toLowerCase(), f]));
  const errors: FieldError[] = [];
  for (const [name] of sent) {
    const field = fields.get(name.toLowerCase());
    if (field && !customFieldApplies(field, isOrganization)) {
      errors.push({ field: `custom_fields.${name}`, code: 'incorrect_value', message: `${field.name} is a custom field for ${isOrganization ? 'people' : 'organizations'} only.` });
    }
  }
  if (errors.length) throw new AppError(422, 'validation_failed', 'Some fields are not valid.', errors);
}
