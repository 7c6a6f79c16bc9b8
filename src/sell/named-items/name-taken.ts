import { AppError } from '../../platform/http/app-error.ts';

export const nameTaken = (label: string, name: string) =>
  new AppError(422, 'validation_failed', 'Some fields are not valid.', [{ field: 'name', code: 'taken', message: `A ${label} named "${name}" already exists.` }]);
