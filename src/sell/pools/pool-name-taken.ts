import { AppError } from '../../platform/http/app-error.ts';

export const poolNameTaken = (name: string) =>
  new AppError(422, 'validation_failed', 'Some fields are not valid.', [{ field: 'name', code: 'taken', message: `A pool named "${name}" already exists.` }]);
