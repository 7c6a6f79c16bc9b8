import { AppError } from '../../platform/http/app-error.ts';

export const fieldNameTaken = (name: string) =>
  new AppError(422, 'validation_failed', 'Some fields are not valid.', [{ field: 'name', code: 'taken', message: `A custom field named "${name}" already exists here.` }]);
