import type { FieldError } from './types';

/** An error answered by the server in the `{ error: { code, message, fields } }` envelope. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly fields: FieldError[];
  /** Seconds to wait, from the `Retry-After` header of a 429 answer. */
  readonly retryAfterSeconds: number | null;
  readonly requestId: string | null;
  /** The envelope's `details`, when the server gives some (e.g. the remedy for a refusal). */
  readonly details: Record<string, unknown> | null;

  constructor(options: {
    status: number;
    code: string;
    message: string;
    fields?: FieldError[];
    retryAfterSeconds?: number | null;
    requestId?: string | null;
    details?: Record<string, unknown> | null;
  }) {
    super(options.message);
    this.name = 'ApiError';
    this.status = options.status;
    this.code = options.code;
    this.fields = options.fields ?? [];
    this.retryAfterSeconds = options.retryAfterSeconds ?? null;
    this.requestId = options.requestId ?? null;
    this.details = options.details ?? null;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/** Code used when the request never got an answer (offline, server down). */
export const NETWORK_ERROR_CODE = 'network_error';
