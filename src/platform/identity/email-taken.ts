import { AppError } from '../http/app-error.ts';

export const emailTaken = () =>
  new AppError(409, 'email_taken', 'A user with this email already exists in this account.', [
    { field: 'email', message: 'A user with this email already exists in this account.' },
  ]);
