import { isApiError } from '../../ui/ApiError';

interface FormWithErrors {
  setFieldError: (path: string, error: string) => void;
}

/** The owner picker also picks pools, so a message about `pool_id` belongs on it. */
function formPathOf(field: string): string {
  return field === 'pool_id' ? 'owner_id' : field;
}

/** True when the error is a 422 whose every message names an input of the form. */
export function allFieldErrorsPlaced(error: unknown, isFormPath: (path: string) => boolean): boolean {
  return (
    isApiError(error) &&
    error.code === 'validation_failed' &&
    error.fields.length > 0 &&
    error.fields.every((field) => isFormPath(formPathOf(field.field)))
  );
}

/**
 * Puts the server's 422 messages on the inputs they name (a JSON pointer such as
 * /data/custom_fields/Budget arrives as "custom_fields.Budget").
 */
export function applySellFieldErrors(form: FormWithErrors, error: unknown, isFormPath: (path: string) => boolean): void {
  if (!isApiError(error) || error.code !== 'validation_failed') return;
  for (const { field, message } of error.fields) {
    const path = formPathOf(field);
    if (isFormPath(path)) form.setFieldError(path, message);
  }
}

/** The error to show above the form: none when every message already sits on its input. */
export function unplacedError(error: unknown, isFormPath: (path: string) => boolean): unknown {
  return error && !allFieldErrorsPlaced(error, isFormPath) ? error : null;
}
