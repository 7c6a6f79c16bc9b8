/** `code` says what kind of problem (`blank`, `unknown`, `incorrect_value`) for APIs that report it. */
export type FieldError = { field: string; message: string; code?: string };

/** An error a user may see: a stable `code`, an HTTP status and a sentence that says what to do. */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields?: FieldError[],
    readonly headers?: Record<string, string>,
    /** Structured facts the client acts on (e.g. each failed install rule), beside the message. */
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const notFound = (what = 'That record') =>
  new AppError(404, 'not_found', `${what} was not found, or you may not see it.`);

export const forbidden = (message: string) => new AppError(403, 'forbidden', message);

export const conflict = (code: string, message: string) => new AppError(409, code, message);

export const invalid = (field: string, message: string) =>
  new AppError(422, 'validation_failed', 'Some fields are not valid.', [{ field, message }]);
