import { AppError } from '../../platform/http/app-error.ts';

/** A required field left empty: one 422 error with code `blank`, naming the field. */
export function blankField(field: string, message: string) {
  return new AppError(422, 'validation_failed', 'Some fields are not valid.', [{ field, code: 'blank', message }]);
}
