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
export function applyFieldErrors(form: FormWithErrors, error: unknown, formFields: readonly string[]): boolean {
  if (!isApiError(error) || error.code !== 'validation_failed' || error.fields.length === 0) return false;
  let allPlaced = true;
  for (const { field, message } of error.fields) {
    const name = fieldName(field);
    if (formFields.includes(name)) form.setFieldError(name, message);
    else allPlaced = false;
  }
  return allPlaced;
}

/** A taken email belongs next to the email input, not in a toast. */
export function applyEmailTaken(form: FormWithErrors, error: unknown, message: string): boolean {
  if (!isApiError(error) || error.code !== 'email_taken') return false;
  form.setFieldError('email', message);
  return true;
}
