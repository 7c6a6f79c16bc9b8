import { isApiError } from './ApiError';

interface FormWithErrors {
  setFieldError: (path: string, error: string) => void;
}

function fieldName(path: string): string {
  const parts = path.split(/[./]/).filter(Boolean);
  return parts[parts.length - 1] ?? path;
}

/**
 * Shows 422 field messages next to the matching inputs.
 * Returns true when every field message found a home on the form.
 */
export function applyFieldErrors(
  form: FormWithErrors,
  error: unknown,
  formFields: readonly string[],
  aliases: Record<string, string> = {},
): boolean {
  if (!isApiError(error) || error.code !== 'validation_failed' || error.fields.length === 0) return false;
  let allPlaced = true;
  for (const { field, message } of error.fields) {
    const name = aliases[fieldName(field)] ?? fieldName(field);
    if (formFields.includes(name)) form.setFieldError(name, message);
    else allPlaced = false;
  }
  return allPlaced;
}
