import { ApiError, NETWORK_ERROR_CODE } from './ApiError';
import type { FieldError } from './types';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

let csrfToken: string | null = null;

/** Remembers the token sent with every write (it comes with the session). */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

function parseRetryAfter(header: string | null): number | null {
  if (!header) return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, Math.ceil(seconds));
  const date = Date.parse(header);
  if (Number.isNaN(date)) return null;
  return Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

interface ErrorEnvelope {
  error?: { code?: unknown; message?: unknown; fields?: unknown; details?: unknown };
  requestId?: unknown;
}

function toFieldErrors(value: unknown): FieldError[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item: unknown) => {
    if (item && typeof item === 'object' && 'field' in item && 'message' in item) {
      const { field, message } = item as { field: unknown; message: unknown };
      return [{ field: String(field), message: String(message) }];
    }
    return [];
  });
}

async function errorFromResponse(response: Response): Promise<ApiError> {
  let envelope: ErrorEnvelope | null = null;
  try {
    envelope = (await response.json()) as ErrorEnvelope;
  } catch {
    envelope = null;
  }
  const body = envelope?.error;
  return new ApiError({
    status: response.status,
    code: typeof body?.code === 'string' ? body.code : response.status >= 500 ? 'internal' : 'unknown',
    message: typeof body?.message === 'string' ? body.message : response.statusText || 'Request failed.',
    fields: toFieldErrors(body?.fields),
    retryAfterSeconds: parseRetryAfter(response.headers.get('Retry-After')),
    requestId: typeof envelope?.requestId === 'string' ? envelope.requestId : null,
    details: body?.details && typeof body.details === 'object' && !Array.isArray(body.details) ? (body.details as Record<string, unknown>) : null,
  });
}

/**
 * One same-origin JSON call with the session cookie: writes carry the CSRF token, a failed answer
 * becomes the error `toError` reads from it (each API has its own envelope), 204 is undefined.
 */
export async function sendJson<T>(
  method: string,
  path: string,
  body: unknown,
  csrf: string | null | undefined,
  toError: (response: Response) => Promise<ApiError>,
): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && csrf) headers['X-CSRF-Token'] = csrf;

  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError({ status: 0, code: NETWORK_ERROR_CODE, message: 'The server could not be reached.' });
  }

  if (!response.ok) throw await toError(response);
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

/** Calls the internal API and returns the parsed JSON answer (undefined for 204). */
export function apiRequest<T>(method: Method, path: string, body?: unknown): Promise<T> {
  return sendJson<T>(method, path, body, csrfToken, errorFromResponse);
}

export const api = {
  get: <T>(path: string) => apiRequest<T>('GET', path),
  post: <T>(path: string, body?: unknown) => apiRequest<T>('POST', path, body),
  patch: <T>(path: string, body: unknown) => apiRequest<T>('PATCH', path, body),
  delete: <T>(path: string) => apiRequest<T>('DELETE', path),
};
