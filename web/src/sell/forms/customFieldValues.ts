import type { CustomFieldDefinition, CustomValues } from '../api/types';

/** What a custom field input holds while editing. */
export type CustomFieldFormValue = string | boolean | string[];
export type CustomFieldFormValues = Record<string, CustomFieldFormValue>;

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** An ISO time as the value of a datetime-local input, in the browser's time zone. */
function toLocalInput(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

export function toFormValue(definition: CustomFieldDefinition, raw: unknown): CustomFieldFormValue {
  switch (definition.type) {
    case 'bool':
      return raw === true;
    case 'multi_select_list':
      return Array.isArray(raw) ? raw.map(String) : [];
    case 'datetime':
      return typeof raw === 'string' ? toLocalInput(raw) : '';
    default:
      return raw === null || raw === undefined ? '' : String(raw);
  }
}

/** The form values of every defined field, from a record's `custom_fields` (or empty for a new record). */
export function toFormValues(definitions: readonly CustomFieldDefinition[], values: CustomValues = {}): CustomFieldFormValues {
  return Object.fromEntries(definitions.map((definition) => [definition.name, toFormValue(definition, values[definition.name])]));
}

export function toApiValue(definition: CustomFieldDefinition, value: CustomFieldFormValue | undefined): unknown {
  if (value === undefined) return null;
  switch (definition.type) {
    case 'bool':
      return value === true;
    case 'multi_select_list':
      return Array.isArray(value) && value.length > 0 ? value : null;
    case 'number': {
      const text = String(value).trim();
      return text === '' ? null : Number(text);
    }
    case 'datetime': {
      const text = String(value);
      return text ? new Date(text).toISOString() : null;
    }
    default: {
      const text = String(value).trim();
      return text === '' ? null : text;
    }
  }
}

function same(a: CustomFieldFormValue | undefined, b: CustomFieldFormValue | undefined): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Only the fields that changed: the API changes just the names it is sent, so an untouched
 * checkbox never turns an unset value into "false".
 */
export function changedCustomValues(
  definitions: readonly CustomFieldDefinition[],
  initial: CustomFieldFormValues,
  current: CustomFieldFormValues,
): CustomValues {
  const changed: CustomValues = {};
  for (const definition of definitions) {
    if (!same(initial[definition.name], current[definition.name])) {
      changed[definition.name] = toApiValue(definition, current[definition.name]);
    }
  }
  return changed;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The checks the browser can make before the server does; the key names a translated message. */
export function customValueProblem(
  definition: CustomFieldDefinition,
  value: CustomFieldFormValue | undefined,
): 'number' | 'email' | 'url' | null {
  if (typeof value !== 'string' || value.trim() === '') return null;
  const text = value.trim();
  if (definition.type === 'number' && !Number.isFinite(Number(text))) return 'number';
  if (definition.type === 'email' && !EMAIL.test(text)) return 'email';
  if (definition.type === 'url' && !/^(https?:\/\/)?[^\s.]+\.[^\s]+$/i.test(text)) return 'url';
  return null;
}

/** The problems of every custom field of a form, by form path (`custom_fields.<name>`). */
export function customFieldProblems(
  definitions: readonly CustomFieldDefinition[],
  values: CustomFieldFormValues,
): Partial<Record<string, 'number' | 'email' | 'url'>> {
  const problems: Partial<Record<string, 'number' | 'email' | 'url'>> = {};
  for (const definition of definitions) {
    const problem = customValueProblem(definition, values[definition.name]);
    if (problem) problems[`custom_fields.${definition.name}`] = problem;
  }
  return problems;
}
