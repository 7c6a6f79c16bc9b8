import { AppError } from '../../platform/http/app-error.ts';

export const missingDevice = () =>
  new AppError(400, 'invalid_param', 'Invalid header: X-Basecrm-Device-UUID', [
    { field: 'X-Basecrm-Device-UUID', code: 'invalid_param', message: 'Send the X-Basecrm-Device-UUID header: the same id for this device every time.' },
  ]);
