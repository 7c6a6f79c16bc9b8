import { AppError } from '../../platform/http/app-error.ts';

export const tagNameTaken = (name: string) =>
  new AppError(422, 'validation_failed', 'Some fields are not valid.', [{ field: 'name', code: 'taken', message: `A tag named "${name}" already exists for this record type.` }]);
