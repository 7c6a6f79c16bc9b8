import { AppError } from '../http/app-error.ts';

/** What a refused client receives in `connect_error`: `err.message` and `err.data = { code, message }`. */
export type ConnectError = Error & { data: { code: string; message: string } };

/** Refuses a socket connection with the same stable codes as the HTTP error envelope. */
export function connectionRefused(code: string, message: string): ConnectError {
  return Object.assign(new Error(message), { data: { code, message } });
}

/** Any failure while a socket connects, as the client should see it: our errors as they are, others hidden. */
export function toConnectError(error: unknown): ConnectError {
  if (error instanceof AppError) return connectionRefused(error.code, error.message);
  if (error instanceof Error && 'data' in error) return error as ConnectError;
  return connectionRefused('internal', 'Something went wrong on our side. Try again in a moment.');
}
