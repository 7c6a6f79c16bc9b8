import type { SettingField, SettingValue } from '../api/types';

export type FormValues = Record<string, string | boolean>;

/** What is saved, as far as the page may know: plain values, and the names of the secrets that are set. */
export type SavedSettings = { values: Record<string, SettingValue>; secretsSet: readonly string[] };

/** The form's starting values: what is saved, else the manifest's default; secrets always start empty. */
export function initialValues(fields: SettingField[], saved?: SavedSettings): FormValues {
  return Object.fromEntries(
    fields.map((field) => {
      const value = saved ? saved.values[field.name] : field.default;
      if (field.type === 'checkbox') return [field.name, value === true];
      if (field.type === 'secret') return [field.name, ''];
      return [field.name, typeof value === 'string' ? value : ''];
    }),
  );
}

/** What to send: every field, except secrets left empty (the server keeps the saved one). */
export function settingsPayload(fields: SettingField[], values: FormValues): Record<string, SettingValue> {
  const payload: Record<string, SettingValue> = {};
  for (const field of fields) {
    const value = values[field.name];
    if (field.type === 'checkbox') payload[field.name] = value === true;
    else if (field.type === 'secret') {
      if (typeof value === 'string' && value !== '') payload[field.name] = value;
    } else payload[field.name] = typeof value === 'string' ? value.trim() : '';
  }
  return payload;
}

/** A required field is missing when it is empty and, for a secret, none is saved either. */
export function missingRequired(field: SettingField, value: string | boolean | undefined, saved?: SavedSettings): boolean {
  if (!field.required || field.type === 'checkbox') return false;
  if (field.type === 'secret' && saved?.secretsSet.includes(field.name)) return false;
  return typeof value !== 'string' || value.trim() === '';
}
